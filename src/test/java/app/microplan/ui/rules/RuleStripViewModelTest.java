package app.microplan.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.PlanModels;
import app.microplan.ui.plan.PlanViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict and the reasons under it, in words, without a window. */
class RuleStripViewModelTest {

    @Test
    void aDraftThatKeepsEveryRuleCanBeMarkedReady() {
        RuleStripViewModel strip = new RuleStripViewModel(PlanModels.example1(PlanStatus.DRAFT, "0"));

        assertThat(strip.getVerdict()).isEqualTo("Every blocking rule holds: the plan can be marked ready.");
        assertThat(strip.reasons()).noneMatch(RuleStripViewModel.Reason::blocking);
    }

    @Test
    void tenContractsSayWhatToFixWithTheRiskInDollarsAndPercent() {
        PlanViewModel plan = PlanModels.example1(PlanStatus.DRAFT, "0");
        RuleStripViewModel strip = new RuleStripViewModel(plan);

        plan.setup().contracts().setText("10");

        assertThat(strip.getVerdict()).startsWith("Not ready — ").endsWith(" to fix:");
        assertThat(strip.reasons()).filteredOn(RuleStripViewModel.Reason::blocking)
                .anySatisfy(r -> assertThat(r.text()).contains("$70.00").contains("1.40 %"));
        int count = (int) strip.reasons().stream().filter(RuleStripViewModel.Reason::blocking).count();
        assertThat(strip.getVerdict()).isEqualTo("Not ready — " + count + (count == 1 ? " thing" : " things")
                + " to fix:");
    }

    @Test
    void aReadyPlanSaysSoAndAnOpenOneThatItsNumbersAreFrozen() {
        assertThat(new RuleStripViewModel(PlanModels.example1(PlanStatus.READY, "0")).getVerdict())
                .isEqualTo("Ready: every blocking rule holds.");
        assertThat(new RuleStripViewModel(PlanModels.example1(PlanStatus.CANCELLED, "0")).getVerdict())
                .isEqualTo("This plan is cancelled; its numbers are frozen.");
    }

    @Test
    void aScreenReaderHearsTheVerdictWithTheThingsToFix() {
        PlanViewModel plan = PlanModels.example1(PlanStatus.DRAFT, "0");
        RuleStripViewModel strip = new RuleStripViewModel(plan);
        assertThat(strip.getAccessibleVerdict()).isEqualTo("Every blocking rule holds: the plan can be marked ready.");

        plan.setup().contracts().setText("10");

        List<String> toFix = strip.reasons().stream().filter(RuleStripViewModel.Reason::blocking)
                .map(RuleStripViewModel.Reason::text).toList();
        assertThat(toFix).isNotEmpty();
        assertThat(strip.getAccessibleVerdict()).isEqualTo(strip.getVerdict() + " " + String.join("; ", toFix))
                .startsWith("Not ready — ").contains("$70.00");
        assertThat(new RuleStripViewModel(PlanModels.example1(PlanStatus.READY, "0")).getAccessibleVerdict())
                .isEqualTo("Ready: every blocking rule holds.");
    }
}
