package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics of a set of journal entries (usually what a {@link JournalFilter} let through): the summary of
 * its closed trades, the same split by tag and by setup, and the series the charts draw. Plans that are
 * not closed trades count in {@code plans} only.
 *
 * @param plans        entries given, closed or not
 * @param currency     the quote currency every closed trade shares, or null when they mix currencies (the
 *                     sums then add USD and USDT as if equal) or there are none
 * @param byTag        a summary per tag, ignoring case, in tag order; a trade with two tags counts in both, so
 *                     these do not add up to the whole; untagged trades are under {@link #NO_TAG}
 * @param bySetup      a summary per setup, the plan's first tag ({@link JournalEntry#setupName}): every trade
 *                     is in exactly one, so counts and money add up to the whole
 * @param equityCurve  one point per closed trade, in order of the last exit
 * @param rHistogram   trades per R-multiple band of half an R, from below −3 R to 5 R and above, always
 *                     every band (a chart's axis stays put while the filter changes)
 * @param pnlByWeekday realized P&L by the weekday of the last exit, Monday to Sunday, always all seven
 * @param byAccount    a summary per account, by name: each account's drawdown % against its own equity
 * @param planned      the trades that had a plan; {@code unplanned} those imported without one
 * @param breakevenBand |R| below this is breakeven (0.05 by default: {@link #DEFAULT_BREAKEVEN_BAND})
 */
public record JournalStatistics(
        int plans,
        String currency,
        TradeSummary overall,
        Map<String, TradeSummary> byTag,
        Map<String, TradeSummary> bySetup,
        List<EquityPoint> equityCurve,
        List<RBucket> rHistogram,
        List<CategoryPnl> pnlByWeekday,
        Map<String, TradeSummary> byAccount,
        TradeSummary planned,
        TradeSummary unplanned,
        BigDecimal breakevenBand) {

    public static final String NO_TAG = "(no tag)";
    /** A twentieth of an R either way is fees and noise, not a result: counted as breakeven. */
    public static final BigDecimal DEFAULT_BREAKEVEN_BAND = new BigDecimal("0.05");
    /** Histogram bands are half an R wide, from −3 R (6 half-R below zero) to 5 R (10 above). */
    private static final int LOWEST_HALF_R = -6;
    private static final int HIGHEST_HALF_R = 10;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final long SECONDS_PER_DAY = 86_400;

    public JournalStatistics {
        byTag = Collections.unmodifiableMap(new LinkedHashMap<>(byTag));
        bySetup = Collections.unmodifiableMap(new LinkedHashMap<>(bySetup));
        equityCurve = List.copyOf(equityCurve);
        rHistogram = List.copyOf(rHistogram);
        pnlByWeekday = List.copyOf(pnlByWeekday);
        byAccount = Collections.unmodifiableMap(new LinkedHashMap<>(byAccount));
    }

    /** {@link #of(Collection, ZoneId, BigDecimal)} with the default breakeven band. */
    public static JournalStatistics of(Collection<JournalEntry> entries, ZoneId zone) {
        return of(entries, zone, DEFAULT_BREAKEVEN_BAND);
    }

    /**
     * Works out everything in one pass over the closed trades; weekdays are counted in {@code zone}, and a trade
     * whose |R| is below {@code breakevenBand} counts as breakeven.
     */
    public static JournalStatistics of(Collection<JournalEntry> entries, ZoneId zone, BigDecimal breakevenBand) {
        List<ClosedTrade> closed = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (entry.isClosedTrade()) {
                closed.add(new ClosedTrade(entry));
            }
        }
        Collections.sort(closed);
        Tally tally = new Tally(zone, closed.size(), breakevenBand);
        for (ClosedTrade trade : closed) {
            tally.add(trade.entry());
        }
        return new JournalStatistics(entries.size(), tally.currency, tally.overall.summary(),
                summaries(tally.byTag), summaries(tally.bySetup), tally.curve, buckets(tally.histogram),
                weekdays(tally.weekdayTrades, tally.weekdayPnl), summaries(tally.byAccount),
                tally.planned.summary(), tally.unplanned.summary(), breakevenBand);
    }

    /**
     * A closed trade with what it is sorted by at hand, the last exit and then the id: sorting is a fifth of the
     * statistics' time under the quick JIT the installed app runs, most of it reaching through the entry for these
     * (decision 0019).
     */
    private record ClosedTrade(Instant lastExit, String id, JournalEntry entry) implements Comparable<ClosedTrade> {
        ClosedTrade(JournalEntry entry) {
            this(entry.outcome().closedAt(), entry.id(), entry);
        }

        @Override
        public int compareTo(ClosedTrade other) {
            int byTime = lastExit.compareTo(other.lastExit);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    /** The share of the closed trades that had a plan, 0..1; null without closed trades. */
    public BigDecimal plannedShare() {
        return overall.trades() == 0 ? null : Decimals.divide(BigDecimal.valueOf(planned.trades()),
                BigDecimal.valueOf(overall.trades()));
    }

    /** Realized P&L by tag, for the bar chart: the by-tag summaries' trades and net P&L, in tag order. */
    public List<CategoryPnl> pnlByTag() {
        List<CategoryPnl> bars = new ArrayList<>(byTag.size());
        byTag.forEach((tag, summary) -> bars.add(new CategoryPnl(tag, summary.trades(), summary.netPnl())));
        return bars;
    }

    /** The plan's tags with the same tag in two spellings counted once; {@link #NO_TAG} when it has none. */
    private static Collection<String> tagsOf(JournalEntry entry) {
        List<String> tags = entry.tags();
        if (tags.size() <= 1) {
            return tags.isEmpty() ? List.of(NO_TAG) : tags;
        }
        List<String> distinct = new ArrayList<>(tags.size());
        for (String tag : tags) {
            if (!containsIgnoringCase(distinct, tag)) {
                distinct.add(tag);
            }
        }
        return distinct;
    }

    private static boolean containsIgnoringCase(List<String> tags, String tag) {
        for (String each : tags) {
            if (each.equalsIgnoreCase(tag)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, TradeSummary> summaries(Map<String, SummaryAccumulator> groups) {
        Map<String, TradeSummary> result = new LinkedHashMap<>();
        groups.forEach((name, accumulator) -> result.put(name, accumulator.summary()));
        return result;
    }

    /** Index 0 is below −3 R, the last index 5 R and above, each one between covers [k/2, (k+1)/2). */
    private static int bucketOf(ExactSum r) {
        long halves = r.floorOfTimes(2);
        if (halves == Long.MIN_VALUE) {
            return bucketOf(r.value());
        }
        if (halves < LOWEST_HALF_R) {
            return 0;
        }
        if (halves >= HIGHEST_HALF_R) {
            return HIGHEST_HALF_R - LOWEST_HALF_R + 1;
        }
        return (int) halves - LOWEST_HALF_R + 1;
    }

    /** The same for an R a long cannot hold at its scale. */
    private static int bucketOf(BigDecimal r) {
        BigDecimal halves = r.multiply(TWO);
        if (halves.compareTo(BigDecimal.valueOf(LOWEST_HALF_R)) < 0) {
            return 0;
        }
        if (halves.compareTo(BigDecimal.valueOf(HIGHEST_HALF_R)) >= 0) {
            return HIGHEST_HALF_R - LOWEST_HALF_R + 1;
        }
        return halves.setScale(0, RoundingMode.FLOOR).intValueExact() - LOWEST_HALF_R + 1;
    }

    private static List<RBucket> buckets(int[] counts) {
        List<RBucket> buckets = new ArrayList<>(counts.length);
        BigDecimal lowest = halfR(LOWEST_HALF_R);
        BigDecimal highest = halfR(HIGHEST_HALF_R);
        buckets.add(new RBucket("below " + lowest.toPlainString(), null, lowest, counts[0]));
        for (int k = LOWEST_HALF_R; k < HIGHEST_HALF_R; k++) {
            BigDecimal from = halfR(k);
            BigDecimal to = halfR(k + 1);
            buckets.add(new RBucket(from.toPlainString() + " to " + to.toPlainString(), from, to,
                    counts[k - LOWEST_HALF_R + 1]));
        }
        buckets.add(new RBucket(highest.toPlainString() + " and above", highest, null, counts[counts.length - 1]));
        return buckets;
    }

    private static BigDecimal halfR(int halves) {
        return BigDecimal.valueOf(halves).divide(TWO).setScale(1);
    }

    private static List<CategoryPnl> weekdays(int[] trades, ExactSum[] pnl) {
        List<CategoryPnl> bars = new ArrayList<>(7);
        for (DayOfWeek day : DayOfWeek.values()) {
            bars.add(new CategoryPnl(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), trades[day.ordinal()],
                    pnl[day.ordinal()].value()));
        }
        return bars;
    }

    /** The running totals of one pass over the closed trades, in order of their last exit. */
    private static final class Tally {
        private final BigDecimal band;
        private final SummaryAccumulator overall;
        private final SummaryAccumulator planned;
        private final SummaryAccumulator unplanned;
        private final Map<String, SummaryAccumulator> byTag = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final Map<String, SummaryAccumulator> bySetup = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final Map<String, SummaryAccumulator> byAccount = new TreeMap<>();
        private final List<EquityPoint> curve;
        private final int[] histogram = new int[HIGHEST_HALF_R - LOWEST_HALF_R + 2];
        private final int[] weekdayTrades = new int[7];
        private final ExactSum[] weekdayPnl = new ExactSum[7];
        /** The zone's rules, asked once: a fixed offset's are made anew at each ask. */
        private final ZoneRules rules;
        private final TradeFigures figures = new TradeFigures();
        private String currency;
        private boolean first = true;

        Tally(ZoneId zone, int trades, BigDecimal band) {
            this.rules = zone.getRules();
            this.band = band;
            this.overall = new SummaryAccumulator(band);
            this.planned = new SummaryAccumulator(band);
            this.unplanned = new SummaryAccumulator(band);
            this.curve = new ArrayList<>(trades);
            for (int day = 0; day < weekdayPnl.length; day++) {
                weekdayPnl[day] = new ExactSum();
            }
        }

        void add(JournalEntry entry) {
            TradeOutcome outcome = entry.outcome();
            TradeFigures trade = figures.of(outcome, band);
            overall.add(trade);
            curve.add(new EquityPoint(outcome.closedAt(), entry.id(), outcome.realizedPnl(), overall.cumulative(),
                    overall.drawdown()));
            for (String tag : tagsOf(entry)) {
                groupOf(byTag, tag).add(trade);
            }
            groupOf(bySetup, entry.setupName()).add(trade);
            groupOf(byAccount, outcome.accountName()).add(trade);
            (outcome.unplanned() ? unplanned : planned).add(trade);
            if (trade.hasR) {
                histogram[bucketOf(trade.r)]++;
            }
            int day = weekdayOf(outcome.closedAt());
            weekdayPnl[day].add(trade.pnl);
            weekdayTrades[day]++;
            currency = first || outcome.quoteCurrency().equals(currency) ? outcome.quoteCurrency() : null;
            first = false;
        }

        private SummaryAccumulator groupOf(Map<String, SummaryAccumulator> groups, String name) {
            SummaryAccumulator group = groups.get(name);
            if (group == null) {
                group = new SummaryAccumulator(band);
                groups.put(name, group);
            }
            return group;
        }

        /** The weekday (Monday 0) of {@code instant} in the zone: as LocalDate.ofInstant, without making one. */
        private int weekdayOf(Instant instant) {
            long localSeconds = instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
            long epochDay = Math.floorDiv(localSeconds, SECONDS_PER_DAY);
            // 1970-01-01, epoch day 0, was a Thursday (3 from Monday).
            return Math.floorMod(epochDay + 3, 7);
        }
    }
}
