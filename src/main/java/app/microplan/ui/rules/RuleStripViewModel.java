package app.microplan.ui.rules;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.RuleResult;
import app.microplan.ui.plan.PlanViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * What the rule strip says about the selected plan: the verdict ("Not ready — 2 things to fix:") and the reasons
 * under it, blocking ones first, then the warnings. Made here, where a test without a window reads it;
 * {@link RuleStripView} only lays it out.
 */
public final class RuleStripViewModel {
    /** One line under the verdict. */
    public record Reason(String text, boolean blocking) {
    }

    private final PlanViewModel plan;
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ObservableList<Reason> reasons = FXCollections.observableArrayList();
    private final ObservableList<Reason> reasonsView = FXCollections.unmodifiableObservableList(reasons);

    public RuleStripViewModel(PlanViewModel plan) {
        this.plan = plan;
        update();
        plan.statusProperty().addListener((obs, old, now) -> update());
        plan.canMarkReadyProperty().addListener((obs, old, now) -> update());
        plan.readyBlockers().addListener((ListChangeListener<String>) c -> update());
        plan.rules().addListener((ListChangeListener<RuleResult>) c -> update());
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public String getVerdict() {
        return verdict.get();
    }

    public ObservableList<Reason> reasons() {
        return reasonsView;
    }

    private void update() {
        verdict.set(verdictText());
        List<Reason> lines = new ArrayList<>();
        if (plan.getStatus() == PlanStatus.DRAFT) {
            plan.readyBlockers().forEach(text -> lines.add(new Reason(text, true)));
        }
        plan.getAssessment().failedWarnings().forEach(w -> lines.add(new Reason("Warning: " + w.message(), false)));
        if (!lines.equals(reasons)) {
            reasons.setAll(lines);
        }
    }

    private String verdictText() {
        PlanStatus status = plan.getStatus();
        if (status != PlanStatus.DRAFT) {
            return status == PlanStatus.READY ? "Ready: every blocking rule holds." : "This plan is "
                    + status.label().toLowerCase() + "; its numbers are frozen.";
        }
        if (plan.readyBlockers().isEmpty()) {
            return "Every blocking rule holds: the plan can be marked ready.";
        }
        int count = plan.readyBlockers().size();
        return "Not ready — " + count + (count == 1 ? " thing" : " things") + " to fix:";
    }
}
