package app.microplan.ui.sizing;

import app.microplan.domain.LadderLevel;
import app.microplan.domain.LadderText;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.NumberField;
import app.microplan.ui.common.Styling;
import app.microplan.ui.plan.PlanViewModel;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The price ladder under the position: one row per price that matters with what closing there nets, a field to
 * put a price of one's own on it, and the take-profit for a wanted return. Layout and bindings only.
 */
public final class LadderView extends VBox {
    private final GridPane table = new GridPane();
    private final Label note = Styling.caption("");
    private final NumberField level = new NumberField(Messages.text("ladder.yourLevel"), null);
    private final Button addLevel = new Button(Messages.text("ladder.add"));
    private final Button clearLevels = new Button(Messages.text("ladder.clear"));
    private final Label levelError = Styling.caption("");
    private final NumberField wanted = new NumberField(Messages.text("ladder.targetForReturn"), null);
    private final ComboBox<LadderViewModel.ReturnBasis> basis = new ComboBox<>();
    private final Label target = Styling.caption("");
    private final Button addTarget = new Button(Messages.text("ladder.addAsTakeProfit"));

    public LadderView() {
        getStyleClass().add("ladder-view");
        table.getStyleClass().add("ladder");
        table.setId("ladder");
        table.setHgap(8);
        note.setId("ladder-note");
        levelError.setId("ladder-level-error");
        levelError.getStyleClass().add("field-error");
        levelError.visibleProperty().bind(levelError.textProperty().isNotEmpty());
        levelError.managedProperty().bind(levelError.visibleProperty());
        level.field().setId("ladder-level");
        addLevel.setId("ladder-add-level");
        clearLevels.setId("ladder-clear-levels");
        wanted.field().setId("target-return");
        basis.setId("target-return-basis");
        basis.getItems().setAll(LadderViewModel.ReturnBasis.values());
        target.setId("target-return-price");
        addTarget.setId("add-target-take-profit");
        HBox levelRow = new HBox(6, level, addLevel, clearLevels);
        levelRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(level, Priority.ALWAYS);
        HBox targetRow = new HBox(6, wanted, basis);
        targetRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(wanted, Priority.ALWAYS);
        for (javafx.scene.control.Control fixed : new javafx.scene.control.Control[] {addLevel, clearLevels, basis,
            addTarget}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        target.setWrapText(true);
        getChildren().addAll(Styling.sectionTitle(Messages.text("ladder.title")), table, note, levelRow, levelError, targetRow, target,
                addTarget);
    }

    public void bind(PlanViewModel plan, BindingScope scope) {
        LadderViewModel vm = new LadderViewModel(plan, scope);
        show(vm.lines());
        scope.listenList(vm.lines(), (ListChangeListener<LadderViewModel.Line>) c -> show(vm.lines()));
        scope.bind(note.textProperty(), vm.noteProperty());
        level.bind(vm.level(), scope);
        addLevel.setOnAction(e -> vm.addLevel());
        clearLevels.setOnAction(e -> vm.clearLevels());
        scope.bind(levelError.textProperty(), vm.levelErrorProperty());
        wanted.bind(vm.wantedReturn(), scope);
        scope.bindBidirectional(basis.valueProperty(), vm.basisProperty());
        scope.bind(target.textProperty(), vm.targetTextProperty());
        scope.bind(addTarget.disableProperty(), vm.canAddTargetProperty().not());
        addTarget.setOnAction(e -> vm.addTargetAsTakeProfit());
        scope.onClose(() -> {
            addLevel.setOnAction(null);
            clearLevels.setOnAction(null);
            addTarget.setOnAction(null);
        });
    }

    /** Two lines a price, so that the ladder fits the position column: the figures, then the account's side. */
    private void show(List<LadderViewModel.Line> lines) {
        table.getChildren().clear();
        if (lines.isEmpty()) {
            return;
        }
        table.addRow(0, header(Messages.text("ladder.price")), header(Messages.text("ladder.level")),
                header(Messages.text("ladder.netPnl")), header(Messages.text("ladder.r")));
        int r = 1;
        boolean[] seen = new boolean[LadderLevel.values().length];
        for (LadderViewModel.Line line : lines) {
            String kind = line.kind().name().toLowerCase(Locale.ROOT);
            boolean first = !seen[line.kind().ordinal()];
            seen[line.kind().ordinal()] = true;
            LadderText text = line.text();
            Label[] labels = {cell(text.price(), true), cell(text.label(), false), cell(text.netPnl(), true),
                cell(text.r(), true), Styling.caption(line.detail())};
            for (int c = 0; c < labels.length; c++) {
                labels[c].getStyleClass().add(c < 4 ? "ladder-cell" : "ladder-detail");
                if (c < 4) {
                    labels[c].getStyleClass().add("ladder-" + kind);
                }
                if (line.liquidated()) {
                    labels[c].getStyleClass().add("ladder-liquidated");
                }
                if (first) {
                    labels[c].setId("ladder-" + kind + "-" + COLUMN_IDS.get(c));
                }
            }
            table.addRow(r++, labels[0], labels[1], labels[2], labels[3]);
            table.add(labels[4], 0, r++, 4, 1);
        }
    }

    private static final List<String> COLUMN_IDS = List.of("price", "label", "pnl", "r", "detail");

    private static Label cell(String text, boolean number) {
        Label label = new Label(text);
        if (number) {
            label.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setHalignment(label, HPos.RIGHT);
        } else {
            label.setWrapText(true);
            GridPane.setHgrow(label, Priority.ALWAYS);
        }
        return label;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("comparison-header");
        return label;
    }
}
