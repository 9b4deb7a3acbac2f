package app.microplan.ui.rules;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.RuleResult;
import app.microplan.domain.RuleState;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.Styling;
import app.microplan.ui.plan.OverrideText;
import app.microplan.ui.plan.PlanViewModel;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Every rule with its state, and the Mark ready action with the reasons it is refused written out beside it:
 * a trader must not have to hover to learn why.
 */
public final class RuleStripView extends VBox {
    private final FlowPane chips = new FlowPane();
    private final VBox reasons = new VBox();
    private final Label verdict = new Label();
    private final Button markReady = new Button("_Mark ready", Icons.of(Material2AL.CHECK_CIRCLE));

    public RuleStripView() {
        getStyleClass().add("rule-strip");
        chips.getStyleClass().add("rule-chips");
        chips.setId("rule-chips");
        reasons.getStyleClass().add("ready-reasons");
        reasons.setId("ready-reasons");
        verdict.getStyleClass().add("ready-verdict");
        verdict.setId("ready-verdict");
        markReady.setId("mark-ready");
        markReady.getStyleClass().addAll(Styles.SUCCESS, "mark-ready");
        markReady.setDefaultButton(false);
        markReady.setMinWidth(Region.USE_PREF_SIZE);
        ScrollPane reasonScroll = new ScrollPane(reasons);
        reasonScroll.setFitToWidth(true);
        reasonScroll.getStyleClass().addAll(Styles.FLAT, "reason-scroll");
        reasonScroll.setFocusTraversable(false);
        VBox readiness = new VBox(verdict, reasonScroll);
        readiness.getStyleClass().add("readiness");
        HBox.setHgrow(readiness, Priority.ALWAYS);
        VBox action = new VBox(markReady);
        action.setAlignment(Pos.CENTER_RIGHT);
        HBox bottom = new HBox(readiness, action);
        bottom.getStyleClass().add("readiness-row");
        getChildren().addAll(chips, bottom);
    }

    public void bind(PlanViewModel vm, BindingScope scope) {
        showRules(vm);
        showReasons(vm);
        scope.listenList(vm.rules(), (ListChangeListener<RuleResult>) c -> showRules(vm));
        scope.listenList(vm.readyBlockers(), (ListChangeListener<String>) c -> showReasons(vm));
        scope.listen(vm.statusProperty(), (obs, old, now) -> showReasons(vm));
        scope.listen(vm.backToDraftReasonProperty(), (obs, old, now) -> showReasons(vm));
        scope.listen(vm.overrideErrorProperty(), (obs, old, now) -> showReasons(vm));
        scope.listenList(vm.rules(), (ListChangeListener<RuleResult>) c -> showReasons(vm));
        scope.bind(markReady.disableProperty(), vm.canMarkReadyProperty().not());
        markReady.setOnAction(e -> vm.markReady());
        scope.onClose(() -> markReady.setOnAction(null));
        scope.bind(verdict.textProperty(), Bindings.createStringBinding(() -> verdictText(vm), vm.statusProperty(),
                vm.canMarkReadyProperty(), vm.readyBlockers()));
    }

    private static String verdictText(PlanViewModel vm) {
        PlanStatus status = vm.getStatus();
        if (status != PlanStatus.DRAFT) {
            return status == PlanStatus.READY ? "Ready: every blocking rule holds." : "This plan is "
                    + status.label().toLowerCase() + "; its numbers are frozen.";
        }
        if (vm.readyBlockers().isEmpty()) {
            return "Every blocking rule holds: the plan can be marked ready.";
        }
        int count = vm.readyBlockers().size();
        return "Not ready — " + count + (count == 1 ? " thing" : " things") + " to fix:";
    }

    private void showRules(PlanViewModel vm) {
        chips.getChildren().clear();
        for (RuleResult result : vm.rules()) {
            RuleState state = result.state();
            Label chip = new Label(result.rule().title(), Icons.of(switch (state) {
                case PASS -> Material2AL.CHECK;
                case FAIL -> Material2AL.CLOSE;
                case WARN -> Material2MZ.WARNING;
            }));
            chip.getStyleClass().add("rule-chip");
            chip.getStyleClass().add(switch (state) {
                case PASS -> "rule-passed";
                case FAIL -> "rule-failed";
                case WARN -> "rule-warning";
            });
            chip.setId("rule-" + result.id());
            chip.setTooltip(new Tooltip(result.message()));
            chips.getChildren().add(chip);
        }
    }

    private void showReasons(PlanViewModel vm) {
        reasons.getChildren().clear();
        if (vm.getStatus() == PlanStatus.DRAFT) {
            if (!vm.getBackToDraftReason().isEmpty()) {
                Label back = reason(vm.getBackToDraftReason(), "reason-back-to-draft");
                back.setId("strip-back-to-draft");
                reasons.getChildren().add(back);
            }
            for (String reason : vm.readyBlockers()) {
                reasons.getChildren().add(reason(reason, "reason-blocking"));
            }
        }
        for (RuleResult result : vm.rules()) {
            if (vm.canOverride(result)) {
                reasons.getChildren().add(withAction(reason(OverrideText.offer(result), "reason-override"),
                        "Override…", () -> askReason(vm, result)));
            } else if (result.isOverridden()) {
                reasons.getChildren().add(withAction(reason(OverrideText.kept(result), "reason-overridden"),
                        vm.isEditable() ? "Withdraw" : null, () -> vm.withdrawOverride(result.rule())));
            }
        }
        if (!vm.overrideErrorProperty().get().isEmpty()) {
            reasons.getChildren().add(reason(vm.overrideErrorProperty().get(), "reason-blocking"));
        }
        vm.getAssessment().failedWarnings().forEach(w -> reasons.getChildren().add(reason("Warning: " + w.message(),
                "reason-warning")));
    }

    /* The reason's own action sits beside it as the label's graphic, so every reason stays one Label. */
    private static Label withAction(Label label, String action, Runnable run) {
        if (action != null) {
            Hyperlink link = new Hyperlink(action);
            link.getStyleClass().add("reason-action");
            link.setOnAction(e -> run.run());
            label.setGraphic(link);
            label.setContentDisplay(ContentDisplay.RIGHT);
        }
        return label;
    }

    private void askReason(PlanViewModel vm, RuleResult result) {
        TextInputDialog dialog = new TextInputDialog();
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.setTitle("Override an account rule");
        dialog.setHeaderText(OverrideText.question(result));
        dialog.setContentText("Your reason:");
        dialog.getEditor().setId("override-reason");
        dialog.showAndWait().ifPresent(reason -> vm.override(result.rule(), reason));
    }

    private static Label reason(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("ready-reason", styleClass);
        return label;
    }
}
