package app.microplan.ui.simulation;

import app.microplan.ui.common.Messages;
import static app.microplan.ui.common.TextColumns.of;

import app.microplan.domain.SimulationResult;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.NumberField;
import app.microplan.ui.common.Styling;
import app.microplan.ui.common.TextColumns;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/** The journal review's Risk of ruin tab: the inputs, Run, the fan chart and the figures. Layout and bindings only. */
public final class SimulationView extends VBox {
    private final ComboBox<String> account = new ComboBox<>();
    private final NumberField risk = new NumberField(Messages.text("sim.riskPerTrade"), "%");
    private final TextField paths = field("simulation-paths");
    private final TextField trades = field("simulation-trades");
    private final TextField seed = field("simulation-seed");
    private final Button run = new Button(Messages.text("sim.run"), Icons.of(Material2MZ.PLAY_ARROW));
    private final ProgressIndicator running = new ProgressIndicator();
    private final Label problem = new Label();
    private final Label warning = new Label();
    private final Label description = new Label();
    private final FanChart fan = new FanChart();
    private final TableView<SimulationViewModel.PercentileRow> table;
    private final Label chances = new Label();
    private final Label saferRisk = new Label();
    /** The column header's height in the theme, with the table's border. */
    private static final double TABLE_HEADER_ROOM = 44;

    public SimulationView() {
        getStyleClass().add("insight-tab");
        account.setId("simulation-account");
        risk.field().setId("simulation-risk");
        run.setId("run-simulation");
        run.getStyleClass().add(Styles.ACCENT);
        running.setMaxSize(18, 18);
        problem.setId("simulation-problem");
        problem.getStyleClass().add("field-error");
        warning.setId("simulation-warning");
        warning.getStyleClass().add("simulation-warning");
        warning.setWrapText(true);
        description.setId("simulation-description");
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setWrapText(true);
        chances.setId("simulation-chances");
        chances.setWrapText(true);
        saferRisk.setId("simulation-safer-risk");
        saferRisk.getStyleClass().add(Styles.TEXT_BOLD);
        for (Label label : new Label[] {warning, description, chances}) {
            // A wrapped text keeps all its lines; the tab scrolls when they do not fit (ReviewTabs).
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (Label label : new Label[] {problem, warning}) {
            label.managedProperty().bind(label.visibleProperty());
        }
        java.util.List<TableColumn<SimulationViewModel.PercentileRow, String>> columns = new java.util.ArrayList<>();
        columns.add(of(Messages.text("sim.percentile"), SimulationViewModel.PercentileRow::what, false));
        for (int k = 0; k < SimulationResult.PERCENTILES.size(); k++) {
            int index = k;
            columns.add(of(Messages.text("sim.nth", SimulationResult.PERCENTILES.get(k)), r -> r.value(index), true));
        }
        table = TextColumns.table("simulation-table", Messages.text("sim.placeholder"), columns);
        table.setFixedCellSize(28);
        // Each column as wide as its figures (ColumnFit): a constrained policy overshot the table by a rounding pixel.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // The three rows and the column header, with no scroll bar that would take width from the figures.
        table.setPrefHeight(3 * 28 + TABLE_HEADER_ROOM);
        table.setMinHeight(3 * 28 + TABLE_HEADER_ROOM);
        HBox inputs = new HBox(Styling.labelled(Messages.text("sim.account"), account, "number-field"), risk,
                Styling.labelled(Messages.text("sim.paths"), paths, "number-field"),
                Styling.labelled(Messages.text("sim.trades"), trades, "number-field"),
                Styling.labelled(Messages.text("sim.seed"), seed, "number-field"), run, running);
        inputs.getStyleClass().add("simulation-inputs");
        inputs.setAlignment(Pos.BOTTOM_LEFT);
        getChildren().addAll(inputs, problem, warning, description, fan, table, chances, saferRisk);
        VBox.setVgrow(fan, Priority.ALWAYS);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        return field;
    }


    public void bind(SimulationViewModel vm, BindingScope scope) {
        account.setItems(vm.accounts());
        scope.bindBidirectional(account.valueProperty(), vm.accountProperty());
        risk.bind(vm.riskPercent(), scope);
        scope.bindBidirectional(paths.textProperty(), vm.pathsProperty());
        scope.bindBidirectional(trades.textProperty(), vm.tradesProperty());
        scope.bindBidirectional(seed.textProperty(), vm.seedProperty());
        run.setOnAction(e -> vm.run());
        scope.bind(run.disableProperty(), vm.runningProperty());
        scope.bind(running.visibleProperty(), vm.runningProperty());
        scope.bind(problem.textProperty(), vm.problemProperty());
        scope.bind(problem.visibleProperty(), vm.problemProperty().isNotNull());
        scope.bind(warning.textProperty(), vm.warningProperty());
        scope.bind(warning.visibleProperty(), vm.warningProperty().isNotNull());
        scope.bind(description.textProperty(), vm.descriptionProperty());
        scope.bind(chances.textProperty(), vm.chancesProperty());
        scope.bind(saferRisk.textProperty(), vm.saferRiskProperty());
        table.setItems(vm.percentiles());
        fan.show(vm.fanProperty().get());
        scope.listen(vm.fanProperty(), (obs, old, now) -> fan.show(now));
        scope.onClose(() -> {
            table.setItems(null);
            account.setItems(null);
            run.setOnAction(null);
        });
    }
}
