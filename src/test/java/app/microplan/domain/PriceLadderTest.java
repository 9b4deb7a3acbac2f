package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The design's breakeven and return examples, and the ladder's stop, breakeven and liquidation rows. */
class PriceLadderTest {
    private static final AccountSnapshot FIVE_THOUSAND = AccountSnapshot.of("Main", "5000", "0");
    private static final BigDecimal FEE = new BigDecimal("0.0005");

    private static TradeSetup.Builder btc(Direction side, String entry, String stop) {
        return TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001).direction(side)
                .entry(EntryLeg.limit(entry)).stop(stop).leverage("10").entryFeeRate(FEE).exitFeeRate(FEE);
    }

    private static ExitValuation valued(TradeSetup setup) {
        SizingResult sizing = PositionSizer.size(setup, RiskPolicy.defaults(), FIVE_THOUSAND);
        return ExitValuation.of(setup, RiskPolicy.defaults(), FIVE_THOUSAND, sizing).orElseThrow();
    }

    private static LadderRow row(List<LadderRow> ladder, LadderLevel kind) {
        return ladder.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void breakevenOfALongAt70000WithFivePointFeesInAndOutIs70070_04() {
        ExitValuation position = valued(btc(Direction.LONG, "70000", "69300").build());

        BigDecimal breakeven = position.breakeven().orElseThrow();

        assertThat(position.awayFromEntryToCents(breakeven)).isEqualByComparingTo("70070.04");
        assertThat(position.netAt(breakeven, OrderType.STOP)).isNotNegative().isLessThan(new BigDecimal("1E-10"));
    }

    @Test
    void aShortsBreakevenLiesBelowItsEntryByBothFees() {
        ExitValuation position = valued(btc(Direction.SHORT, "70000", "70700").build());

        // 70,000 × (1 − 0.0005) / (1 + 0.0005) = 69,930.03498…, rounded away from the entry
        assertThat(position.awayFromEntryToCents(position.breakeven().orElseThrow())).isEqualByComparingTo("69930.03");
    }

    @Test
    void fiftyPercentOnMarginAtTenTimesIs73571_79() {
        ExitValuation position = valued(btc(Direction.LONG, "70000", "69300").build());

        ReturnTarget target = ReturnTarget.onMargin(position, new BigDecimal("0.5")).orElseThrow();

        assertThat(target.price()).isEqualByComparingTo("73571.79");
        assertThat(target.orderPrice()).isEqualByComparingTo("73571.8");
        assertThat(target.wanted()).isEqualByComparingTo(position.initialMargin().multiply(new BigDecimal("0.5")));
    }

    @Test
    void twoRIsThePriceWhereTheNetProfitFirstReachesTwiceTheRisk() {
        ExitValuation position = valued(btc(Direction.LONG, "70000", "69300").build());
        BigDecimal twoR = position.sizing().riskAmount().multiply(BigDecimal.valueOf(2));

        ReturnTarget target = ReturnTarget.inR(position, BigDecimal.valueOf(2)).orElseThrow();

        // 6 contracts risk $46.18 with fees; (92.36 + 4,200 + 2.10) / (0.06 × 0.9995) = 71,610.1384…
        assertThat(position.sizing().riskAmount()).isEqualByComparingTo("46.18");
        assertThat(target.price()).isEqualByComparingTo("71610.14");
        assertThat(position.netAt(target.price(), OrderType.LIMIT)).isGreaterThanOrEqualTo(twoR);
        assertThat(position.netAt(target.price().subtract(new BigDecimal("0.01")), OrderType.LIMIT)).isLessThan(twoR);
    }

    @Test
    void anAbsurdReturnIsRefused() {
        ExitValuation position = valued(btc(Direction.LONG, "70000", "69300").build());

        assertThatThrownBy(() -> ReturnTarget.onMargin(position, BigDecimal.ZERO))
                .hasMessageContaining("return on margin must be above 0");
        assertThatThrownBy(() -> ReturnTarget.inR(position, new BigDecimal("1000")))
                .hasMessageContaining("at most 100");
    }

    @Test
    void theStopRowReadsMinusTheRiskAndTheBreakevenRowZero() {
        TradeSetup setup = btc(Direction.LONG, "70000", "69300").target(Target.of("72100", "1")).build();
        ExitValuation position = valued(setup);

        List<LadderRow> ladder = PriceLadder.of(position, FIVE_THOUSAND, List.of());

        LadderRow stop = row(ladder, LadderLevel.STOP);
        assertThat(stop.netPnl()).isEqualByComparingTo(position.sizing().riskAmount().negate());
        assertThat(stop.netPnl()).isEqualByComparingTo("-46.18");
        assertThat(stop.r()).isEqualByComparingTo("-1.00");
        assertThat(stop.equityAfter()).isEqualByComparingTo("4953.82");
        assertThat(stop.exitOrder()).isEqualTo(OrderType.STOP);
        LadderRow breakeven = row(ladder, LadderLevel.BREAKEVEN);
        assertThat(breakeven.price()).isEqualByComparingTo("70070.04");
        assertThat(breakeven.netPnl()).isEqualByComparingTo("0.00");
        // 6 × 0.01 × 2,100 = 126 − entry 2.10 − exit 0.0005 × 4,326 = 2.163 → 121.737, down to the cent
        LadderRow target = row(ladder, LadderLevel.TARGET);
        assertThat(target.label()).isEqualTo("Target (100 %)");
        assertThat(target.netPnl()).isEqualByComparingTo("121.73");
        assertThat(target.exitOrder()).isEqualTo(OrderType.LIMIT);
    }

    @Test
    void theLadderRunsFromTheHighestPriceDownAndHasEveryLevel() {
        TradeSetup setup = btc(Direction.LONG, "70000", "69300").target(Target.of("72100", "1")).build();

        List<LadderRow> ladder = PriceLadder.of(valued(setup), FIVE_THOUSAND, List.of(new BigDecimal("75000")));

        assertThat(ladder).extracting(LadderRow::label).containsExactly("Your level", "Avg entry +5 %",
                "Target (100 %)", "Avg entry +2 %", "Avg entry +1 %", "Breakeven", "Entry",
                "Stop · Avg entry −1 %", "Avg entry −2 %", "Avg entry −5 %", "Liquidation (est.)");
        assertThat(ladder).extracting(LadderRow::price).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(ladder.get(1).price()).isEqualByComparingTo("73500.0");
        assertThat(row(ladder, LadderLevel.STOP).kind()).isEqualTo(LadderLevel.STOP);
    }

    @Test
    void atTheLiquidationEstimateTheMarginRatioReachesOneHundredPercent() {
        // Bybit convention at 10× and 0.5 %: 70,000 × (1 − 0.1 + 0.005) = 63,350, where maintenance equals what is left
        TradeSetup setup = btc(Direction.LONG, "70000", "69300").build();

        List<LadderRow> ladder = PriceLadder.of(valued(setup), FIVE_THOUSAND, List.of(new BigDecimal("60000")));

        LadderRow liquidation = row(ladder, LadderLevel.LIQUIDATION);
        assertThat(liquidation.price()).isEqualByComparingTo("63350");
        assertThat(liquidation.marginRatio()).isEqualByComparingTo("1");
        assertThat(liquidation.distanceToLiquidation()).isEqualByComparingTo("0");
        LadderRow beyond = row(ladder, LadderLevel.EXTRA);
        assertThat(beyond.liquidated()).isTrue();
        assertThat(beyond.marginRatio()).isNull();
        assertThat(beyond.netPnl()).isEqualByComparingTo(liquidation.netPnl());
        LadderRow entry = row(ladder, LadderLevel.ENTRY);
        // at the entry: maintenance 0.005 × 4,200 = 21 over the margin 420 → 5 %
        assertThat(entry.marginRatio()).isEqualByComparingTo("0.05");
        assertThat(entry.distanceToLiquidation()).isEqualByComparingTo(new BigDecimal("6650").divide(
                new BigDecimal("70000"), 12, java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void absurdLevelsAreRefusedInWords() {
        BigDecimal average = new BigDecimal("70000");

        assertThat(PriceLadder.problemWith(BigDecimal.ZERO, average)).contains(
                "0 is not a price: a ladder level must be above 0");
        assertThat(PriceLadder.problemWith(new BigDecimal("700001"), average)).get().asString()
                .contains("more than ten times away from the average entry 70,000");
        assertThat(PriceLadder.problemWith(new BigDecimal("6999"), average)).isPresent();
        assertThat(PriceLadder.problemWith(new BigDecimal("7000"), average)).isEmpty();
        TradeSetup setup = btc(Direction.LONG, "70000", "69300").build();
        assertThatThrownBy(() -> PriceLadder.of(valued(setup), FIVE_THOUSAND, List.of(new BigDecimal("1E9"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ten times");
    }

    @Test
    void aPositionTheCapsAllowNoneOfHasABreakevenButNoLadder() {
        TradeSetup setup = btc(Direction.LONG, "70000", "69300").contract(ContractPresets.BTC_STANDARD).build();
        SizingResult sizing = PositionSizer.size(setup, RiskPolicy.defaults(), FIVE_THOUSAND);
        ExitValuation position = ExitValuation.of(setup, RiskPolicy.defaults(), FIVE_THOUSAND, sizing).orElseThrow();

        assertThat(sizing.contracts()).isZero();
        assertThat(position.awayFromEntryToCents(position.breakeven().orElseThrow())).isEqualByComparingTo("70070.04");
        assertThat(PriceLadder.of(position, FIVE_THOUSAND, List.of())).isEmpty();
    }
}
