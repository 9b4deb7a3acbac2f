package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules the exchange itself enforces: liquidation along the path with a buffer, tier leverage, orders, CME. */
class ExchangeRulesTest {
    private static final AccountSnapshot FIVE_THOUSAND = AccountSnapshot.of("Main", "5000", "0");

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static PlanAssessment assess(TradeSetup setup, AccountSnapshot account) {
        return RuleBook.assessNumbers(setup, RiskPolicy.defaults(), account);
    }

    private static TradeSetup.Builder micro() {
        return TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .target(Target.of("75000", "1"));
    }

    @Test
    @DisplayName("Scale-in: 70,000 × 5 then 68,000 × 5, stop 67,500 at 30×: entry 1 alone liquidates at 68,016.7")
    void liquidationIsCheckedAfterEachLegFills() {
        TradeSetup setup = micro().entries(List.of(EntryLeg.limit("70000", "5"), EntryLeg.limit("68000", "5")))
                .stop("67500").leverage("30").build();
        PlanAssessment result = assess(setup, AccountSnapshot.of("Main", "50000", "0"));

        // Average 69,000 at 30× would liquidate at 69,000 × (1 − 1/30 + 0.005) = 67,045 — below the stop. But the
        // first leg fills alone first: 70,000 × (1 − 1/30 + 0.005) = 68,016.67 → 68,016.7, above the stop.
        List<LegLiquidation> path = result.sizing().exchange().liquidationPath();
        assertThat(path).extracting(LegLiquidation::leg).containsExactly(1, 2);
        assertThat(path.get(0).price()).isEqualByComparingTo("68016.7");
        assertThat(path.get(1).price()).isEqualByComparingTo("67045");
        RuleResult rule = result.result(Rule.STOP_BEFORE_LIQUIDATION);
        assertThat(rule.passed()).isFalse();
        assertThat(rule.message()).startsWith("After entry 1 fills (5 contracts, average 70,000), liquidation ≈ 68,016.7")
                .contains("the position would be liquidated before the stop fills");
    }

    @Test
    void thePathFollowsThePriceTowardsTheStopWhateverOrderTheLegsAreListedIn() {
        TradeSetup setup = micro().entries(List.of(EntryLeg.limit("68000", "5"), EntryLeg.limit("70000", "5")))
                .stop("67500").leverage("30").build();
        List<LegLiquidation> path = assess(setup, AccountSnapshot.of("Main", "50000", "0")).sizing().exchange()
                .liquidationPath();

        assertThat(path).extracting(LegLiquidation::leg).containsExactly(2, 1);
        assertThat(path.get(0).price()).isEqualByComparingTo("68016.7");
    }

    @Test
    @DisplayName("A stop one tick inside the liquidation (69,580.1 at 100×) fails the 1.5× buffer, with both distances")
    void theBufferRefusesAStopJustInsideLiquidation() {
        TradeSetup setup = micro().entry(EntryLeg.limit("70000")).stop("69580.1").leverage("100").contracts(BigDecimal.ONE)
                .build();
        RuleResult rule = assess(setup, FIVE_THOUSAND).result(Rule.STOP_BEFORE_LIQUIDATION);

        // 100×, MMR 0.5 %: 70,000 × 0.995 = 69,650 → 350 from the entry; the stop is 419.9 away: 0.83×.
        assertThat(rule.passed()).isFalse();
        assertThat(rule.message()).isEqualTo("Liquidation ≈ 69,650 (Bybit formula) is 350 from the entry 70,000 and "
                + "the stop 69,580.1 is 419.9: the position would be liquidated before the stop fills; lower the "
                + "leverage or move the stop closer");
    }

    @Test
    void aStopBeforeLiquidationButInsideTheBufferFailsAndSaysByHowMuch() {
        // 20×: 70,000 × (1 − 0.05 + 0.005) = 66,850, 3,150 away; a stop 2,500 away is only 1.26× → below 1.5×.
        TradeSetup setup = micro().entry(EntryLeg.limit("70000")).stop("67500").leverage("20").contracts(BigDecimal.ONE)
                .build();
        RuleResult strict = assess(setup, FIVE_THOUSAND).result(Rule.STOP_BEFORE_LIQUIDATION);
        RuleResult noBuffer = RuleBook.assessNumbers(setup, RiskPolicy.defaults().withLiquidationBuffer(BigDecimal.ONE),
                FIVE_THOUSAND).result(Rule.STOP_BEFORE_LIQUIDATION);

        assertThat(strict.passed()).isFalse();
        assertThat(strict.message()).contains("3,150 from the entry 70,000 and the stop 67,500 is 2,500",
                "liquidation must be at least 1.5× as far as the stop (it is 1.26×)");
        assertThat(noBuffer.passed()).isTrue();
        assertThat(noBuffer.message()).contains("1.26×, at least 1× needed");
    }

    @Test
    @DisplayName("The issue's case: 2,000,000 equity, BTCUSDT 70,000 / 66,900 at 20× is refused (Binance liquidation 66,968)")
    void binanceTieredLiquidationRefusesAStopBelowIt() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.bySymbol("BTCUSDT").orElseThrow())
                .entry(EntryLeg.limit("70000")).stop("66900").leverage("20").target(Target.of("80000", "1")).feesOff()
                .build();
        PlanAssessment result = assess(setup, AccountSnapshot.of("Main", "2000000", "0"));

        // 20,000 budget / 3,100 = 6.451 BTC, 451,570 notional: the 250 k – 1 M bracket (MMR 1 %, amount 1,300).
        // LP = (451,570 − 22,578.5 − 1,300) / (6.451 × 0.99) = 66,968.15… → 66,968.2, above the 66,900 stop.
        assertThat(result.sizing().contracts()).isEqualByComparingTo("6.451");
        assertThat(result.sizing().liquidationPrice()).isEqualByComparingTo("66968.2");
        assertThat(result.result(Rule.STOP_BEFORE_LIQUIDATION).passed()).isFalse();
        assertThat(result.allowsReady()).isFalse();
    }

    @Test
    @DisplayName("125× on a 700,000 position is refused: that Binance bracket allows at most 50×")
    void leverageAboveTheTiersMaximumIsRefusedNamingTheLargestAllowed() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BINANCE_BTCUSDT).entry(EntryLeg.limit("70000"))
                .stop("69900").leverage("125").contracts(dec("10")).target(Target.of("71000", "1")).build();
        PlanAssessment result = assess(setup, AccountSnapshot.of("Main", "10000000", "0"));

        RuleResult rule = result.result(Rule.LEVERAGE_FOR_SIZE);
        assertThat(result.result(Rule.LEVERAGE_LIMIT).passed()).isTrue();
        assertThat(result.sizing().exchange().maxLeverageAllowed()).isEqualByComparingTo("50");
        assertThat(rule.passed()).isFalse();
        assertThat(rule.message()).isEqualTo("Leverage 125× is above the 50× the exchange allows for a position of "
                + "700,000.00 USDT (the tier up to 1,000,000.00 USDT): use at most 50×");
    }

    @Test
    void aPositionBeyondTheLastTierIsRefused() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BYBIT_BTCUSDT).entry(EntryLeg.limit("70000"))
                .stop("69000").leverage("1").contracts(dec("2000")).target(Target.of("71000", "1")).build();
        RuleResult rule = assess(setup, AccountSnapshot.of("Main", "1000000000", "0")).result(Rule.LEVERAGE_FOR_SIZE);

        assertThat(rule.passed()).isFalse();
        assertThat(rule.message()).contains("140,000,000.00 USDT", "last tier ends at 80,000,000.00 USDT");
    }

    @Test
    void feesFollowTheOrderTypeAndTheStopPaysTaker() {
        // Binance: maker 0.02 %, taker 0.05 %. 1 BTC limit at 70,000: 14.00 in; stop at 69,000: 34.50 out.
        TradeSetup limit = TradeSetup.builder().contract(ContractPresets.BINANCE_BTCUSDT)
                .entry(new EntryLeg(OrderType.LIMIT, dec("70000"), BigDecimal.ONE)).stop("69000").leverage("5").build();
        TradeSetup market = limit.toBuilder().entries(List.of(new EntryLeg(OrderType.MARKET, dec("70000"),
                BigDecimal.ONE))).build();
        ExchangeFigures byLimit = PositionSizer.size(limit, RiskPolicy.defaults(),
                AccountSnapshot.of("Main", "1000000", "0")).exchange();
        ExchangeFigures byMarket = PositionSizer.size(market, RiskPolicy.defaults(),
                AccountSnapshot.of("Main", "1000000", "0")).exchange();

        assertThat(byLimit.entryFees()).isEqualByComparingTo("14.00");
        assertThat(byLimit.exitFeesAtStop()).isEqualByComparingTo("34.50");
        assertThat(byMarket.entryFees()).isEqualByComparingTo("35.00");
    }

    @Test
    @DisplayName("The README's old headline risked 1.08 %: with 0.05 % each side the 7 contracts risk $53.88")
    void feesBothSidesCountInTheRiskCap() {
        TradeSetup setup = micro().entry(EntryLeg.limit("70000")).stop("69300").leverage("10")
                .entryFeeRate(dec("0.0005")).exitFeeRate(dec("0.0005")).contracts(dec("7")).build();
        PlanAssessment result = assess(setup, FIVE_THOUSAND);

        assertThat(result.sizing().riskAmount()).isEqualByComparingTo("53.88");
        assertThat(result.result(Rule.RISK_CAP).passed()).isFalse();
        assertThat(result.sizing().maxContracts()).isEqualByComparingTo("6");
    }

    @Test
    void rewardRiskIsNetToNet() {
        TradeSetup setup = micro().entry(EntryLeg.limit("70000")).stop("69300").leverage("10")
                .targets(List.of(Target.of("72100", "1"))).contracts(dec("6")).build();

        // reward 6 × 2,100 × 0.01 = 126.00 − 0.84 maker in − 0.02 % maker at 72,100 (0.8652) = 124.2948;
        // risk 6 × (7.00 + 0.14 + 0.3465) = 44.92 → 2.76 (2.80 gross)
        assertThat(assess(setup, FIVE_THOUSAND).sizing().rewardRiskRatio()).isEqualByComparingTo("2.76");
    }

    @Test
    void fundingPaidCountsInTheRiskButFundingReceivedNever() {
        TradeSetup paying = micro().entry(EntryLeg.limit("70000")).stop("69300").leverage("10").feesOff()
                .fundingRate(dec("0.0001")).holdingHours(dec("24")).contracts(dec("6")).build();
        TradeSetup receiving = paying.toBuilder().direction(Direction.SHORT).stop("70700")
                .targets(List.of(Target.of("68000", "1"))).build();

        // 6 × (700 + 3 × 0.01 % × 70,000) × 0.01 = 42.00 + 1.26
        assertThat(assess(paying, FIVE_THOUSAND).sizing().riskAmount()).isEqualByComparingTo("43.26");
        assertThat(assess(receiving, FIVE_THOUSAND).sizing().riskAmount()).isEqualByComparingTo("42.00");
        assertThat(RuleBook.assessNumbers(paying, RiskPolicy.defaults().withFundingInRisk(false), FIVE_THOUSAND)
                .sizing().riskAmount()).isEqualByComparingTo("42.00");
    }

    @Test
    void aFundingIntervalOfFourHoursPaysTwiceAsOften() {
        TradeSetup eightHours = micro().entry(EntryLeg.limit("70000")).stop("69300").leverage("10").feesOff()
                .fundingRate(dec("0.0001")).holdingHours(dec("24")).contracts(dec("6")).build();
        TradeSetup fourHours = eightHours.toBuilder()
                .contract(ContractPresets.BTC_MICRO_001.toBuilder().fundingIntervalHours(4).build()).build();

        assertThat(assess(eightHours, FIVE_THOUSAND).sizing().fundingIntervals()).isEqualTo(3);
        assertThat(assess(fourHours, FIVE_THOUSAND).sizing().fundingIntervals()).isEqualTo(6);
        assertThat(assess(fourHours, FIVE_THOUSAND).sizing().fundingCost()).isEqualByComparingTo("2.52");
    }

    @Test
    void offTickPricesAreRefusedNamingTheNearestTicks() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.CME_MICRO_BITCOIN).entry(EntryLeg.limit("70003"))
                .stop("66500").target(Target.of("77000", "1")).build();
        RuleResult rule = assess(setup, AccountSnapshot.of("Main", "100000", "0")).result(Rule.PRICE_ON_TICK);

        assertThat(rule.passed()).isFalse();
        assertThat(rule.message()).isEqualTo("Entry 1 price: 70,003 is not on the 5 tick: the nearest prices are "
                + "70,000 and 70,005");
    }

    @Test
    void anEntryLegBelowTheMinimumOrderBlocksWithTheNumbers() {
        // 3 legs share 2 contracts of the 0.01 micro: the leg farthest from the stop gets none.
        TradeSetup split = micro().entries(List.of(EntryLeg.limit("70000"), EntryLeg.limit("69800"),
                EntryLeg.limit("69600"))).stop("69300").leverage("10").contracts(dec("2")).build();
        RuleResult rule = assess(split, FIVE_THOUSAND).result(Rule.ORDER_MINIMUM);

        assertThat(rule.passed()).isFalse();
        assertThat(rule.message()).isEqualTo("Entry 1: 0 contracts ($0.00) is below the exchange's minimum order of "
                + "1 contract: use fewer entries or a larger size");
    }

    @Test
    void anOrderBelowTheMinimumNotionalBlocks() {
        // Bybit BTCUSDT: at least 100 USDT an order; 0.001 BTC at 70,000 is 70 USDT.
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BYBIT_BTCUSDT).entry(EntryLeg.limit("70000"))
                .stop("69000").leverage("5").contracts(dec("0.001")).target(Target.of("72000", "1")).build();
        RuleResult rule = assess(setup, FIVE_THOUSAND).result(Rule.ORDER_MINIMUM);

        assertThat(rule.passed()).isFalse();
        assertThat(rule.message()).isEqualTo("The entry: 0.001 contracts (70.00 USDT) is below the exchange's minimum "
                + "order of 0.001 contracts and 100.00 USDT");
    }
}
