package app.microplan.domain;

import static app.microplan.domain.JournalFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Five closed BTC micro trades (0.01 BTC) entered at 50,000 with the stop at 49,500 and 10 contracts:
 * planned risk 500 × 10 × 0.01 = 50.00, 1 % of the 5,000 equity. No fees or funding, so P&L is
 * (exit − 50,000) × 10 × 0.01.
 *
 * <pre>
 * trade  closed (UTC)       weekday  tags               exit    P&L      R     cumulative  drawdown
 * t1     2026-03-02 16:00   Mon      breakout, btc      51000   +100.00   2.0   100         0
 * t2     2026-03-03 16:00   Tue      pullback           49500    −50.00  −1.0    50        50
 * t3     2026-03-04 16:00   Wed      breakout           49400    −60.00  −1.2   −10       110  (stop overrun)
 * t4     2026-03-05 10:00   Thu      (none)             50750    +75.00   1.5    65        35
 * t5     2026-03-05 16:00   Thu      pullback, btc      50000      0.00   0.0    65        35
 * </pre>
 * Plus one READY plan, which counts as a plan but not as a trade.
 */
class JournalStatisticsTest {

    private static TradePlan trade(String id, String exit, ExitReason reason, String closed, String... tags) {
        Instant closedAt = Instant.parse(closed);
        return JournalFixtures.closed(id, Direction.LONG, "50000", "49500", "10", exit, reason,
                closedAt.minusSeconds(3600), closedAt, List.of(tags));
    }

    private static List<JournalEntry> entries() {
        return JournalEntry.ofAll(List.of(
                trade("t3", "49400", ExitReason.STOP, "2026-03-04T16:00:00Z", "breakout"),
                trade("t1", "51000", ExitReason.TARGET, "2026-03-02T16:00:00Z", "breakout", "btc"),
                trade("t5", "50000", ExitReason.MANUAL, "2026-03-05T16:00:00Z", "pullback", "btc"),
                trade("t2", "49500", ExitReason.STOP, "2026-03-03T16:00:00Z", "pullback"),
                trade("t4", "50750", ExitReason.MANUAL, "2026-03-05T10:00:00Z"),
                JournalFixtures.ready("r1", ContractPresets.BTC_MICRO_001, Direction.LONG, "50000", "49500", "51000",
                        "10", List.of("breakout"))));
    }

    private static JournalStatistics statistics() {
        return JournalStatistics.of(entries(), ZoneOffset.UTC);
    }

    @Test
    @DisplayName("counts, win rate, averages, expectancy and profit factor")
    void summary() {
        TradeSummary s = statistics().overall();

        assertThat(statistics().plans()).isEqualTo(6);
        assertThat(s.trades()).isEqualTo(5);
        assertThat(s.wins()).isEqualTo(2);
        assertThat(s.losses()).isEqualTo(2);
        assertThat(s.breakeven()).isEqualTo(1);
        assertThat(s.winRate()).isEqualByComparingTo("0.4");
        assertThat(s.averageWin()).isEqualByComparingTo("87.5");          // (100 + 75) / 2
        assertThat(s.averageLoss()).isEqualByComparingTo("-55");          // (−50 − 60) / 2
        assertThat(s.netPnl()).isEqualByComparingTo("65");
        assertThat(s.expectancy()).isEqualByComparingTo("13");            // 65 / 5
        assertThat(s.expectancyR()).isEqualByComparingTo("0.26");         // (2 − 1 − 1.2 + 1.5 + 0) / 5
        assertThat(s.averageR()).isEqualByComparingTo("0.26");
        assertThat(s.averageWinR()).isEqualByComparingTo("1.75");         // (2 + 1.5) / 2
        assertThat(s.averageLossR()).isEqualByComparingTo("-1.1");        // (−1 − 1.2) / 2
        assertThat(s.profitFactor()).isBetween(dec("1.590909"), dec("1.590910")); // 175 / 110
        assertThat(s.averageRiskFraction()).isEqualByComparingTo("0.01");
        assertThat(s.followedPlanShare()).isEqualByComparingTo("0.8");   // t3's stop overran by 100 > 49.50
    }

    @Test
    @DisplayName("maximum drawdown: 110 from the 100 peak, 110 / (5,000 + 100) of the equity")
    void drawdown() {
        TradeSummary s = statistics().overall();

        assertThat(s.maxDrawdown()).isEqualByComparingTo("110");
        assertThat(s.maxDrawdownFraction()).isBetween(dec("0.0215686"), dec("0.0215687"));
        assertThat(statistics().equityCurve()).extracting(EquityPoint::planId)
                .containsExactly("t1", "t2", "t3", "t4", "t5");
        assertThat(statistics().equityCurve()).extracting(p -> p.cumulativePnl().intValueExact())
                .containsExactly(100, 50, -10, 65, 65);
        assertThat(statistics().equityCurve()).extracting(p -> p.drawdown().intValueExact())
                .containsExactly(0, 50, 110, 35, 35);
    }

    @Test
    @DisplayName("by tag a trade counts under each of its tags; by setup only under its first")
    void byTagAndSetup() {
        JournalStatistics statistics = statistics();

        assertThat(statistics.byTag()).containsOnlyKeys("(no tag)", "breakout", "btc", "pullback");
        assertThat(statistics.byTag().get("breakout").netPnl()).isEqualByComparingTo("40");   // t1 + t3
        assertThat(statistics.byTag().get("btc").netPnl()).isEqualByComparingTo("100");       // t1 + t5
        assertThat(statistics.byTag().get("pullback").trades()).isEqualTo(2);                 // t2, t5
        assertThat(statistics.byTag().get("(no tag)").netPnl()).isEqualByComparingTo("75");   // t4
        assertThat(statistics.bySetup()).containsOnlyKeys("(no tag)", "breakout", "pullback");
        assertThat(statistics.bySetup().get("pullback").netPnl()).isEqualByComparingTo("-50"); // t2 + t5
        assertThat(statistics.bySetup().get("breakout").winRate()).isEqualByComparingTo("0.5");
        assertThat(statistics.pnlByTag()).extracting(CategoryPnl::category)
                .containsExactly("(no tag)", "breakout", "btc", "pullback");
    }

    @Test
    @DisplayName("chart series: P&L by weekday and the R-multiple histogram")
    void chartSeries() {
        JournalStatistics statistics = statistics();

        assertThat(statistics.pnlByWeekday()).extracting(CategoryPnl::category)
                .containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(statistics.pnlByWeekday()).extracting(c -> c.pnl().intValueExact())
                .containsExactly(100, -50, -60, 75, 0, 0, 0);
        assertThat(statistics.pnlByWeekday().get(3).trades()).isEqualTo(2);
        List<RBucket> histogram = statistics.rHistogram();
        assertThat(histogram).hasSize(18);
        assertThat(histogram.get(0).label()).isEqualTo("below -3.0");
        assertThat(histogram.get(17).label()).isEqualTo("5.0 and above");
        assertThat(bucket(histogram, "-1.5").trades()).isEqualTo(1);   // t3, −1.2
        assertThat(bucket(histogram, "-1.0").trades()).isEqualTo(1);   // t2, −1.0
        assertThat(bucket(histogram, "0.0").trades()).isEqualTo(1);    // t5, 0
        assertThat(bucket(histogram, "1.5").trades()).isEqualTo(1);    // t4, 1.5
        assertThat(bucket(histogram, "2.0").trades()).isEqualTo(1);    // t1, 2.0
        assertThat(histogram.stream().mapToInt(RBucket::trades).sum()).isEqualTo(5);
    }

    @Test
    @DisplayName("an empty set has no averages, no profit factor and zero drawdown")
    void emptySet() {
        JournalStatistics statistics = JournalStatistics.of(List.of(), ZoneOffset.UTC);

        assertThat(statistics.overall().trades()).isZero();
        assertThat(statistics.overall().winRate()).isNull();
        assertThat(statistics.overall().profitFactor()).isNull();
        assertThat(statistics.overall().maxDrawdown()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(statistics.currency()).isNull();
        assertThat(statistics.equityCurve()).isEmpty();
    }

    private static RBucket bucket(List<RBucket> histogram, String from) {
        return histogram.stream().filter(b -> b.from() != null && b.from().compareTo(dec(from)) == 0)
                .findFirst().orElseThrow();
    }
}
