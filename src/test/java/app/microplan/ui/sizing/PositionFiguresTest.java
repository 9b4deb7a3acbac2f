package app.microplan.ui.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.PositionSizer;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.Target;
import app.microplan.domain.TradeSetup;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PositionFiguresTest {
    private static PositionFigures figures(TradeSetup setup) {
        return PositionFigures.of(PositionSizer.size(setup, RiskPolicy.defaults(), AccountSnapshot.of("Main", "5000", "0")),
                setup.leverage());
    }

    private static TradeSetup example1() {
        return TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("10").target(Target.of("72100", "1")).build();
    }

    @Test
    void example1ReadsAsTheSourceMaterialSaysIt() {
        PositionFigures f = figures(example1());

        assertThat(f.size()).isEqualTo("7 contracts");
        assertThat(f.largestSize()).isEqualTo("7 contracts (both caps)");
        assertThat(f.riskAmount()).isEqualTo("$49.00");
        assertThat(f.riskPercent()).isEqualTo("0.98 % of equity");
        assertThat(f.notional()).isEqualTo("$4,900.00");
        assertThat(f.margin()).isEqualTo("$490.00 at 10×");
        assertThat(f.liquidation()).isEqualTo("≈ 63,350");
        assertThat(f.tickValue()).isEqualTo("$0.001 per contract");
        assertThat(f.rewardRisk()).isEqualTo("3.00 : 1");
    }

    @Test
    void oneContractIsSingular() {
        assertThat(figures(example1().toBuilder().contracts(BigDecimal.ONE).build()).size()).isEqualTo("1 contract");
    }

    @Test
    void anIncompleteSetupShowsDashesAndSaysWhatIsMissing() {
        PositionFigures f = figures(example1().toBuilder().stop((BigDecimal) null).build());

        assertThat(f.riskAmount()).isEqualTo("—");
        assertThat(f.explanation()).isEqualTo("Enter a stop price to size the position.");
    }

    @Test
    void fundingPaidByALongIsShownWithItsIntervals() {
        TradeSetup held = example1().toBuilder().fundingRate(new BigDecimal("0.0001")).holdingHours(new BigDecimal("24"))
                .build();

        assertThat(figures(held).funding()).isEqualTo("$1.47 paid · 3 intervals");
    }
}
