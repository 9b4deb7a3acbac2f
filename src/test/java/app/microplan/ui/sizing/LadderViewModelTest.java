package app.microplan.ui.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.LadderLevel;
import app.microplan.domain.PlanStatus;
import app.microplan.ui.PlanModels;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.plan.PlanViewModel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The ladder, breakeven and return target of worked example 1 with 0.05 % fees in and out, without a window. */
class LadderViewModelTest {

    private static PlanViewModel withFees() {
        PlanViewModel plan = PlanModels.example1(PlanStatus.DRAFT, "0");
        plan.setup().entryFeePercent().setText("0.05");
        plan.setup().exitFeePercent().setText("0.05");
        return plan;
    }

    private static LadderViewModel.Line line(LadderViewModel ladder, LadderLevel kind) {
        return ladder.lines().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theStopRowReadsTheRiskAndTheBreakevenRowZero() {
        PlanViewModel plan = withFees();
        LadderViewModel ladder = new LadderViewModel(plan, new BindingScope());

        assertThat(plan.getSizing().riskAmount()).isEqualByComparingTo("46.18");
        assertThat(line(ladder, LadderLevel.STOP).text().netPnl()).isEqualTo("−$46.18");
        assertThat(line(ladder, LadderLevel.STOP).text().r()).isEqualTo("-1.00");
        assertThat(line(ladder, LadderLevel.BREAKEVEN).text().price()).isEqualTo("70,070.04");
        assertThat(line(ladder, LadderLevel.BREAKEVEN).text().netPnl()).isEqualTo("$0.00");
        assertThat(line(ladder, LadderLevel.LIQUIDATION).text().marginRatio()).isEqualTo("100.00 %");
        assertThat(LadderViewModel.breakevenText(plan.getPlan(), plan.getSizing()))
                .isEqualTo("70,070.04 (fees of both sides)");
    }

    @Test
    void theLadderFollowsAnEdit() {
        PlanViewModel plan = withFees();
        LadderViewModel ladder = new LadderViewModel(plan, new BindingScope());

        plan.setup().stop().setText("69000");

        assertThat(line(ladder, LadderLevel.STOP).text().price()).isEqualTo("69,000");
        assertThat(line(ladder, LadderLevel.STOP).text().netPnl())
                .isEqualTo("−$" + plan.getSizing().riskAmount().toPlainString());
    }

    @Test
    void aLevelOfOnesOwnGoesOnTheLadderAndAnAbsurdOneIsRefusedInWords() {
        LadderViewModel ladder = new LadderViewModel(withFees(), new BindingScope());
        int before = ladder.lines().size();

        ladder.level().setText("71000");
        ladder.addLevel();
        assertThat(ladder.lines()).hasSize(before + 1);
        assertThat(line(ladder, LadderLevel.EXTRA).text().label()).isEqualTo("Your level");
        assertThat(ladder.level().getText()).isEmpty();

        ladder.level().setText("9000000");
        ladder.addLevel();
        assertThat(ladder.levelErrorProperty().get()).contains("more than ten times away from the average entry");
        assertThat(ladder.lines()).hasSize(before + 1);

        ladder.clearLevels();
        assertThat(ladder.lines()).hasSize(before);
    }

    @Test
    void fiftyPercentOnMarginIsAddedAsATakeProfitInOneClick() {
        PlanViewModel plan = withFees();
        LadderViewModel ladder = new LadderViewModel(plan, new BindingScope());

        ladder.wantedReturn().setText("50");

        assertThat(ladder.targetTextProperty().get()).startsWith("73,571.79 — $");
        assertThat(ladder.canAddTargetProperty().get()).isTrue();
        int targets = plan.getPlan().setup().targets().size();
        ladder.addTargetAsTakeProfit();
        assertThat(plan.getPlan().setup().targets()).hasSize(targets + 1);
        assertThat(plan.getPlan().setup().targets().get(targets).price()).isEqualByComparingTo(new BigDecimal("73571.8"));
    }

    @Test
    void twoRAsksForTwiceTheRisk() {
        LadderViewModel ladder = new LadderViewModel(withFees(), new BindingScope());

        ladder.basisProperty().set(LadderViewModel.ReturnBasis.IN_R);
        ladder.wantedReturn().setText("2");

        assertThat(ladder.targetTextProperty().get()).isEqualTo("71,610.14 — $92.36 net, take-profit at 71,610.2");
    }
}
