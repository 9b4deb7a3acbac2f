package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What a periodic review (the document a trader reads on Sunday) holds, worked out in one place so the report
 * only lays it out: the statistics of the trades closed in the period, the P&L of each of its days, its
 * playbooks and the costs of departing from the plan, the risk of ruin from every trade up to the period's
 * end (a week is too few trades to resample), and the reviews written for its trades.
 *
 * @param simulation  the simulation over the account's trades up to the period's end, or null when it has none
 * @param dailyPnl    the realized P&L of each day of the period, in order
 * @param reviews     the period's reviewed trades, earliest first
 */
public record PeriodReview(
        ReviewPeriod period,
        ZoneId zone,
        JournalStatistics statistics,
        List<CategoryPnl> dailyPnl,
        List<PlaybookStatistics.PlaybookResult> playbooks,
        DeviationCosts deviations,
        SimulationResult simulation,
        List<WrittenReview> reviews) {

    public PeriodReview {
        dailyPnl = List.copyOf(dailyPnl);
        playbooks = List.copyOf(playbooks);
        reviews = List.copyOf(reviews);
    }

    /** A closed trade's review as the trader wrote it, with the trade's result beside it. */
    public record WrittenReview(String planId, String symbol, Direction side, String setup, Instant closedAt,
                                BigDecimal pnl, BigDecimal rMultiple, String currency, TradeReview review) {
    }

    /**
     * The review of {@code period} from every entry of the journal.
     *
     * @param simulationSettings how the risk of ruin is simulated; null leaves it out
     */
    public static PeriodReview of(Collection<JournalEntry> entries, ReviewPeriod period, ZoneId zone,
                                  List<Playbook> playbooks, SimulationRules rules,
                                  SimulationSettings simulationSettings) {
        List<JournalEntry> inPeriod = new ArrayList<>();
        List<JournalEntry> upToEnd = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (entry.isClosedTrade()) {
                LocalDate closed = LocalDate.ofInstant(entry.outcome().closedAt(), zone);
                if (period.contains(closed)) {
                    inPeriod.add(entry);
                }
                if (!closed.isAfter(period.last())) {
                    upToEnd.add(entry);
                }
            }
        }
        JournalStatistics statistics = JournalStatistics.of(inPeriod, zone);
        return new PeriodReview(period, zone, statistics, dailyPnl(inPeriod, period, zone),
                PlaybookStatistics.of(inPeriod, playbooks).stream().filter(p -> p.summary().trades() > 0).toList(),
                DeviationCosts.of(DeviationCosts.breakdowns(inPeriod)),
                simulation(upToEnd, zone, rules, simulationSettings), reviews(inPeriod));
    }

    private static List<CategoryPnl> dailyPnl(List<JournalEntry> trades, ReviewPeriod period, ZoneId zone) {
        List<CategoryPnl> days = new ArrayList<>();
        for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
            int count = 0;
            BigDecimal pnl = BigDecimal.ZERO;
            for (JournalEntry trade : trades) {
                if (LocalDate.ofInstant(trade.outcome().closedAt(), zone).equals(day)) {
                    count++;
                    pnl = pnl.add(trade.outcome().realizedPnl());
                }
            }
            days.add(new CategoryPnl(day.toString(), count, pnl));
        }
        return days;
    }

    private static SimulationResult simulation(List<JournalEntry> trades, ZoneId zone, SimulationRules rules,
                                               SimulationSettings settings) {
        List<String> accounts = SimulationSample.accounts(trades);
        if (settings == null || accounts.isEmpty()) {
            return null;
        }
        return RiskOfRuinSimulation.run(SimulationSample.of(trades, accounts.get(0), zone), rules, settings);
    }

    private static List<WrittenReview> reviews(List<JournalEntry> trades) {
        List<WrittenReview> reviews = new ArrayList<>();
        for (JournalEntry trade : trades) {
            TradeReview review = trade.plan().review();
            if (review != null) {
                TradeOutcome outcome = trade.outcome();
                reviews.add(new WrittenReview(trade.id(), trade.symbol(), trade.side(), trade.setupName(),
                        outcome.closedAt(), outcome.realizedPnl(), outcome.rMultiple(), outcome.quoteCurrency(), review));
            }
        }
        reviews.sort(Comparator.comparing(WrittenReview::closedAt));
        return reviews;
    }
}
