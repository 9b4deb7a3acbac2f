package app.microplan.ui.gauge;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.PositionSizer;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.TradeSetup;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MarginReadingTest {
    private static TradeSetup example1(String contracts) {
        return TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("10")
                .contracts(contracts == null ? null : new BigDecimal(contracts)).build();
    }

    private static MarginReading read(TradeSetup setup, String otherMargin) {
        AccountSnapshot account = AccountSnapshot.of("Main", "5000", otherMargin);
        return MarginReading.of(PositionSizer.size(setup, RiskPolicy.defaults(), account), RiskPolicy.defaults(), account);
    }

    @Test
    void example7IsRedWithTheSplitInWords() {
        MarginReading reading = read(example1("1"), "450");

        assertThat(reading.zone()).isEqualTo(MarginZone.DANGER);
        assertThat(reading.percentText()).isEqualTo("10.40 %");
        assertThat(reading.splitText()).isEqualTo("This plan $70.00 + other plans $450.00 of $5,000.00 equity = "
                + "10.40 %, not under the 10.00 % cap");
        assertThat(reading.thisPlanShare()).isEqualByComparingTo("0.014");
        assertThat(reading.otherPlansShare()).isEqualByComparingTo("0.09");
    }

    @Test
    void example1AtNinePointEightPercentIsAmberJustUnderTheCap() {
        MarginReading reading = read(example1(null), "0");

        assertThat(reading.zone()).isEqualTo(MarginZone.CAUTION);
        assertThat(reading.percentText()).isEqualTo("9.80 %");
    }

    @Test
    void aSmallPositionIsGreen() {
        assertThat(read(example1("2"), "0").zone()).isEqualTo(MarginZone.SAFE);
    }

    @Test
    void anUnsizedPlanShowsTheOtherPlansAlone() {
        TradeSetup noStop = example1(null).toBuilder().stop((BigDecimal) null).build();

        MarginReading reading = read(noStop, "450");

        assertThat(reading.percentText()).isEqualTo("9.00 %");
        assertThat(reading.splitText()).startsWith("This plan (not sized yet) + other plans $450.00");
    }
}
