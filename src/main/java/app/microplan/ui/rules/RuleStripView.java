package app.microplan.ui.rules;

import app.microplan.ui.common.DialogFit;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.ReasonText;
import app.microplan.domain.RuleResult;
import app.microplan.domain.RuleState;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.Styling;
import app.microplan.ui.plan.PlanViewModel;
import atlantafx.base.theme.Styles;
import java.util.List;
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
    private final Button markReady = new Button(Messages.text("rules.markReady"), Icons.of(Material2AL.CHECK_CIRCLE));

    public RuleStripView() {
        getStyleClass().add("rule-strip");
        chips.getStyleClass().add("rule-chips");
        chips.setId("rule-chips");
        reasons.getStyleClass().add("ready-reasons");
        reasons.setId("ready-reasons");
        verdict.getStyleClass().add("ready-verdict");
        verdict.setId("ready-verdict");
        // A long verdict wraps rather than ending in "…", and never pushes Mark ready out of the window.
        verdict.setWrapText(true);
        verdict.setMinWidth(0);
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
        action.setMinWidth(Region.USE_PREF_SIZE);
        action.setAlignment(Pos.CENTER_RIGHT);
        HBox bottom = new HBox(readiness, action);
        bottom.getStyleClass().add("readiness-row");
        getChildren().addAll(chips, bottom);
    }

    public void bind(PlanViewModel vm, BindingScope scope) {
        RuleStripViewModel strip = new RuleStripViewModel(vm);
        showRules(vm);
        showReasons(strip, strip.reasons());
        scope.listenList(vm.rules(), (ListChangeListener<RuleResult>) c -> showRules(vm));
        scope.listenList(strip.reasons(),
                (ListChangeListener<RuleStripViewModel.Reason>) c -> showReasons(strip, strip.reasons()));
        scope.bind(markReady.disableProperty(), vm.canMarkReadyProperty().not());
        markReady.setOnAction(e -> vm.markReady());
        scope.onClose(() -> markReady.setOnAction(null));
        scope.bind(verdict.textProperty(), strip.verdictProperty());
        scope.bind(verdict.accessibleTextProperty(), strip.accessibleVerdictProperty());
    }

    private void showRules(PlanViewModel vm) {
        chips.getChildren().clear();
        for (RuleResult result : vm.rules()) {
            RuleState state = result.state();
            Label chip = new Label(Messages.current().getOr("rule." + result.rule().name(), result.rule().title()),
                    Icons.of(switch (state) {
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
            chip.setTooltip(new Tooltip(ReasonText.of(result)));
            // A screen reader says the state the chip's colour and icon show: "Risk within the cap: holds. …".
            chip.setAccessibleText(Messages.text("rules.chipAccessible", chip.getText(),
                    Messages.text("rules.state." + state.name()), ReasonText.of(result)));
            chips.getChildren().add(chip);
        }
    }

    private void showReasons(RuleStripViewModel strip, List<RuleStripViewModel.Reason> lines) {
        reasons.getChildren().clear();
        for (RuleStripViewModel.Reason line : lines) {
            Label label = reason(line.text(), switch (line.kind()) {
                case BACK_TO_DRAFT -> "reason-back-to-draft";
                case BLOCKING -> "reason-blocking";
                case OVERRIDE_OFFER -> "reason-override";
                case OVERRIDDEN -> "reason-overridden";
                case WARNING -> "reason-warning";
            });
            if (line.kind() == RuleStripViewModel.Kind.BACK_TO_DRAFT) {
                label.setId("strip-back-to-draft");
            }
            String action = strip.actionOf(line);
            if (action != null) {
                withAction(label, action, line.kind() == RuleStripViewModel.Kind.OVERRIDE_OFFER
                        ? () -> askReason(strip, line) : () -> strip.withdrawOverride(line));
            }
            reasons.getChildren().add(label);
        }
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

    private void askReason(RuleStripViewModel strip, RuleStripViewModel.Reason line) {
        TextInputDialog dialog = new TextInputDialog();
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        DialogFit.install(dialog);
        dialog.setTitle(Messages.text("rules.overrideTitle"));
        dialog.setHeaderText(strip.overrideQuestion(line));
        dialog.setContentText(Messages.text("rules.overrideReason"));
        dialog.getEditor().setId("override-reason");
        dialog.showAndWait().ifPresent(reason -> strip.override(line, reason));
    }

    private static Label reason(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("ready-reason", styleClass);
        return label;
    }
}
