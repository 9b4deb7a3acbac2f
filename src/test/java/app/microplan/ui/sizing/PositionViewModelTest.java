package app.microplan.ui.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.PlanModels;
import app.microplan.ui.plan.PlanViewModel;
import org.junit.jupiter.api.Test;

/** The position panel's figures for worked example 1, as the trader reads them, without a window. */
class PositionViewModelTest {

    @Test
    void example1ReadsSevenContractsRisking49DollarsOrUnderOnePercent() {
        PositionViewModel position = new PositionViewModel(PlanModels.example1(PlanStatus.DRAFT, "0"));

        PositionFigures figures = position.getFigures();
        assertThat(figures.size()).isEqualTo("7 contracts");
        assertThat(figures.largestSize()).isEqualTo("7 contracts (both caps)");
        assertThat(figures.riskAmount()).isEqualTo("$49.00");
        assertThat(figures.riskPercent()).isEqualTo("0.98 % of equity");
        assertThat(figures.margin()).isEqualTo("$490.00 at 10×");
        assertThat(figures.notional()).isEqualTo("$4,900.00");
    }

    @Test
    void theFiguresFollowAnEdit() {
        PlanViewModel plan = PlanModels.example1(PlanStatus.DRAFT, "0");
        PositionViewModel position = new PositionViewModel(plan);

        plan.setup().contracts().setText("10");

        assertThat(position.getFigures().size()).isEqualTo("10 contracts");
        assertThat(position.getFigures().riskAmount()).isEqualTo("$70.00");
        assertThat(position.getFigures().riskPercent()).isEqualTo("1.40 % of equity");
    }
}
