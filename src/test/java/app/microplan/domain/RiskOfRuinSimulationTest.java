package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The risk-of-ruin simulation against figures worked out another way: the binomial distribution for a
 * coin-flip journal, exact products for journals whose every path is the same, and the rules replayed by hand
 * on a day whose trades are known.
 */
class RiskOfRuinSimulationTest {
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

    /** R-multiples as the journal holds them: exact decimals. */
    private static BigDecimal[] r(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    private static SimulationSettings settings(int paths, int trades, long seed) {
        return new SimulationSettings(paths, trades, seed, null);
    }

    @Test
    @DisplayName("the same seed gives the same figures; another seed other paths")
    void reproducible() {
        SimulationSample sample = SimulationSample.ofTrades("Main", TEN_THOUSAND, r("-1", "-1", "2.5", "-0.4", "1.2", "3", "-1.1"));
        SimulationResult first = RiskOfRuinSimulation.run(sample, SimulationRules.defaults(), settings(2_000, 150, 42));
        SimulationResult again = RiskOfRuinSimulation.run(sample, SimulationRules.defaults(), settings(2_000, 150, 42));
        SimulationResult other = RiskOfRuinSimulation.run(sample, SimulationRules.defaults(), settings(2_000, 150, 43));

        assertThat(again).isEqualTo(first);
        assertThat(other.finalEquity()).isNotEqualTo(first.finalEquity());
    }

    @Test
    @DisplayName("a coin-flip journal: the equity percentiles are those of the binomial number of wins")
    void percentilesOfACoinFlipJournal() {
        // ±1 R at 1 % risk, 100 trades: after w wins the equity is 10,000 × 1.01^w × 0.99^(100−w), and the
        // p-th percentile of the equity is that of w ~ Binomial(100, ½). 10,000 paths put the sample
        // percentile within one win of the distribution's (its standard error is about 0.1 of a win).
        SimulationSample sample = SimulationSample.ofTrades("Main", TEN_THOUSAND, r("-1", "1"));
        SimulationResult result = RiskOfRuinSimulation.run(sample, SimulationRules.defaults(), settings(10_000, 100, 7));

        for (int percentile : SimulationResult.PERCENTILES) {
            int w = binomialQuantile(100, percentile / 100.0);
            assertThat(result.finalEquityAt(percentile)).as("percentile %d (w = %d)", percentile, w)
                    .isIn(equityAfter(w - 1, 100), equityAfter(w, 100), equityAfter(w + 1, 100));
        }
        assertThat(result.finalEquityAt(50)).isEqualByComparingTo(equityAfter(50, 100));  // 9,950.34
        assertThat(result.ruinChance()).isEqualByComparingTo("0");
    }

    /** The smallest w with P(W ≤ w) ≥ p for W ~ Binomial(n, ½), from exact binomial coefficients. */
    private static int binomialQuantile(int n, double p) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal coefficient = BigDecimal.ONE;
        BigDecimal all = BigDecimal.valueOf(2).pow(n);
        for (int w = 0; w <= n; w++) {
            total = total.add(coefficient);
            if (total.divide(all, MathContext.DECIMAL64).doubleValue() >= p) {
                return w;
            }
            coefficient = coefficient.multiply(BigDecimal.valueOf(n - w)).divide(BigDecimal.valueOf(w + 1));
        }
        return n;
    }

    private static BigDecimal equityAfter(int wins, int trades) {
        return TEN_THOUSAND.multiply(new BigDecimal("1.01").pow(wins)).multiply(new BigDecimal("0.99").pow(trades - wins))
                .setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    @DisplayName("an all-winning journal never draws down and is never ruined")
    void allWinners() {
        SimulationSample sample = SimulationSample.ofTrades("Main", TEN_THOUSAND, r("0.5", "1.5", "2", "3.2"));
        SimulationResult result = RiskOfRuinSimulation.run(sample, SimulationRules.withRisk(new BigDecimal("0.02")),
                settings(5_000, 300, 3));

        assertThat(result.ruinChance()).isEqualByComparingTo("0");
        assertThat(result.maxDrawdown()).allSatisfy(p -> assertThat(p.value()).isEqualByComparingTo("0"));
        assertThat(result.drawdownChances()).allSatisfy(c -> assertThat(c.chance()).isEqualByComparingTo("0"));
        assertThat(result.finalEquityAt(5)).isGreaterThan(TEN_THOUSAND);
        assertThat(result.saferRisk().atCeiling()).isTrue();
        assertThat(result.saferRisk().riskFraction()).isEqualByComparingTo("0.02");
    }

    @Test
    @DisplayName("an all-losing journal: every path falls 1 − 0.99^n, and is ruined once that passes half")
    void allLosers() {
        SimulationSample sample = SimulationSample.ofTrades("Main", TEN_THOUSAND, r("-1"));
        SimulationResult short50 = RiskOfRuinSimulation.run(sample, SimulationRules.defaults(), settings(1_000, 50, 1));
        SimulationResult long100 = RiskOfRuinSimulation.run(sample, SimulationRules.defaults(), settings(1_000, 100, 1));

        BigDecimal fall50 = BigDecimal.ONE.subtract(new BigDecimal("0.99").pow(50)).setScale(4, RoundingMode.HALF_UP);
        assertThat(short50.maxDrawdownAt(95)).isEqualByComparingTo(fall50);                         // 0.3950
        assertThat(short50.finalEquityAt(50)).isEqualByComparingTo(equityAfter(0, 50));             // 6,050.06
        assertThat(short50.ruinChance()).isEqualByComparingTo("0");                                 // 0.99^50 > ½
        assertThat(long100.ruinChance()).isEqualByComparingTo("1");                                 // 0.99^69 < ½
        assertThat(long100.chanceOfDrawdownBeyond(new BigDecimal("0.30"))).isEqualByComparingTo("1");
        // 100 losses fall 1 − (1 − f)^100: 18.1 % at 0.20 %, 22.1 % at 0.25 %; the step below 20 % is 0.20 %
        assertThat(long100.saferRisk().riskFraction()).isEqualByComparingTo("0.0020");
    }

    @Test
    @DisplayName("trades that win or lose nothing: no path moves, none is ruined, the equity stays the start exactly")
    void nothingAtStakeNeverRuins() {
        // The rules refuse a risk of 0 % (rulesThatCouldNeverTakeATradeAreRefused); R = 0 stakes nothing instead.
        SimulationSample sample = SimulationSample.ofTrades("Main", TEN_THOUSAND, r("0", "0", "0"));
        SimulationResult result = RiskOfRuinSimulation.run(sample, SimulationRules.withRisk(new BigDecimal("0.02")),
                settings(1_000, 200, 9));

        assertThat(result.ruinChance()).isEqualByComparingTo("0");
        assertThat(result.finalEquity()).allSatisfy(p -> assertThat(p.value()).isEqualTo(new BigDecimal("10000.00")));
        assertThat(result.maxDrawdown()).allSatisfy(p -> assertThat(p.value()).isEqualByComparingTo("0"));
        assertThat(result.cappedPaths()).isZero();
    }

    @Test
    @DisplayName("every trade −1 R at 2 %: every path is ruined, and ends exactly at 0.98^n of the start")
    void everyTradeLostAtHighRiskRuinsEveryPath() {
        SimulationSample sample = SimulationSample.ofTrades("Main", TEN_THOUSAND, r("-1", "-1"));
        SimulationResult result = RiskOfRuinSimulation.run(sample, SimulationRules.withRisk(new BigDecimal("0.02")),
                settings(2_000, 60, 4));

        // 0.98^34 = 0.5032 > ½, 0.98^35 = 0.4931 < ½: ruined at the 35th loss of 60.
        assertThat(result.ruinChance()).isEqualByComparingTo("1");
        BigDecimal exact = TEN_THOUSAND.multiply(new BigDecimal("0.98").pow(60)).setScale(2, RoundingMode.HALF_UP);
        assertThat(result.finalEquity()).allSatisfy(p -> assertThat(p.value()).isEqualByComparingTo(exact)); // 2,975.50
        assertThat(result.chanceOfDrawdownBeyond(new BigDecimal("0.50"))).isEqualByComparingTo("1");
        // Every path is the same 60 losses, falling 1 − (1 − f)^60: the safer risk is the largest step within 20 %.
        int steps = 0;
        while (BigDecimal.ONE.subtract(BigDecimal.ONE.subtract(step(steps + 1)).pow(60))
                .compareTo(new BigDecimal("0.20")) <= 0) {
            steps++;
        }
        assertThat(result.saferRisk().riskFraction()).isEqualByComparingTo(step(steps));   // 0.35 %: 18.97 %
        assertThat(steps).isEqualTo(7);                                                     // 0.40 % falls 21.37 %
    }

    @Test
    @DisplayName("a path that would grow beyond a long is held at a million times the start, and said so")
    void runawayEquitySaturatesInsteadOfWrapping() {
        // +50 R at 2 %: equity doubles every trade. 2^100 of the start would overflow any long; 2^20 passes 10^6.
        SimulationSample sample = SimulationSample.ofTrades("Main", TEN_THOUSAND, r("50"));
        SimulationResult result = RiskOfRuinSimulation.run(sample, SimulationRules.withRisk(new BigDecimal("0.02")),
                settings(200, 100, 3));

        BigDecimal ceiling = TEN_THOUSAND.multiply(BigDecimal.valueOf(RiskOfRuinSimulation.EQUITY_CEILING))
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(result.cappedPaths()).isEqualTo(200);
        assertThat(result.finalEquity()).allSatisfy(p -> assertThat(p.value()).isEqualByComparingTo(ceiling));
        assertThat(result.ruinChance()).isEqualByComparingTo("0");
        assertThat(result.maxDrawdown()).allSatisfy(p -> assertThat(p.value()).isEqualByComparingTo("0"));
        // Trade by trade the fan climbs to the ceiling and stays there: never a wrapped, negative equity.
        List<BigDecimal> medians = result.fan().stream().map(point -> point.equity().get(2)).toList();
        assertThat(medians).isSorted().allSatisfy(m -> assertThat(m).isPositive().isLessThanOrEqualTo(ceiling));
        assertThat(medians.get(medians.size() - 1)).isEqualByComparingTo(ceiling);
        assertThat(result.fan().get(10).equity().get(2)).as("after 10 trades: 2^10 of the start")
                .isEqualByComparingTo(TEN_THOUSAND.multiply(BigDecimal.valueOf(1024)));
    }

    @Test
    @DisplayName("the same seed gives the same figures on a journal whose days hold several trades")
    void sameSeedSameResultWithTheRules() {
        SimulationSample day = sameDayEveryDay(new int[] {600, 610, 640, 700}, new int[] {650, 620, 720, 710},
                r("-1", "2.5", "-0.75", "1.25"));
        SimulationSample otherDay = sameDayEveryDay(new int[] {540}, new int[] {600}, r("-1"));
        SimulationSample sample = new SimulationSample("Main", "USD", new int[] {0, 4, 5},
                concat(day.openedAt(), otherDay.openedAt()), concat(day.closedAt(), otherDay.closedAt()),
                r("-1", "2.5", "-0.75", "1.25", "-1"), TEN_THOUSAND);
        SimulationResult first = RiskOfRuinSimulation.run(sample, SimulationRules.defaults(), settings(3_000, 120, 77));
        SimulationResult again = RiskOfRuinSimulation.run(sample, SimulationRules.defaults(), settings(3_000, 120, 77));

        assertThat(again).isEqualTo(first);
        assertThat(first.finalEquityAt(95)).isGreaterThan(first.finalEquityAt(5));
    }

    private static long[] concat(long[] a, long[] b) {
        return java.util.stream.LongStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray();
    }

    /** One trading day of four trades, every day the same: every path is the same, and known. */
    private static SimulationSample sameDayEveryDay(int[] openedMinute, int[] closedMinute, BigDecimal[] r) {
        long[] opened = java.util.Arrays.stream(openedMinute).mapToLong(m -> m * 60L).toArray();
        long[] closed = java.util.Arrays.stream(closedMinute).mapToLong(m -> m * 60L).toArray();
        return new SimulationSample("Main", "USD", new int[] {0, r.length}, opened, closed, r, TEN_THOUSAND);
    }

    private static SimulationRules rules(String risk, String dailyLimit, int coolDownLosses, int coolDownMinutes) {
        return new SimulationRules(new BigDecimal(risk), new BigDecimal("0.03"), new BigDecimal(dailyLimit),
                coolDownLosses, Duration.ofMinutes(coolDownMinutes));
    }

    @Test
    @DisplayName("the cool-down leaves out the trade opened within an hour of the second loss")
    void coolDownLeavesOutTheRevengeTrade() {
        // 10:00–10:30 −1 R, 10:40–11:00 −1 R, 11:10–11:30 −1 R (within the hour after 11:00), 14:00–15:00 +3 R
        SimulationSample day = sameDayEveryDay(new int[] {600, 640, 670, 840}, new int[] {630, 660, 690, 900},
                r("-1", "-1", "-1", "3"));
        SimulationResult kept = RiskOfRuinSimulation.run(day, rules("0.01", "1", 2, 60), settings(10, 30, 1));
        SimulationResult none = RiskOfRuinSimulation.run(day, rules("0.01", "1", 2, 0), settings(10, 40, 1));

        BigDecimal withCoolDown = new BigDecimal("0.99").pow(2).multiply(new BigDecimal("1.03")).pow(10);
        BigDecimal without = new BigDecimal("0.99").pow(3).multiply(new BigDecimal("1.03")).pow(10);
        assertThat(kept.finalEquityAt(50)).isEqualByComparingTo(TEN_THOUSAND.multiply(withCoolDown)
                .setScale(2, RoundingMode.HALF_UP));                                                  // 10,991.17
        assertThat(none.finalEquityAt(50)).isEqualByComparingTo(TEN_THOUSAND.multiply(without)
                .setScale(2, RoundingMode.HALF_UP));                                                  // 9,939.29
    }

    @Test
    @DisplayName("the daily loss limit leaves out the trade whose risk would take the day beyond 3 %")
    void dailyLimitLeavesOutTheFourthTrade() {
        // Three losses of 1 R at 1 %: the day is down 2.9701 %; a fourth trade risking 0.9703 % more is left out.
        SimulationSample day = sameDayEveryDay(new int[] {600, 700, 800, 900}, new int[] {610, 710, 810, 960},
                r("-1", "-1", "-1", "3"));
        SimulationResult limited = RiskOfRuinSimulation.run(day, rules("0.01", "0.03", 9, 60), settings(10, 30, 1));
        SimulationResult free = RiskOfRuinSimulation.run(day, rules("0.01", "1", 9, 60), settings(10, 40, 1));

        assertThat(limited.finalEquityAt(50)).isEqualByComparingTo(equityAfter(0, 30));
        assertThat(free.finalEquityAt(50)).isEqualByComparingTo(TEN_THOUSAND.multiply(new BigDecimal("0.99").pow(3)
                .multiply(new BigDecimal("1.03")).pow(10)).setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    @DisplayName("the open-risk cap leaves out a trade opened while another holds too much of it")
    void openRiskCapLeavesOutTheOverlappingTrade() {
        // At 2 % a trade, a second trade opened while the first is open would make 4 % open risk, above 3 %.
        SimulationSample day = sameDayEveryDay(new int[] {600, 630}, new int[] {720, 660}, r("1", "-1"));
        SimulationResult result = RiskOfRuinSimulation.run(day, rules("0.02", "0.03", 2, 60), settings(10, 20, 1));

        assertThat(result.finalEquityAt(50)).isEqualByComparingTo(TEN_THOUSAND.multiply(new BigDecimal("1.02").pow(20))
                .setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    @DisplayName("three trades at 1 % open together fill a 3 % cap exactly: all three are taken, whatever the equity")
    void aTradeThatExactlyFitsTheCapIsTaken() {
        // Stakes round up to the billionth; from the second day on the equity is no round number, so without the
        // allowance for that rounding the third stake would pass the cap by a unit and be left out.
        SimulationSample day = sameDayEveryDay(new int[] {600, 610, 620}, new int[] {700, 700, 700},
                r("0.37", "-1", "1.13"));
        SimulationResult result = RiskOfRuinSimulation.run(day, SimulationRules.defaults(), settings(10, 30, 1));

        // Every day all three: the day's stakes are all 1 % of the same equity, so it grows by 1 % × 0.5 R.
        assertThat(result.finalEquityAt(50)).isEqualByComparingTo(TEN_THOUSAND.multiply(new BigDecimal("1.005").pow(10))
                .setScale(2, RoundingMode.HALF_UP));                                                 // 10,511.40
    }

    @Test
    @DisplayName("the risk found keeps a 20 % drawdown under 5 %, one step more does not")
    void saferRiskIsTheEdge() {
        SimulationSample sample = SimulationSample.ofTrades("Main", TEN_THOUSAND, r("-1", "-1", "-1", "2.2", "1.8", "-0.5", "2.5"));
        SimulationSettings run = settings(4_000, 200, 11);
        SaferRisk safer = RiskOfRuinSimulation.run(sample, SimulationRules.defaults(), run).saferRisk();

        assertThat(safer.atCeiling()).isFalse();
        assertThat(safer.riskFraction()).isNotNull();
        BigDecimal deepAtSafer = chanceOfDeepDrawdown(sample, safer.riskFraction(), run);
        BigDecimal deepAbove = chanceOfDeepDrawdown(sample, safer.riskFraction().add(SaferRisk.STEP), run);
        assertThat(deepAtSafer).isLessThan(new BigDecimal("0.05"));
        assertThat(deepAbove).isGreaterThanOrEqualTo(new BigDecimal("0.05"));
    }

    private static BigDecimal chanceOfDeepDrawdown(SimulationSample sample, BigDecimal risk, SimulationSettings run) {
        return RiskOfRuinSimulation.run(sample, SimulationRules.withRisk(risk), run)
                .chanceOfDrawdownBeyond(new BigDecimal("0.20"));
    }

    @Test
    @DisplayName("fewer than 30 trades behind it: a warning; the fan chart starts at the equity and ends at trade n")
    void warningAndFan() {
        SimulationSample sample = SimulationSample.ofTrades("Main", TEN_THOUSAND, r("-1", "2", "-1", "1.5"));
        SimulationResult result = RiskOfRuinSimulation.run(sample, SimulationRules.defaults(), settings(500, 250, 5));

        assertThat(result.isThin()).isTrue();
        assertThat(result.warning()).contains("Only 4 trades back this simulation");
        assertThat(result.fan().get(0).trade()).isZero();
        assertThat(result.fan().get(0).equity()).allSatisfy(e -> assertThat(e).isEqualByComparingTo(TEN_THOUSAND));
        assertThat(result.fan().get(result.fan().size() - 1).trade()).isEqualTo(250);
        assertThat(result.fan().get(result.fan().size() - 1).equity())
                .containsExactlyElementsOf(result.finalEquity().stream().map(SimulationResult.Percentile::value).toList());
        assertThat(result.fan()).allSatisfy(point -> assertThat(point.equity()).isSorted());
    }

    @Test
    void rulesThatCouldNeverTakeATradeAreRefused() {
        assertThatThrownBy(() -> new SimulationRules(new BigDecimal("0.02"), new BigDecimal("0.03"),
                new BigDecimal("0.01"), 2, Duration.ofMinutes(60)))
                .hasMessageContaining("above the daily loss limit");
        assertThatThrownBy(() -> new SimulationSettings(0, 100, 1, null)).hasMessageContaining("paths");
    }

    // ---- More risk never lowers the drawdown ----------------------------------------------------------------

    @Provide
    Arbitrary<BigDecimal[]> journals() {
        return Arbitraries.integers().between(-30, 50).map(tenths -> BigDecimal.valueOf(tenths, 1)).array(BigDecimal[].class)
                .ofMinSize(1).ofMaxSize(40);
    }

    /**
     * Each path's deepest fall grows with the risk (over any stretch, Σ log(1 + f·R) is concave in f and zero at
     * f = 0, so a stretch that falls at f falls further at any larger f); the same seed draws the same trades at
     * both risks, so every percentile of the deepest fall grows too. One trade a day, so the rules cannot bind.
     */
    @Property(tries = 60)
    void moreRiskNeverLowersTheDrawdownPercentiles(@ForAll("journals") BigDecimal[] r,
                                                   @ForAll @IntRange(min = 1, max = 39) int lowerSteps,
                                                   @ForAll @IntRange(min = 1, max = 40) int moreSteps) {
        int higherSteps = Math.min(40, lowerSteps + moreSteps);
        SimulationSample sample = SimulationSample.ofTrades("Main", TEN_THOUSAND, r);
        SimulationSettings run = settings(400, 60, 17);
        SimulationResult lower = RiskOfRuinSimulation.run(sample, SimulationRules.withRisk(step(lowerSteps)), run);
        SimulationResult higher = RiskOfRuinSimulation.run(sample, SimulationRules.withRisk(step(higherSteps)), run);

        for (int p : SimulationResult.PERCENTILES) {
            assertThat(higher.maxDrawdownAt(p)).as("percentile %d", p).isGreaterThanOrEqualTo(lower.maxDrawdownAt(p));
        }
        assertThat(higher.ruinChance()).isGreaterThanOrEqualTo(lower.ruinChance());
    }

    private static BigDecimal step(int steps) {
        return SaferRisk.STEP.multiply(BigDecimal.valueOf(steps));
    }

    @Test
    void theTrialRiskStepsStayWithinTheCap() {
        assertThat(step(40)).isEqualByComparingTo(RiskPolicy.MAX_RISK_CAP);
        assertThat(List.of(step(1), step(20))).allSatisfy(s -> assertThat(s).isLessThanOrEqualTo(ONE_PERCENT.add(ONE_PERCENT)));
    }
}
