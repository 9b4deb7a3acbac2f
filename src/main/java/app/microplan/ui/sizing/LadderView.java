package app.microplan.ui.sizing;

import app.microplan.domain.LadderText;
import app.microplan.ui.common.BindingScope;
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
import javafx.scene.layout.VBox;

/**
 * The price ladder under the position: one row per price that matters with what closing there nets, a field to
 * put a price of one's own on it, and the take-profit for a wanted return. Layout and bindings only.
 */
public final class LadderView extends VBox {
    private final GridPane table = new GridPane();
    private final Label note = Styling.caption("");
    private final NumberField level = new NumberField("Your price on the ladder", null);
    private final Button addLevel = new Button("Add to ladder");
    private final Button clearLevels = new Button("Clear my prices");
    private final Label levelError = Styling.caption("");
    private final NumberField wanted = new NumberField("Target for a return", null);
    private final ComboBox<LadderViewModel.ReturnBasis> basis = new ComboBox<>();
    private final Label target = Styling.caption("");
    private final Button addTarget = new Button("Add as take-profit");

    public LadderView() {
        getStyleClass().add("ladder-view");
        table.getStyleClass().add("ladder");
        table.setId("ladder");
        table.setHgap(8);
        note.setId("ladder-note");
        levelError.setId("ladder-level-error");
        levelError.getStyleClass().add("field-error");
        level.field().setId("ladder-level");
        addLevel.setId("ladder-add-level");
        clearLevels.setId("ladder-clear-levels");
        wanted.field().setId("target-return");
        basis.setId("target-return-basis");
        basis.getItems().setAll(LadderViewModel.ReturnBasis.values());
        target.setId("target-return-price");
        addTarget.setId("add-target-take-profit");
        HBox levelRow = new HBox(8, level, addLevel, clearLevels);
        levelRow.setAlignment(Pos.BOTTOM_LEFT);
        HBox targetRow = new HBox(8, wanted, basis, addTarget);
        targetRow.setAlignment(Pos.BOTTOM_LEFT);
        getChildren().addAll(Styling.sectionTitle("Price ladder"), table, note, levelRow, levelError, targetRow, target);
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

    private void show(List<LadderViewModel.Line> lines) {
        table.getChildren().clear();
        if (lines.isEmpty()) {
            return;
        }
        table.addRow(0, LadderText.HEADINGS.stream().map(LadderView::header).toArray(Label[]::new));
        int r = 1;
        boolean[] seen = new boolean[app.microplan.domain.LadderLevel.values().length];
        for (LadderViewModel.Line line : lines) {
            List<String> cells = line.text().cells();
            Label[] labels = new Label[cells.size()];
            String kind = line.kind().name().toLowerCase(Locale.ROOT);
            boolean first = !seen[line.kind().ordinal()];
            seen[line.kind().ordinal()] = true;
            for (int c = 0; c < cells.size(); c++) {
                labels[c] = new Label(cells.get(c));
                labels[c].getStyleClass().addAll("ladder-cell", "ladder-" + kind);
                if (line.liquidated()) {
                    labels[c].getStyleClass().add("ladder-liquidated");
                }
                if (c != 1) {
                    GridPane.setHalignment(labels[c], HPos.RIGHT);
                }
                if (first) {
                    labels[c].setId("ladder-" + kind + "-" + COLUMN_IDS.get(c));
                }
            }
            table.addRow(r++, labels);
        }
    }

    private static final List<String> COLUMN_IDS = List.of("price", "label", "pnl", "r", "equity", "ratio", "distance");

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("comparison-header");
        return label;
    }
}
