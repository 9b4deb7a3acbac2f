package app.microplan.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradeSummary;
import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The statistics of the committed sample journal ({@code assets/samples/journal}) against figures worked out
 * independently of the code under test: a short Python script with {@code decimal}
 * ({@code docs/samples/sample_journal_figures.py}) reads the 40 plan files and applies the formulas of
 * {@code docs/numbers.md} and of the statistics' documentation, like a spreadsheet would, one row per closed
 * trade (the table below), then the column sums and ratios (the literals in the tests).
 *
 * <p>Per trade: gross = side × (Σ exit price·contracts − Σ entry price·contracts) × contract size;
 * P&L = gross − fees − funding; risk = the plan's legs' loss at the stop plus its fee rates, rounded up
 * to the cent; planned R = P&L / risk; risk taken = Σ over the entry fills of contracts × (distance from the fill to
 * the stop + exit fee rate × stop) × contract size, plus the entry fees paid, rounded up to the cent; R = P&L / risk
 * taken; followed = size ≤ planned, no exit past the stop by more than 0.1 %, every
 * entry within the planned range ± 0.1 %, and every checklist item of the review answered "followed".
 * Rows are in order of the last exit (the order of the equity curve). Closed times are UTC.
 */
class SampleJournalStatisticsTest {
    /**
     * id, side, symbol, setup (first tag), closed, gross, fees, funding, P&L, planned risk, planned R (4 dp), risk
     * taken, R on the risk taken (4 dp), followed.
     */
    private static final String TRADES = """
            sample-01  LONG   BTC-MICRO-0.01   breakout    2026-01-05T13:03     39.168   3.92       0     35.248   44.68   0.7889   44.68   0.7889  yes
            sample-02  SHORT  BTC-MICRO-0.01   breakout    2026-01-08T20:31    100.782   5.83   -2.94     97.892   49.11   1.9933   49.11   1.9933  yes
            sample-03  SHORT  BTC-MICRO-0.01   news        2026-01-10T04:49    -42.072   4.00   -1.99    -44.082   46.00  -0.9583   46.02  -0.9579  no
            sample-04  LONG   BTC-MICRO-0.01   pullback    2026-01-11T02:46    -43.553   4.59    1.38    -49.523   48.09  -1.0298   48.12  -1.0292  no
            sample-05  SHORT  ETH-MICRO-0.01   news        2026-01-13T00:44     68.975   5.70   -2.29     65.565   50.26   1.3045   50.26   1.3045  yes
            sample-06  LONG   ETH-MICRO-0.01   pullback    2026-01-13T21:21   -45.1735   5.24    1.05   -51.4635   50.33  -1.0225   50.33  -1.0225  no
            sample-07  LONG   BTC-MICRO-0.01   breakout    2026-01-15T08:39    -47.328   5.26    1.06    -53.648   44.71  -1.1999   52.48  -1.0223  no
            sample-08  SHORT  ETH-MICRO-0.01   breakout    2026-01-17T00:40    51.6249   5.37   -1.08    47.3349   49.88   0.9490   49.94   0.9478  yes
            sample-09  SHORT  ETH-MICRO-0.01   range-fade  2026-01-19T05:09   -46.7354   3.37   -1.34   -48.7654   50.02  -0.9749   50.04  -0.9745  yes
            sample-11  LONG   ETH-MICRO-0.01   breakout    2026-01-21T07:50   -46.1144   3.70    0.37   -50.1844   49.73  -1.0091   49.74  -1.0089  yes
            sample-10  LONG   BTC-MICRO-0.001  breakout    2026-01-21T10:01   -45.8572   4.31     2.6   -52.7672   50.07  -1.0539   50.08  -1.0537  yes
            sample-12  SHORT  BTC-MICRO-0.01   pullback    2026-01-22T21:49     47.795   3.14   -0.32     44.975   42.69   1.0535   42.69   1.0535  yes
            sample-13  LONG   ETH-MICRO-0.01   pullback    2026-01-24T10:47   -53.1885   7.97     0.8   -61.9585   49.38  -1.2547   61.04  -1.0150  no
            sample-14  LONG   BTC-MICRO-0.01   breakout    2026-01-26T00:58    -22.859   4.31    0.43    -27.599   45.11  -0.6118   45.13  -0.6115  yes
            sample-15  LONG   ETH-MICRO-0.01   news        2026-01-28T19:32    98.6829   4.51    2.23    91.9429   48.45   1.8977   48.46   1.8973  no
            sample-16  LONG   BTC-MICRO-0.01   breakout    2026-01-29T16:07     -40.68   5.58    1.68     -47.94   46.08  -1.0404   46.10  -1.0399  yes
            sample-17  SHORT  BTC-MICRO-0.01   news        2026-01-30T18:37     40.575   3.02   -0.61     38.165   42.07   0.9072   42.08   0.9070  no
            sample-18  LONG   BTC-MICRO-0.01   breakout    2026-02-01T00:45    -39.616   6.69    0.67    -46.976   46.09  -1.0192   46.11  -1.0188  yes
            sample-19  LONG   BTC-MICRO-0.01   range-fade  2026-02-02T10:32    -51.846   3.70    0.37    -55.916   44.51  -1.2563   44.52  -1.2560  no
            sample-20  LONG   BTC-MICRO-0.01   pullback    2026-02-04T15:21     -36.88   2.44    0.74     -40.06   39.24  -1.0209   39.25  -1.0206  no
            sample-21  SHORT  ETH-MICRO-0.01   news        2026-02-06T20:02    -42.328   5.46   -2.72    -45.068   47.70  -0.9448   47.76  -0.9436  no
            sample-22  LONG   ETH-MICRO-0.01   range-fade  2026-02-07T17:54   107.8585   5.22    1.55   101.0885   42.50   2.3786   42.52   2.3774  no
            sample-23  LONG   BTC-MICRO-0.01   pullback    2026-02-09T14:08    118.788   3.75    1.48    113.558   44.78   2.5359   44.79   2.5353  no
            sample-24  SHORT  BTC-MICRO-0.01   news        2026-02-11T21:42         77   3.00   -1.82      75.82   41.56   1.8244   41.56   1.8244  yes
            sample-25  LONG   BTC-MICRO-0.01   range-fade  2026-02-12T05:26        -41   5.54    1.11     -47.65   46.44  -1.0261   46.45  -1.0258  yes
            sample-27  LONG   ETH-MICRO-0.01   range-fade  2026-02-14T12:18    97.9308   6.37       0    91.5608   49.87   1.8360   49.93   1.8338  yes
            sample-26  LONG   BTC-MICRO-0.001  pullback    2026-02-14T15:02   116.9128   4.35    2.15   110.4128   49.24   2.2423   49.25   2.2419  yes
            sample-28  SHORT  BTC-MICRO-0.001  news        2026-02-16T13:54   -19.4996   3.45   -0.34   -22.6096   51.02  -0.4432   51.03  -0.4431  yes
            sample-29  LONG   BTC-MICRO-0.01   range-fade  2026-02-17T14:22    -42.024   3.54       0    -45.564   45.54  -1.0005   45.56  -1.0001  yes
            sample-30  SHORT  BTC-MICRO-0.01   breakout    2026-02-19T20:11      89.99   5.95    -1.2      85.24   51.02   1.6707   51.03   1.6704  yes
            sample-31  LONG   ETH-MICRO-0.01   range-fade  2026-02-22T16:52   -47.2568   4.76    2.87   -54.8868   51.89  -1.0578   51.90  -1.0575  yes
            sample-32  SHORT  BTC-MICRO-0.01   pullback    2026-02-23T21:38    -44.156   4.85   -2.41    -46.596   48.85  -0.9539   48.86  -0.9537  yes
            sample-33  LONG   BTC-MICRO-0.01   news        2026-02-25T07:22     108.98   4.16    1.64     103.18   44.19   2.3349   44.19   2.3349  yes
            sample-34  SHORT  BTC-MICRO-0.01   news        2026-02-26T04:17      -17.6   4.67   -0.93     -21.34   48.69  -0.4383   48.69  -0.4383  yes
            sample-35  SHORT  BTC-MICRO-0.01   breakout    2026-02-27T01:17     95.988   3.48       0     92.508   51.56   1.7942   51.55   1.7945  yes
            sample-36  LONG   BTC-MICRO-0.01   range-fade  2026-02-28T16:34    122.351   6.42    0.64    115.291   52.23   2.2074   52.26   2.2061  yes
            """;

    private static List<JournalEntry> entries;
    private static JournalStatistics statistics;

    @BeforeAll
    static void loadSample() throws Exception {
        JournalLoad load = JournalStore.open(Path.of("assets/samples/journal")).loadPlans();
        assertThat(load.problems()).isEmpty();
        entries = JournalEntry.ofAll(load.plans().stream().map(LoadedPlan::plan).toList());
        statistics = JournalStatistics.of(entries, ZoneOffset.UTC);
    }

    private record Row(String id, String closed, BigDecimal gross, BigDecimal fees, BigDecimal funding, BigDecimal pnl,
                       BigDecimal risk, BigDecimal plannedR, BigDecimal taken, BigDecimal r, boolean followed) {
        static Row parse(String line) {
            String[] f = line.strip().split("\\s+");
            return new Row(f[0], f[4], new BigDecimal(f[5]), new BigDecimal(f[6]), new BigDecimal(f[7]),
                    new BigDecimal(f[8]), new BigDecimal(f[9]), new BigDecimal(f[10]), new BigDecimal(f[11]),
                    new BigDecimal(f[12]), f[13].equals("yes"));
        }
    }

    private static List<Row> table() {
        return TRADES.lines().filter(l -> !l.isBlank()).map(Row::parse).toList();
    }

    @Test
    @DisplayName("the table adds up: each row's P&L is gross − fees − funding")
    void tableIsConsistent() {
        for (Row row : table()) {
            assertThat(row.gross().subtract(row.fees()).subtract(row.funding())).as(row.id())
                    .isEqualByComparingTo(row.pnl());
        }
        assertThat(table()).hasSize(36);
        assertThat(table().stream().map(Row::pnl).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("395.1845");
    }

    @Test
    @DisplayName("every closed trade's outcome matches its row")
    void eachTradeMatchesTheTable() {
        Map<String, TradeOutcome> outcomes = entries.stream().filter(JournalEntry::isClosedTrade)
                .collect(Collectors.toMap(JournalEntry::id, JournalEntry::outcome));
        assertThat(outcomes).hasSize(36);
        for (Row row : table()) {
            TradeOutcome outcome = outcomes.get(row.id());
            assertThat(outcome.grossPnl()).as(row.id()).isEqualByComparingTo(row.gross());
            assertThat(outcome.fees()).as(row.id()).isEqualByComparingTo(row.fees());
            assertThat(outcome.funding()).as(row.id()).isEqualByComparingTo(row.funding());
            assertThat(outcome.realizedPnl()).as(row.id()).isEqualByComparingTo(row.pnl());
            assertThat(outcome.plannedRisk()).as(row.id()).isEqualByComparingTo(row.risk());
            assertThat(outcome.plannedRMultiple().setScale(4, RoundingMode.HALF_UP)).as(row.id())
                    .isEqualByComparingTo(row.plannedR());
            assertThat(outcome.riskTaken()).as(row.id()).isEqualByComparingTo(row.taken());
            assertThat(outcome.rMultiple().setScale(4, RoundingMode.HALF_UP)).as(row.id()).isEqualByComparingTo(row.r());
            assertThat(outcome.followedPlan()).as(row.id()).isEqualTo(row.followed());
        }
        assertThat(statistics.equityCurve()).extracting(p -> p.planId()).containsExactlyElementsOf(
                table().stream().map(Row::id).toList());
    }

    @Test
    @DisplayName("the summary: counts, rates, averages, expectancy, profit factor")
    void summary() {
        TradeSummary s = statistics.overall();

        assertThat(statistics.plans()).isEqualTo(40);              // 36 closed + 2 open + 1 ready + 1 cancelled
        assertThat(statistics.currency()).isEqualTo("USD");
        assertThat(s.trades()).isEqualTo(36);
        assertThat(s.wins()).isEqualTo(16);
        assertThat(s.losses()).isEqualTo(20);
        assertThat(s.breakeven()).isZero();
        assertThat(s.winRate()).isCloseTo(new BigDecimal("0.444444444444"), within(new BigDecimal("1e-11")));  // 16/36
        assertThat(s.grossProfit()).isEqualByComparingTo("1309.7819");   // Σ P&L of the 16 wins
        assertThat(s.grossLoss()).isEqualByComparingTo("-914.5974");     // Σ P&L of the 20 losses
        assertThat(s.netPnl()).isEqualByComparingTo("395.1845");
        assertThat(s.averageWin()).isEqualByComparingTo("81.86136875");  // 1309.7819 / 16
        assertThat(s.averageLoss()).isEqualByComparingTo("-45.72987");  // −914.5974 / 20
        assertThat(s.expectancy()).isCloseTo(new BigDecimal("10.977347222222"), within(new BigDecimal("1e-11")));
        // R on the risk taken (against the planned risk they were 0.2334, 1.7324, −0.9658)
        assertThat(s.expectancyR()).isCloseTo(new BigDecimal("0.244948126742"), within(new BigDecimal("1e-11")));
        assertThat(s.averageWinR()).isCloseTo(new BigDecimal("1.731943168210"), within(new BigDecimal("1e-11")));
        assertThat(s.averageLossR()).isCloseTo(new BigDecimal("-0.944647906431"), within(new BigDecimal("1e-11")));
        assertThat(s.profitFactor()).isCloseTo(new BigDecimal("1.432085746144"), within(new BigDecimal("1e-11")));
        assertThat(s.fees()).isEqualByComparingTo("167.62");
        assertThat(s.funding()).isEqualByComparingTo("4.83");
    }

    @Test
    @DisplayName("drawdown, risk and plan-following")
    void drawdownRiskAndDiscipline() {
        TradeSummary s = statistics.overall();

        // cumulative P&L: 133.14 after sample-02 (the peak), −254.8282 after sample-21 (the trough):
        // 133.14 + 254.8282 = 387.9682; as a share of the equity at the peak, 387.9682 / (5,000 + 133.14)
        assertThat(s.maxDrawdown()).isEqualByComparingTo("387.9682");
        assertThat(s.maxDrawdownFraction()).isCloseTo(new BigDecimal("0.075581067339"), within(new BigDecimal("1e-11")));
        assertThat(s.averageRiskFraction()).isCloseTo(new BigDecimal("0.009443169108"), within(new BigDecimal("1e-11")));
        assertThat(s.followedPlanShare()).isCloseTo(new BigDecimal("0.666666666667"), within(new BigDecimal("1e-11")));
    }

    @Test
    @DisplayName("by setup and by tag")
    void groups() {
        Map<String, TradeSummary> setups = statistics.bySetup();
        assertThat(setups).containsOnlyKeys("breakout", "news", "pullback", "range-fade");
        assertGroup(setups.get("breakout"), 11, 5, "79.11");
        assertGroup(setups.get("news"), 9, 5, "241.57");
        assertGroup(setups.get("pullback"), 8, 3, "19.34");
        assertGroup(setups.get("range-fade"), 8, 3, "55.16");
        assertThat(setups.get("breakout").maxDrawdown().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("231.78");

        Map<String, TradeSummary> tags = statistics.byTag();
        assertThat(tags).containsOnlyKeys("asia", "breakout", "counter-trend", "london", "new-york", "news", "pullback",
                "range-fade", "trend");
        assertGroup(tags.get("asia"), 16, 5, "-214.57");
        assertGroup(tags.get("london"), 11, 5, "199.24");
        assertGroup(tags.get("new-york"), 9, 6, "410.52");
        assertGroup(tags.get("counter-trend"), 3, 0, "-143.01");
        assertGroup(tags.get("trend"), 11, 5, "237.92");
    }

    @Test
    @DisplayName("P&L by weekday of the last exit (UTC)")
    void weekdays() {
        Function<Integer, String> pnl = day -> statistics.pnlByWeekday().get(day).pnl()
                .setScale(2, RoundingMode.HALF_UP).toPlainString();

        assertThat(statistics.pnlByWeekday()).extracting(c -> c.trades()).containsExactly(7, 3, 6, 7, 3, 7, 3);
        assertThat(List.of(pnl.apply(0), pnl.apply(1), pnl.apply(2), pnl.apply(3), pnl.apply(4), pnl.apply(5),
                pnl.apply(6))).containsExactly("-52.68", "-31.46", "127.93", "57.53", "85.61", "359.65", "-151.39");
    }

    private static void assertGroup(TradeSummary group, int trades, int wins, String net) {
        assertThat(group.trades()).isEqualTo(trades);
        assertThat(group.wins()).isEqualTo(wins);
        assertThat(group.netPnl().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(net);
    }
}
