package app.microplan.ui.gauge;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.PlanModels;
import org.junit.jupiter.api.Test;

/** The gauge's reading in words for the selected plan, without a window. */
class MarginGaugeViewModelTest {

    @Test
    void example1UsesJustUnderTheCapAndSaysSo() {
        MarginReading reading = new MarginGaugeViewModel(PlanModels.example1(PlanStatus.DRAFT, "0")).getReading();

        assertThat(reading.percentText()).isEqualTo("9.80 %");
        assertThat(reading.capText()).isEqualTo("cap 10.00 %");
        assertThat(reading.zone()).isEqualTo(MarginZone.CAUTION);
        assertThat(reading.splitText()).isEqualTo("This plan $490.00 + other plans $0.00 of $5,000.00 equity = "
                + "9.80 %, under the 10.00 % cap");
        assertThat(reading.accessibleText()).isEqualTo("Margin utilization 9.80 %: This plan $490.00 + other plans"
                + " $0.00 of $5,000.00 equity = 9.80 %, under the 10.00 % cap");
    }

    @Test
    void otherPlansMarginCountsTowardsTheReading() {
        MarginReading reading = new MarginGaugeViewModel(PlanModels.example1(PlanStatus.DRAFT, "450")).getReading();

        assertThat(reading.splitText()).contains("other plans $450.00");
        assertThat(reading.otherPlansShare()).isEqualByComparingTo("0.09");
    }
}
