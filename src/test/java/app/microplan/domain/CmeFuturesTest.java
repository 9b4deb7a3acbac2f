package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CME Micro Bitcoin and Micro Ether: dated futures with dollar margin, a fee per contract, no funding, no liquidation. */
class CmeFuturesTest {

    private static TradeSetup mbt(String entry, String stop) {
        return TradeSetup.builder().contract(ContractPresets.CME_MICRO_BITCOIN).entry(EntryLeg.limit(entry)).stop(stop)
                .target(Target.of("77000", "1")).build();
    }

    @Test
    @DisplayName("MBT at 70,000 with a 3,500 stop at $2,800 margin a contract is sizeable and has no liquidation rule")
    void microBitcoinWithDollarMargin() {
        PlanAssessment result = RuleBook.assessNumbers(mbt("70000", "66500"), RiskPolicy.defaults(),
                AccountSnapshot.of("Main", "100000", "0"));
        SizingResult sizing = result.sizing();

        // 3,500 × 0.1 = 350 a contract + $2.50 each side = 355; $1,000 budget → 2 contracts, $710 at risk.
        assertThat(sizing.riskPerContract()).isEqualByComparingTo("355");
        assertThat(sizing.contracts()).isEqualByComparingTo("2");
        assertThat(sizing.riskAmount()).isEqualByComparingTo("710.00");
        assertThat(sizing.initialMargin()).isEqualByComparingTo("5600");
        assertThat(sizing.marginUtilization()).isEqualByComparingTo("0.056");
        assertThat(sizing.exchange().maintenanceMargin()).isEqualByComparingTo("5100");
        assertThat(sizing.liquidationPrice()).isNull();
        assertThat(sizing.exchange().convention()).isEqualTo(LiquidationConvention.CME);
        assertThat(result.rules()).extracting(RuleResult::rule).doesNotContain(Rule.STOP_BEFORE_LIQUIDATION,
                Rule.LEVERAGE_LIMIT, Rule.HIGH_LEVERAGE, Rule.LEVERAGE_FOR_SIZE, Rule.FUNDING_COST);
        assertThat(result.allowsReady()).isTrue();
        assertThat(LiquidationText.of(sizing)).isEqualTo("none (CME futures have no liquidation price)");
    }

    @Test
    void theMarginCapCountsTheDollarsPerContract() {
        // $10,000 equity, 10 % cap: $1,000 room over $2,800 a contract → none fit.
        SizingResult sizing = PositionSizer.size(mbt("70000", "69000"), RiskPolicy.defaults().withRiskCap(
                new BigDecimal("0.02")), AccountSnapshot.of("Main", "10000", "0"));

        assertThat(sizing.maxContractsByMargin()).isEqualByComparingTo("0");
        assertThat(sizing.sizeExplanation()).contains("margin cap allows 0 at $2,800.00 a contract");
    }

    @Test
    void monthCodesMapToThePreset() {
        assertThat(CmeMonths.parse("MBTZ5")).contains(new CmeMonths("MBT", YearMonth.of(2025, 12)));
        assertThat(CmeMonths.parse("METH6")).contains(new CmeMonths("MET", YearMonth.of(2026, 3)));
        assertThat(CmeMonths.parse("BTCUSDT")).isEmpty();

        ContractSpec december = ContractPresets.bySymbol("mbtz5").orElseThrow();
        assertThat(december.symbol()).isEqualTo("MBTZ5");
        assertThat(december.name()).isEqualTo("CME Micro Bitcoin (0.1 BTC), Dec 2025");
        assertThat(december.isSameContractAs(ContractPresets.CME_MICRO_BITCOIN)).isFalse();
        assertThat(december.initialMarginPerContract()).isEqualByComparingTo("2800");
        assertThat(ContractPresets.bySymbol("METH6").orElseThrow().tickValue()).isEqualByComparingTo("0.05");
        assertThat(ContractPresets.bySymbol("XYZZ5")).isEmpty();
    }
}
