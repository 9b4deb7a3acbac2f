package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Statistics of a set against the statistics of its parts, where they must add up. */
class JournalStatisticsPropertyTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final List<String> TAGS = List.of("breakout", "pullback", "news", "btc", "trend");

    /** One generated trade: how far the exit moved from the 50,000 entry, the size, the tags. */
    record Spec(int move, int size, List<String> tags) {
    }

    /** Closed long trades, entry 50,000, stop 49,500, random size, exit and tags, one an hour apart. */
    @Provide
    Arbitrary<List<JournalEntry>> journals() {
        Arbitrary<Spec> spec = Arbitraries.integers().between(-800, 800).flatMap(move ->
                Arbitraries.integers().between(1, 10).flatMap(size ->
                        Arbitraries.of(TAGS).list().ofMaxSize(3).uniqueElements().map(tags -> new Spec(move, size, tags))));
        return spec.list().ofMaxSize(40).map(JournalStatisticsPropertyTest::journal);
    }

    /** Trade i is opened i hours after the start and closed half an hour later, with fees and funding. */
    private static List<JournalEntry> journal(List<Spec> specs) {
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            Instant opened = START.plusSeconds(3600L * i);
            TradePlan plan = JournalFixtures.closed("t" + i, Direction.LONG, "50000", "49500",
                    Integer.toString(spec.size()), Integer.toString(50_000 + spec.move()), ExitReason.MANUAL, opened,
                    opened.plusSeconds(1800), spec.tags());
            TradeExecution withCosts = new TradeExecution(plan.execution().entries(), plan.execution().exits().stream()
                    .map(e -> new ExitFill(e.time(), e.price(), e.contracts(), new BigDecimal("0.25"), e.reason()))
                    .toList(), new BigDecimal("0.10"));
            entries.add(JournalEntry.of(plan.withExecution(withCosts)));
        }
        return entries;
    }

    @Property(tries = 200)
    void setupsPartitionTheTrades(@ForAll("journals") List<JournalEntry> journal) {
        JournalStatistics statistics = JournalStatistics.of(journal, ZoneOffset.UTC);
        List<TradeSummary> parts = List.copyOf(statistics.bySetup().values());

        assertAddsUp(statistics.overall(), parts);
    }

    @Property(tries = 200)
    void twoDisjointSetsAddUp(@ForAll("journals") List<JournalEntry> journal, @ForAll @IntRange(max = 40) int cut) {
        int at = Math.min(cut, journal.size());
        TradeSummary whole = JournalStatistics.of(journal, ZoneOffset.UTC).overall();
        TradeSummary first = JournalStatistics.of(journal.subList(0, at), ZoneOffset.UTC).overall();
        TradeSummary second = JournalStatistics.of(journal.subList(at, journal.size()), ZoneOffset.UTC).overall();

        assertAddsUp(whole, List.of(first, second));
    }

    @Property(tries = 200)
    void drawdownAndSeriesAreConsistent(@ForAll("journals") List<JournalEntry> journal) {
        JournalStatistics statistics = JournalStatistics.of(journal, ZoneOffset.UTC);
        TradeSummary s = statistics.overall();

        assertThat(s.maxDrawdown()).isBetween(BigDecimal.ZERO, s.grossLoss().negate());
        if (!journal.isEmpty()) {
            assertThat(statistics.equityCurve().get(journal.size() - 1).cumulativePnl()).isEqualByComparingTo(s.netPnl());
            assertThat(s.winRate().multiply(BigDecimal.valueOf(s.trades())).subtract(BigDecimal.valueOf(s.wins())).abs())
                    .isLessThan(new BigDecimal("1e-9"));
        }
        assertThat(statistics.rHistogram().stream().mapToInt(RBucket::trades).sum()).isEqualTo(s.tradesWithR());
        assertThat(statistics.pnlByWeekday().stream().mapToInt(CategoryPnl::trades).sum()).isEqualTo(s.trades());
        assertThat(statistics.pnlByWeekday().stream().map(CategoryPnl::pnl).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(s.netPnl());
    }

    /* The long way, from the equity curve: each point's fall from the peak so far, against the equity there. */
    @Property(tries = 300)
    void theDrawdownFractionIsTheDeepestFallAgainstTheEquityAtItsPeak(@ForAll("journals") List<JournalEntry> journal) {
        TradeSummary s = JournalStatistics.of(journal, ZoneOffset.UTC).overall();
        BigDecimal peak = BigDecimal.ZERO;
        BigDecimal deepest = BigDecimal.ZERO;
        for (EquityPoint point : JournalStatistics.of(journal, ZoneOffset.UTC).equityCurve()) {
            peak = peak.max(point.cumulativePnl());
            BigDecimal fall = peak.subtract(point.cumulativePnl());
            BigDecimal equityAtPeak = s.equity().add(peak);
            if (fall.signum() > 0 && equityAtPeak.signum() > 0) {
                deepest = deepest.max(fall.divide(equityAtPeak, MathContext.DECIMAL128));
            }
        }

        if (journal.isEmpty()) {
            assertThat(s.maxDrawdownFraction()).isNull();
        } else {
            assertThat(s.maxDrawdownFraction()).isCloseTo(deepest, within(new BigDecimal("1e-12")));
        }
    }

    /** A trade's weekday is the day its last exit falls on in the zone, across offsets, DST and the years. */
    @Property(tries = 500)
    void aTradeCountsOnTheWeekdayItClosedOnInTheZone(
            @ForAll @LongRange(min = -2_000_000_000L, max = 4_000_000_000L) long closedSecond,
            @ForAll("zones") ZoneId zone) {
        Instant closed = Instant.ofEpochSecond(closedSecond);
        TradePlan plan = JournalFixtures.closed("w", Direction.LONG, "50000", "49500", "2", "50100",
                ExitReason.MANUAL, closed.minusSeconds(1800), closed, List.of());

        JournalStatistics statistics = JournalStatistics.of(List.of(JournalEntry.of(plan)), zone);

        int day = LocalDate.ofInstant(closed, zone).getDayOfWeek().ordinal();
        assertThat(statistics.pnlByWeekday()).extracting(CategoryPnl::trades)
                .containsExactlyElementsOf(IntStream.range(0, 7).map(d -> d == day ? 1 : 0).boxed().toList());
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "America/New_York", "Asia/Tokyo", "Asia/Kathmandu", "Pacific/Chatham",
                "Pacific/Kiritimati", "-11:00", "+14:00").map(ZoneId::of);
    }

    private static void assertAddsUp(TradeSummary whole, List<TradeSummary> parts) {
        assertThat(parts.stream().mapToInt(TradeSummary::trades).sum()).isEqualTo(whole.trades());
        assertThat(parts.stream().mapToInt(TradeSummary::wins).sum()).isEqualTo(whole.wins());
        assertThat(parts.stream().mapToInt(TradeSummary::losses).sum()).isEqualTo(whole.losses());
        assertThat(sum(parts, TradeSummary::netPnl)).isEqualByComparingTo(whole.netPnl());
        assertThat(sum(parts, TradeSummary::grossProfit)).isEqualByComparingTo(whole.grossProfit());
        assertThat(sum(parts, TradeSummary::grossLoss)).isEqualByComparingTo(whole.grossLoss());
        assertThat(sum(parts, TradeSummary::fees)).isEqualByComparingTo(whole.fees());
        assertThat(sum(parts, TradeSummary::funding)).isEqualByComparingTo(whole.funding());
    }

    private static BigDecimal sum(List<TradeSummary> parts, Function<TradeSummary, BigDecimal> figure) {
        return parts.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
