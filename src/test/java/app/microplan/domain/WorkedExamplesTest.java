package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The seven worked examples of docs/numbers.md, each exactly as written there: with fees off, as the design has them. */
class WorkedExamplesTest {

    private static final RiskPolicy ONE_PERCENT = RiskPolicy.defaults();
    private static final AccountSnapshot FIVE_THOUSAND = AccountSnapshot.of("Main", "5000", "0");

    private static TradeSetup.Builder btcLong(ContractSpec contract, String leverage) {
        return TradeSetup.builder().contract(contract).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage(leverage)
                .target(Target.of("72100", "1")).feesOff();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    @DisplayName("1. $5,000 at 1 %: 7 micros risk $49.00 (0.98 %), margin $490.00 is 9.80 % at 10x")
    void example1SevenMicroContracts() {
        PlanAssessment result = RuleBook.assessNumbers(btcLong(ContractPresets.BTC_MICRO_001, "10").build(),
                ONE_PERCENT, FIVE_THOUSAND);
        SizingResult sizing = result.sizing();

        assertThat(sizing.riskBudget()).isEqualByComparingTo("50.00");
        assertThat(sizing.riskPerContract()).isEqualByComparingTo("7.00");
        assertThat(sizing.maxContractsByRisk()).isEqualByComparingTo("7");
        assertThat(sizing.contracts()).isEqualByComparingTo("7");
        assertThat(sizing.riskAmount()).isEqualByComparingTo("49.00");
        assertThat(Decimals.percentUp(sizing.riskFraction())).isEqualByComparingTo("0.98");
        assertThat(sizing.initialMargin()).isEqualByComparingTo("490.00");
        assertThat(Decimals.percentUp(sizing.marginUtilization())).isEqualByComparingTo("9.80");
        assertThat(result.result(Rule.RISK_CAP).passed()).isTrue();
        assertThat(result.result(Rule.MARGIN_CAP).passed()).isTrue();
    }

    @Test
    @DisplayName("1. an 8th contract would break both caps; 10 contracts risk $70.00 (1.40 %) and are refused")
    void example1EighthAndTenthContractRefused() {
        PlanAssessment seven = RuleBook.assessNumbers(btcLong(ContractPresets.BTC_MICRO_001, "10").build(),
                ONE_PERCENT, FIVE_THOUSAND);
        assertThat(seven.sizing().maxContractsByMargin()).isEqualByComparingTo("7");
        assertThat(seven.sizing().bindingLimit()).isEqualTo(SizeLimit.BOTH);

        PlanAssessment eight = RuleBook.assessNumbers(btcLong(ContractPresets.BTC_MICRO_001, "10")
                .contracts(dec("8")).build(), ONE_PERCENT, FIVE_THOUSAND);
        assertThat(eight.result(Rule.RISK_CAP).passed()).isFalse();
        assertThat(eight.result(Rule.MARGIN_CAP).passed()).isFalse();

        PlanAssessment ten = RuleBook.assessNumbers(btcLong(ContractPresets.BTC_MICRO_001, "10")
                .contracts(dec("10")).build(), ONE_PERCENT, FIVE_THOUSAND);
        assertThat(ten.sizing().riskAmount()).isEqualByComparingTo("70.00");
        assertThat(ten.result(Rule.RISK_CAP).passed()).isFalse();
        assertThat(ten.result(Rule.RISK_CAP).message())
                .isEqualTo("Risk $70.00 is 1.40 % of equity, above the 1.00 % cap");
        assertThat(ten.allowsReady()).isFalse();
    }

    @Test
    @DisplayName("2. notional of one contract: 0.01 BTC $700.00, 0.001 BTC $70.00, 1 BTC $70,000.00")
    void example2NotionalPerContract() {
        assertThat(oneContract(ContractPresets.BTC_MICRO_001, "1").notional()).isEqualByComparingTo("700.00");
        assertThat(oneContract(ContractPresets.BTC_MICRO_0001, "1").notional()).isEqualByComparingTo("70.00");
        assertThat(oneContract(ContractPresets.BTC_STANDARD, "1").notional()).isEqualByComparingTo("70000.00");
    }

    @Test
    @DisplayName("3. at 10x: $700 notional needs $70.00 margin, $70,000 needs $7,000.00")
    void example3MarginAtTenTimes() {
        assertThat(oneContract(ContractPresets.BTC_MICRO_001, "10").initialMargin()).isEqualByComparingTo("70.00");
        assertThat(oneContract(ContractPresets.BTC_STANDARD, "10").initialMargin()).isEqualByComparingTo("7000.00");
    }

    @Test
    @DisplayName("4. the 1 BTC standard contract risks $700 > $50 budget: 0 contracts and the plan says why")
    void example4StandardContractTooLarge() {
        PlanAssessment result = RuleBook.assessNumbers(btcLong(ContractPresets.BTC_STANDARD, "10").build(),
                ONE_PERCENT, FIVE_THOUSAND);

        assertThat(result.sizing().riskPerContract()).isEqualByComparingTo("700");
        assertThat(result.sizing().maxContractsByRisk()).isEqualByComparingTo("0");
        assertThat(result.sizing().contracts()).isEqualByComparingTo("0");
        RuleResult size = result.result(Rule.POSITION_SIZE);
        assertThat(size.passed()).isFalse();
        assertThat(size.message()).contains("$700.00", "$50.00", "smaller contract");
        assertThat(result.sizing().sizeExplanation()).contains("smaller contract");
    }

    @Test
    @DisplayName("5. 100x: $100 margin controls $10,000; MMR 0.5 % long at 70,000 liquidates at 69,650, before the 69,300 stop")
    void example5HundredTimesLeverage() {
        TradeSetup setup = btcLong(ContractPresets.BTC_MICRO_001, "100").contracts(dec("1")).build();
        BigDecimal notional = dec("10000");
        assertThat(notional.divide(setup.leverage())).isEqualByComparingTo("100");
        assertThat(notional.multiply(dec("0.01"))).isEqualByComparingTo("100");

        PlanAssessment result = RuleBook.assessNumbers(setup, ONE_PERCENT, FIVE_THOUSAND);
        assertThat(result.sizing().liquidationPrice()).isEqualByComparingTo("69650");
        assertThat(result.result(Rule.STOP_BEFORE_LIQUIDATION).passed()).isFalse();
        assertThat(result.allowsReady()).isFalse();
    }

    @Test
    @DisplayName("5. the exchange's own example: long at 20,000, 50x, MMR 0.5 % liquidates at 19,700")
    void example5PublishedLiquidationExample() {
        assertThat(Liquidation.estimate(ContractPresets.BTC_STANDARD, Direction.LONG, dec("50"), BigDecimal.ONE,
                dec("20000"))).hasValueSatisfying(price -> assertThat(price).isEqualByComparingTo("19700"));
    }

    @Test
    @DisplayName("6. scaling in: 5 micros at 70,000 and 5 at 69,000 average 69,500 over 10 contracts")
    void example6ScalingIn() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entries(List.of(EntryLeg.limit("70000", "5"), EntryLeg.limit("69000", "5"))).stop("68000")
                .leverage("10").feesOff().build();
        SizingResult sizing = PositionSizer.size(setup, ONE_PERCENT, AccountSnapshot.of("Main", "50000", "0"));

        assertThat(sizing.contracts()).isEqualByComparingTo("10");
        assertThat(sizing.averageEntry()).isEqualByComparingTo("69500");
    }

    @Test
    @DisplayName("7. other plans hold $450, this plan needs $70 of $5,000: utilization 10.4 % is refused")
    void example7OtherPlansPushUtilizationOverTheCap() {
        TradeSetup setup = btcLong(ContractPresets.BTC_MICRO_001, "10").contracts(dec("1")).build();
        PlanAssessment result = RuleBook.assessNumbers(setup, ONE_PERCENT, AccountSnapshot.of("Main", "5000", "450"));

        assertThat(result.sizing().initialMargin()).isEqualByComparingTo("70");
        assertThat(result.sizing().marginUtilization()).isEqualByComparingTo("0.104");
        RuleResult margin = result.result(Rule.MARGIN_CAP);
        assertThat(margin.passed()).isFalse();
        assertThat(margin.message()).contains("10.40 %", "$70.00", "$450.00", "10.00 % cap");
        assertThat(result.sizing().maxContractsByMargin()).isEqualByComparingTo("0");
    }

    private static SizingResult oneContract(ContractSpec contract, String leverage) {
        TradeSetup setup = btcLong(contract, leverage).contracts(BigDecimal.ONE).build();
        return PositionSizer.size(setup, ONE_PERCENT, AccountSnapshot.of("Main", "1000000", "0"));
    }
}
