package app.microplan.ui.stats;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Styling;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The filtered trades' statistics as figures, and the same split by tag or by setup in a small table. */
final class StatisticsPanel extends VBox {
    private final GridPane figures = new GridPane();
    private final TableView<SummaryRow> breakdown = new TableView<>();
    private final ToggleButton byTag = new ToggleButton(Messages.text("stats.byTag"));
    private final ToggleButton bySetup = new ToggleButton(Messages.text("stats.bySetup"));

    StatisticsPanel() {
        getStyleClass().add("statistics-panel");
        figures.getStyleClass().addAll("figures", "statistics-figures");
        figures.setId("statistics");
        for (int pair = 0; pair < 2; pair++) {
            ColumnConstraints names = new ColumnConstraints();
            names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            values.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            values.setHalignment(HPos.RIGHT);
            figures.getColumnConstraints().addAll(names, values);
        }

        ToggleGroup split = new ToggleGroup();
        byTag.setToggleGroup(split);
        bySetup.setToggleGroup(split);
        byTag.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        bySetup.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        byTag.setId("breakdown-tag");
        bySetup.setId("breakdown-setup");
        HBox splitRow = new HBox(Styling.sectionTitle(Messages.text("stats.split")), new HBox(byTag, bySetup));
        splitRow.getStyleClass().add("breakdown-header");

        breakdown.setId("breakdown");
        breakdown.getStyleClass().addAll(Styles.DENSE, "breakdown-table");
        breakdown.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        breakdown.getColumns().setAll(List.of(column(Messages.text("stats.col.name"), SummaryRow::name, 96),
                column(Messages.text("stats.col.trades"), r -> Integer.toString(r.trades()), 52), column(Messages.text("stats.win-rate"), SummaryRow::winRate, 66),
                column(Messages.text("stats.col.netPnl"), SummaryRow::netPnl, 84), column(Messages.text("stats.col.expR"), SummaryRow::expectancyR, 64),
                column(Messages.text("stats.col.pf"), SummaryRow::profitFactor, 44), column(Messages.text("table.kept"), SummaryRow::followedPlan, 70)));
        breakdown.setPlaceholder(new Label(Messages.text("stats.noClosedTrade")));
        VBox.setVgrow(breakdown, Priority.ALWAYS);
        getChildren().addAll(Styling.sectionTitle(Messages.text("stats.title")), figures, splitRow,
                breakdown);
    }

    void bind(JournalReviewViewModel vm, BindingScope scope) {
        showFigures(vm.figures());
        scope.listenList(vm.figures(), (ListChangeListener<Figure>) c -> showFigures(vm.figures()));
        breakdown.setItems(vm.breakdownRows());
        scope.onClose(() -> breakdown.setItems(null));
        byTag.setSelected(vm.breakdownProperty().get() == JournalReviewViewModel.Breakdown.TAG);
        bySetup.setSelected(!byTag.isSelected());
        byTag.setOnAction(e -> choose(vm, JournalReviewViewModel.Breakdown.TAG));
        bySetup.setOnAction(e -> choose(vm, JournalReviewViewModel.Breakdown.SETUP));
    }

    /* A pill group must always have one pill on: clicking the chosen one again keeps it chosen. */
    private void choose(JournalReviewViewModel vm, JournalReviewViewModel.Breakdown choice) {
        vm.breakdownProperty().set(choice);
        byTag.setSelected(choice == JournalReviewViewModel.Breakdown.TAG);
        bySetup.setSelected(choice == JournalReviewViewModel.Breakdown.SETUP);
    }

    /* Two name–value pairs a row, reading down the left pair first: half the height, room for the split. */
    private void showFigures(List<Figure> shown) {
        figures.getChildren().clear();
        int half = (shown.size() + 1) / 2;
        for (int i = 0; i < shown.size(); i++) {
            Figure figure = shown.get(i);
            Label name = new Label(figure.name());
            name.getStyleClass().add("figure-name");
            Label value = new Label(figure.value());
            value.setId(figure.id());
            // A figure keeps its whole width; the grid is in a tab that scrolls rather than squeeze it.
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            value.getStyleClass().add("figure-value");
            if (!figure.tone().isEmpty()) {
                value.getStyleClass().add(figure.tone());
            }
            int pair = i < half ? 0 : 1;
            figures.add(name, pair * 2, i % half);
            figures.add(value, pair * 2 + 1, i % half);
        }
    }

    private static TableColumn<SummaryRow, String> column(String name, Function<SummaryRow, String> value,
                                                          double width) {
        TableColumn<SummaryRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
