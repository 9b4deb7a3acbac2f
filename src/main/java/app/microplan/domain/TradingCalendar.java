package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A month of trading, day by day: what {@link CalendarDay} holds for every day of the month, the month's
 * total and its busiest day's P&L (what a heat map scales its colours by).
 *
 * <p>The account rules are replayed from the closed trades of each account, in order of their last exit:
 * the daily loss limit is hit when a day's realized loss reaches the limit's share of the equity the day's
 * first trade was sized against; a cool-down starts at every loss that makes {@code coolDownLosses} or more
 * in a row and lasts {@code coolDown}.
 *
 * @param currency the quote currency every trade of the month shares, or null when they mix
 * @param days     every day of the month, the first day first
 * @param largest  the largest absolute daily P&L of the month (zero without trades)
 */
public record TradingCalendar(YearMonth month, String currency, List<CalendarDay> days, BigDecimal total,
                              BigDecimal largest) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public TradingCalendar {
        days = List.copyOf(days);
    }

    public CalendarDay day(LocalDate date) {
        return days.get(date.getDayOfMonth() - 1);
    }

    /** Days on which trades closed with a profit, and with a loss. */
    public int winningDays() {
        return (int) days.stream().filter(d -> !d.trades().isEmpty() && d.pnl().signum() > 0).count();
    }

    public int losingDays() {
        return (int) days.stream().filter(d -> !d.trades().isEmpty() && d.pnl().signum() < 0).count();
    }

    /** The month of the entries; days are counted in {@code zone}. */
    public static TradingCalendar of(Collection<JournalEntry> entries, YearMonth month, ZoneId zone,
                                     SimulationRules rules) {
        Map<LocalDate, List<CalendarDay.DayTrade>> trades = new TreeMap<>();
        Map<LocalDate, List<CalendarDay.DayPlan>> plans = new TreeMap<>();
        List<JournalEntry> closed = new ArrayList<>();
        String currency = null;
        boolean first = true;
        for (JournalEntry entry : entries) {
            if (entry.isClosedTrade()) {
                closed.add(entry);
                LocalDate day = LocalDate.ofInstant(entry.outcome().closedAt(), zone);
                if (YearMonth.from(day).equals(month)) {
                    trades.computeIfAbsent(day, d -> new ArrayList<>()).add(dayTrade(entry));
                    String quote = entry.outcome().quoteCurrency();
                    currency = first || quote.equals(currency) ? quote : null;
                    first = false;
                }
            } else if (neverEntered(entry.plan())) {
                LocalDate day = LocalDate.ofInstant(entry.plan().createdAt(), zone);
                if (YearMonth.from(day).equals(month)) {
                    TradePlan plan = entry.plan();
                    plans.computeIfAbsent(day, d -> new ArrayList<>()).add(new CalendarDay.DayPlan(plan.id(),
                            entry.symbol(), entry.side(), plan.status(), plan.createdAt()));
                }
            }
        }
        Map<LocalDate, List<CalendarDay.RuleHit>> hits = ruleHits(closed, zone, rules);
        List<CalendarDay> days = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal largest = BigDecimal.ZERO;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            List<CalendarDay.DayTrade> dayTrades = trades.getOrDefault(date, List.of()).stream()
                    .sorted(Comparator.comparing(CalendarDay.DayTrade::closedAt)).toList();
            BigDecimal pnl = dayTrades.stream().map(CalendarDay.DayTrade::pnl).reduce(BigDecimal.ZERO, BigDecimal::add);
            total = total.add(pnl);
            largest = largest.max(pnl.abs());
            days.add(new CalendarDay(date, pnl, dayTrades, plans.getOrDefault(date, List.of()),
                    hits.getOrDefault(date, List.of())));
        }
        return new TradingCalendar(month, currency, days, total, largest);
    }

    /** Not entered, and never will be without the trader: a draft, a ready plan, or a cancelled one. */
    private static boolean neverEntered(TradePlan plan) {
        return plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.READY
                || plan.status() == PlanStatus.CANCELLED;
    }

    private static CalendarDay.DayTrade dayTrade(JournalEntry entry) {
        TradeOutcome outcome = entry.outcome();
        return new CalendarDay.DayTrade(entry.id(), entry.symbol(), entry.side(), entry.setupName(),
                entry.plan().account().accountName(), outcome.closedAt(), outcome.realizedPnl(), outcome.rMultiple());
    }

    /** Replays each account's closed trades in order of their last exit and notes where its rules bit. */
    static Map<LocalDate, List<CalendarDay.RuleHit>> ruleHits(List<JournalEntry> closed, ZoneId zone,
                                                              SimulationRules rules) {
        List<JournalEntry> ordered = new ArrayList<>(closed);
        ordered.sort(Comparator.comparing((JournalEntry e) -> e.outcome().closedAt()).thenComparing(JournalEntry::id));
        Map<String, AccountDay> accounts = new HashMap<>();
        Map<LocalDate, List<CalendarDay.RuleHit>> hits = new TreeMap<>();
        for (JournalEntry entry : ordered) {
            TradeOutcome outcome = entry.outcome();
            String account = entry.plan().account().accountName();
            LocalDate day = LocalDate.ofInstant(outcome.closedAt(), zone);
            AccountDay state = accounts.computeIfAbsent(account, a -> new AccountDay());
            for (CalendarDay.RuleHit hit : state.add(account, day, outcome, rules, zone)) {
                hits.computeIfAbsent(day, d -> new ArrayList<>()).add(hit);
            }
        }
        return hits;
    }

    /** One account's running day: its realized P&L so far, the equity it started from, the losses in a row. */
    private static final class AccountDay {
        private LocalDate day;
        private BigDecimal pnl = BigDecimal.ZERO;
        private BigDecimal equity = BigDecimal.ZERO;
        private boolean limitHit;
        private int lossesInARow;

        List<CalendarDay.RuleHit> add(String account, LocalDate date, TradeOutcome outcome, SimulationRules rules,
                                      ZoneId zone) {
            if (!date.equals(day)) {
                day = date;
                pnl = BigDecimal.ZERO;
                equity = outcome.accountEquity();
                limitHit = false;
            }
            pnl = pnl.add(outcome.realizedPnl());
            lossesInARow = outcome.isLoss() ? lossesInARow + 1 : 0;
            List<CalendarDay.RuleHit> hits = new ArrayList<>();
            Instant at = outcome.closedAt();
            BigDecimal limit = equity.multiply(rules.dailyLossLimit());
            if (!limitHit && limit.signum() > 0 && pnl.negate().compareTo(limit) >= 0) {
                limitHit = true;
                hits.add(new CalendarDay.RuleHit(CalendarDay.RuleHit.Kind.DAILY_LOSS_LIMIT, account, at,
                        "Daily loss limit reached at " + clock(at, zone) + ": " + account + " lost "
                                + Money.format(pnl.negate(), outcome.quoteCurrency()) + ", "
                                + Money.percent(Decimals.divide(pnl.negate(), equity)) + " of "
                                + Money.format(equity, outcome.quoteCurrency()) + " (limit "
                                + Money.percent(rules.dailyLossLimit()) + ")"));
            }
            if (outcome.isLoss() && lossesInARow >= rules.coolDownLosses()) {
                Instant until = at.plus(rules.coolDown());
                hits.add(new CalendarDay.RuleHit(CalendarDay.RuleHit.Kind.COOL_DOWN, account, at,
                        "Cool-down from " + clock(at, zone) + " to " + clock(until, zone) + ": " + lossesInARow
                                + " losses in a row on " + account));
            }
            return hits;
        }

        private static String clock(Instant at, ZoneId zone) {
            return CLOCK.format(at.atZone(zone));
        }
    }
}
