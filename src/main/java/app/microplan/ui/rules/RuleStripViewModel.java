package app.microplan.ui.rules;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.ReasonText;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.Rule;
import app.microplan.domain.RuleResult;
import app.microplan.ui.plan.OverrideText;
import app.microplan.ui.plan.PlanHeaderView;
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
    /** What a line under the verdict is, which decides its look and the action beside it. */
    public enum Kind { BACK_TO_DRAFT, BLOCKING, OVERRIDE_OFFER, OVERRIDDEN, WARNING }

    /**
     * One line under the verdict.
     *
     * @param rule the account rule an override line is about, else null
     */
    public record Reason(String text, Kind kind, Rule rule) {
        Reason(String text, Kind kind) {
            this(text, kind, null);
        }

        /** The line keeps the plan from being ready. */
        public boolean blocking() {
            return kind == Kind.BLOCKING || kind == Kind.BACK_TO_DRAFT;
        }
    }

    private final PlanViewModel plan;
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper accessibleVerdict = new ReadOnlyStringWrapper(this, "accessibleVerdict", "");
    private final ObservableList<Reason> reasons = FXCollections.observableArrayList();
    private final ObservableList<Reason> reasonsView = FXCollections.unmodifiableObservableList(reasons);
    /*
     * The plan model hands out read-only views of its lists, which hold their listeners weakly: kept here, or the
     * garbage collector takes them with the listeners and the reasons go stale.
     */
    private final ObservableList<String> blockers;
    private final ObservableList<RuleResult> rules;

    public RuleStripViewModel(PlanViewModel plan) {
        this.plan = plan;
        this.blockers = plan.readyBlockers();
        this.rules = plan.rules();
        update();
        plan.statusProperty().addListener((obs, old, now) -> update());
        plan.canMarkReadyProperty().addListener((obs, old, now) -> update());
        blockers.addListener((ListChangeListener<String>) c -> update());
        rules.addListener((ListChangeListener<RuleResult>) c -> update());
        plan.backToDraftReasonProperty().addListener((obs, old, now) -> update());
        plan.overrideErrorProperty().addListener((obs, old, now) -> update());
    }

    /** The override line's action: "Override…" offers one, "Withdraw" takes a kept one back, else none. */
    public String actionOf(Reason reason) {
        return switch (reason.kind()) {
            case OVERRIDE_OFFER -> Messages.text("rules.override");
            case OVERRIDDEN -> plan.isEditable() ? Messages.text("rules.withdraw") : null;
            default -> null;
        };
    }

    /** The question the override dialog asks for this line's rule. */
    public String overrideQuestion(Reason reason) {
        return OverrideText.question(plan.getAssessment().result(reason.rule()));
    }

    public void override(Reason reason, String why) {
        plan.override(reason.rule(), why);
    }

    public void withdrawOverride(Reason reason) {
        plan.withdrawOverride(reason.rule());
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public String getVerdict() {
        return verdict.get();
    }

    /**
     * What a screen reader says for the verdict: the verdict with the things to fix read out after it ("Not ready —
     * 2 things to fix: Risk …; Margin …"), as the eye reads the lines under it.
     */
    public ReadOnlyStringProperty accessibleVerdictProperty() {
        return accessibleVerdict.getReadOnlyProperty();
    }

    public String getAccessibleVerdict() {
        return accessibleVerdict.get();
    }

    public ObservableList<Reason> reasons() {
        return reasonsView;
    }

    private void update() {
        verdict.set(verdictText());
        List<Reason> lines = new ArrayList<>();
        if (plan.getStatus() == PlanStatus.DRAFT) {
            if (!plan.getBackToDraftReason().isEmpty()) {
                lines.add(new Reason(plan.getBackToDraftReason(), Kind.BACK_TO_DRAFT));
            }
            blockers.forEach(text -> lines.add(new Reason(text, Kind.BLOCKING)));
        }
        for (RuleResult result : rules) {
            if (plan.canOverride(result)) {
                lines.add(new Reason(OverrideText.offer(result), Kind.OVERRIDE_OFFER, result.rule()));
            } else if (result.isOverridden()) {
                lines.add(new Reason(OverrideText.kept(result), Kind.OVERRIDDEN, result.rule()));
            }
        }
        if (!plan.overrideErrorProperty().get().isEmpty()) {
            lines.add(new Reason(plan.overrideErrorProperty().get(), Kind.BLOCKING));
        }
        plan.getAssessment().failedWarnings().forEach(w -> lines.add(new Reason(
                Messages.text("rules.warning", ReasonText.of(w)),
                Kind.WARNING)));
        if (!lines.equals(reasons)) {
            reasons.setAll(lines);
        }
        List<String> toFix = lines.stream().filter(Reason::blocking).map(Reason::text).toList();
        accessibleVerdict.set(toFix.isEmpty() ? verdict.get() : verdict.get() + " " + String.join("; ", toFix));
    }

    private String verdictText() {
        PlanStatus status = plan.getStatus();
        if (status != PlanStatus.DRAFT) {
            return status == PlanStatus.READY ? Messages.text("rules.ready")
                    : Messages.text("rules.frozen", PlanHeaderView.statusText(status)
                    .toLowerCase(Messages.current().textLocale()));
        }
        if (plan.readyBlockers().isEmpty()) {
            return Messages.text("rules.canBeReady");
        }
        int count = plan.readyBlockers().size();
        return Messages.text("rules.notReady", count);
    }
}
