package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the simulation resamples: one account's closed trades with a planned risk, grouped by the day they
 * were opened (in the trader's time zone), each with its R-multiple and its opening and closing time as
 * seconds after that day's midnight. Resampling whole days keeps what happens within a day — the trade after
 * two losses, the third trade of a bad morning — so the daily loss limit and the cool-down can cut it.
 *
 * <p>Arrays, not lists of records: this is what the simulation's inner loop reads millions of times. Times are
 * whole seconds and R-multiples the journal's own decimals, so the sample holds nothing rounded; the simulation
 * chooses its own exact arithmetic (see {@link RiskOfRuinSimulation}).
 *
 * @param dayStarts   trade {@code i} belongs to day {@code d} when {@code dayStarts[d] <= i < dayStarts[d + 1]};
 *                    within a day trades are in order of opening
 * @param openedAt    seconds after the day's midnight the trade was opened
 * @param closedAt    seconds after the same midnight it was closed (beyond 86,400 when it was held overnight)
 * @param rMultiples  the trades' R-multiples
 * @param startEquity the equity the account's latest trade was sized against: what the money figures start from
 */
public record SimulationSample(String account, String currency, int[] dayStarts, long[] openedAt,
                               long[] closedAt, BigDecimal[] rMultiples, BigDecimal startEquity) {

    /** Fewer trades than this and the sample says little: the results come with a warning. */
    public static final int FEW_TRADES = 30;

    public SimulationSample {
        ContractSpec.requireText(account, "account");
        if (rMultiples.length == 0) {
            throw noTrade(account);
        }
        if (openedAt.length != rMultiples.length || closedAt.length != rMultiples.length || dayStarts.length < 2
                || dayStarts[0] != 0 || dayStarts[dayStarts.length - 1] != rMultiples.length) {
            throw new IllegalArgumentException("the days and trades of the sample do not match");
        }
        if (startEquity == null || startEquity.signum() <= 0) {
            throw WordedRefusal.argument("the account " + account + " has no equity to start from",
                    Wording.of("sim.refusal.noEquity", account));
        }
        dayStarts = dayStarts.clone();
        openedAt = openedAt.clone();
        closedAt = closedAt.clone();
        rMultiples = rMultiples.clone();
    }

    // The accessors hand out copies: the record stays as it was made whoever reads it.

    @Override
    public int[] dayStarts() {
        return dayStarts.clone();
    }

    @Override
    public long[] openedAt() {
        return openedAt.clone();
    }

    @Override
    public long[] closedAt() {
        return closedAt.clone();
    }

    @Override
    public BigDecimal[] rMultiples() {
        return rMultiples.clone();
    }

    /** Trades one to a day, each closed before the next: the plain bootstrap of single R-multiples. */
    public static SimulationSample ofTrades(String account, BigDecimal startEquity, BigDecimal... rMultiples) {
        int n = rMultiples.length;
        int[] starts = new int[n + 1];
        long[] opened = new long[n];
        long[] closed = new long[n];
        for (int i = 0; i <= n; i++) {
            starts[i] = i;
        }
        for (int i = 0; i < n; i++) {
            opened[i] = 10 * 3_600L;
            closed[i] = 11 * 3_600L;
        }
        return new SimulationSample(account, "USD", starts, opened, closed, rMultiples, startEquity);
    }

    /** The same trades, the money figures starting from another equity (the account's equity today). */
    public SimulationSample withStartEquity(BigDecimal equity) {
        return new SimulationSample(account, currency, dayStarts, openedAt, closedAt, rMultiples, equity);
    }

    public int size() {
        return rMultiples.length;
    }

    public int days() {
        return dayStarts.length - 1;
    }

    public boolean isThin() {
        return rMultiples.length < FEW_TRADES;
    }

    /** The accounts with closed trades among the entries, the one with the most trades first. */
    public static List<String> accounts(Collection<JournalEntry> entries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JournalEntry entry : entries) {
            if (isSampled(entry)) {
                counts.merge(entry.plan().account().accountName(), 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(Comparator.comparing((String n) -> -counts.get(n)).thenComparing(Comparator.naturalOrder()));
        return names;
    }

    /** The sample of one account's trades among the entries; days are counted in {@code zone}. */
    public static SimulationSample of(Collection<JournalEntry> entries, String account, ZoneId zone) {
        List<TradeOutcome> trades = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (isSampled(entry) && entry.plan().account().accountName().equals(account)) {
                trades.add(entry.outcome());
            }
        }
        if (trades.isEmpty()) {
            throw noTrade(account);
        }
        TradeOutcome latest = trades.stream().max(Comparator.comparing(TradeOutcome::closedAt)).orElseThrow();
        Map<LocalDate, List<TradeOutcome>> days = new TreeMap<>();
        String currency = latest.quoteCurrency();
        for (TradeOutcome trade : trades) {
            days.computeIfAbsent(LocalDate.ofInstant(trade.openedAt(), zone), d -> new ArrayList<>()).add(trade);
            currency = trade.quoteCurrency().equals(currency) ? currency : null;
        }
        int n = trades.size();
        int[] starts = new int[days.size() + 1];
        long[] opened = new long[n];
        long[] closed = new long[n];
        BigDecimal[] r = new BigDecimal[n];
        int i = 0;
        int d = 0;
        for (Map.Entry<LocalDate, List<TradeOutcome>> day : days.entrySet()) {
            starts[d++] = i;
            Instant midnight = day.getKey().atStartOfDay(zone).toInstant();
            List<TradeOutcome> ofDay = day.getValue();
            ofDay.sort(Comparator.comparing(TradeOutcome::openedAt).thenComparing(TradeOutcome::planId));
            for (TradeOutcome trade : ofDay) {
                opened[i] = seconds(midnight, trade.openedAt());
                closed[i] = Math.max(opened[i], seconds(midnight, trade.closedAt()));
                r[i] = trade.rMultiple();
                i++;
            }
        }
        starts[d] = n;
        return new SimulationSample(account, currency == null ? "USD" : currency, starts, opened, closed, r,
                latest.accountEquity());
    }

    private static boolean isSampled(JournalEntry entry) {
        return entry.isClosedTrade() && entry.outcome().rMultiple() != null;
    }

    private static long seconds(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds();
    }

    /** An account with nothing to resample: worded for the window's language (decision 15). */
    private static IllegalArgumentException noTrade(String account) {
        return WordedRefusal.argument("the account " + account + " has no closed trade with a planned risk to resample",
                Wording.of("sim.refusal.noTrade", account));
    }
}
