package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBookTest {
    private static final AccountSnapshot ACCOUNT = AccountSnapshot.of("Main", "5000", "0");

    private static TradeSetup.Builder seed() {
        return TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("10").target(Target.of("72100", "1")).feesOff();
    }

    private static PlanAssessment assess(TradeSetup setup) {
        return RuleBook.assessNumbers(setup, RiskPolicy.defaults(), ACCOUNT);
    }

    @Test
    void theSeedTradePassesEveryNumericRuleWithTheNumbersInTheMessages() {
        PlanAssessment result = assess(seed().build());

        assertThat(result.allowsReady()).isTrue();
        assertThat(result.result(Rule.RISK_CAP).message()).isEqualTo("Risk $49.00 is 0.98 % of equity, within the 1.00 % cap");
        assertThat(result.result(Rule.MARGIN_CAP).message()).contains("9.80 %", "$490.00");
        assertThat(result.result(Rule.REWARD_RISK).message()).isEqualTo("Reward:risk 3.00 is at least 1.5");
    }

    @Test
    void aStopOnTheProfitSideBlocksAndSaysWhere() {
        RuleResult stop = assess(seed().stop("70500").build()).result(Rule.STOP_SIDE);

        assertThat(stop.passed()).isFalse();
        assertThat(stop.message()).isEqualTo("Stop 70,500 is not below the entry 70,000: a long's stop must be below every entry");
        assertThat(assess(seed().stop("70500").build()).result(Rule.POSITION_SIZE).message())
                .isEqualTo("0 contracts: no size can be worked out while the stop is not on the loss side of the entry");
    }

    @Test
    void aShortNeedsItsStopAboveAndItsTargetBelow() {
        PlanAssessment result = assess(seed().direction(Direction.SHORT).stop("70700")
                .targets(List.of(Target.of("68600", "1"))).build());

        assertThat(result.result(Rule.STOP_SIDE).passed()).isTrue();
        assertThat(result.result(Rule.TAKE_PROFIT).passed()).isTrue();
        assertThat(result.sizing().contracts()).isEqualByComparingTo("7");
        assertThat(result.sizing().liquidationPrice()).isEqualByComparingTo("76650");
    }

    @Test
    void aTargetOnlyOnTheLossSideBlocks() {
        RuleResult target = assess(seed().targets(List.of(Target.of("69000", "1"))).build()).result(Rule.TAKE_PROFIT);

        assertThat(target.passed()).isFalse();
        assertThat(target.message()).isEqualTo("Target 69,000 is not above the average entry 70,000 and the stop"
                + " 69,300: every take-profit must be on the profit side");
    }

    @Test
    void warningsDoNotBlock() {
        PlanAssessment result = assess(seed().leverage("25").targets(List.of(Target.of("70700", "1"))).build());

        assertThat(result.result(Rule.HIGH_LEVERAGE).passed()).isFalse();
        assertThat(result.result(Rule.REWARD_RISK).passed()).isFalse();
        assertThat(result.failedWarnings()).hasSize(2);
        assertThat(result.allowsReady()).isTrue();
    }

    @Test
    void fundingAboveTenPercentOfTheRiskIsWarnedAbout() {
        // 7 contracts, $4,900 notional, 0.03 % per 8 h for 48 h = 6 intervals: $8.82, more than 10 % of the risk.
        PlanAssessment result = assess(seed().contracts(new BigDecimal("7")).fundingRate(new BigDecimal("0.0003"))
                .holdingHours(new BigDecimal("48")).build());

        assertThat(result.sizing().fundingIntervals()).isEqualTo(6);
        assertThat(result.sizing().fundingCost()).isEqualByComparingTo("8.82");
        assertThat(result.result(Rule.FUNDING_COST).passed()).isFalse();
    }

    @Test
    void shortsReceivePositiveFunding() {
        SizingResult sizing = assess(seed().direction(Direction.SHORT).stop("70700").targets(List.of(Target.of("68000", "1")))
                .fundingRate(new BigDecimal("0.0001")).holdingHours(new BigDecimal("8")).build()).sizing();

        assertThat(sizing.fundingCost()).isEqualByComparingTo("-0.49");
    }

    @Test
    void feesAreCountedInTheRiskPerContract() {
        // 7.00 price risk + 0.05 % × 70,000 × 0.01 in (0.35) + 0.05 % × 69,300 × 0.01 out (0.3465) = 7.6965
        SizingResult sizing = assess(seed().entryFeeRate(new BigDecimal("0.0005"))
                .exitFeeRate(new BigDecimal("0.0005")).build()).sizing();

        assertThat(sizing.riskPerContract()).isEqualByComparingTo("7.6965");
        assertThat(sizing.contracts()).isEqualByComparingTo("6");
        assertThat(sizing.riskAmount()).isEqualByComparingTo("46.18");
    }

    @Test
    void leverageAboveTheContractsMaximumBlocks() {
        RuleResult leverage = assess(seed().leverage("150").build()).result(Rule.LEVERAGE_LIMIT);

        assertThat(leverage.passed()).isFalse();
        assertThat(leverage.message()).isEqualTo("Leverage 150× is above the contract's 100× maximum");
    }

    @Test
    void anIncompleteSetupSaysWhatIsMissing() {
        PlanAssessment result = assess(TradeSetup.builder().build());

        assertThat(result.sizing().missing()).containsExactly("an entry price", "a stop price");
        assertThat(result.result(Rule.RISK_CAP).message()).isEqualTo("Enter an entry price and a stop price to size the position");
        assertThat(result.result(Rule.STOP_SIDE).message()).isEqualTo("Enter an entry price and a stop price to check the stop");
        assertThat(result.result(Rule.REWARD_RISK).message()).isEqualTo("No reward:risk yet: add a take-profit target");
        assertThat(result.allowsReady()).isFalse();
    }

    @Test
    void coinSizedContractsStepInThousandths() {
        SizingResult sizing = assess(seed().contract(ContractPresets.BINANCE_BTCUSDT).build()).sizing();

        // $50 budget / $700 a coin = 0.0714… → 0.071 BTC; margin at 10×: 0.071 × 70,000 / 10 = 497 < 500.
        assertThat(sizing.contracts()).isEqualByComparingTo("0.071");
        assertThat(sizing.riskAmount()).isEqualByComparingTo("49.70");
        assertThat(sizing.quoteCurrency()).isEqualTo("USDT");
    }

    @Test
    void cmeTicksAreWorthTheirPublishedValue() {
        assertThat(ContractPresets.CME_MICRO_BITCOIN.tickValue()).isEqualByComparingTo("0.50");
        assertThat(ContractPresets.CME_MICRO_ETHER.tickValue()).isEqualByComparingTo("0.05");
    }

    @Test
    void theWrittenPlanRuleNamesTheMissingSections() {
        RuleResult rule = RuleBook.writtenPlan(new WrittenPlan("thesis", "entry", " ", "", ""));

        assertThat(rule.passed()).isFalse();
        assertThat(rule.message()).isEqualTo("Write the exit strategy, risk-management rules before the plan can be ready");
    }
}
