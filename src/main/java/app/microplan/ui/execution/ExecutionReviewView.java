package app.microplan.ui.execution;

import static app.microplan.ui.common.TextColumns.of;

import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Styling;
import app.microplan.ui.common.TextColumns;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The journal review's Plan vs execution tab: the costs of each kind of departure, the trades with their
 * score, and the selected trade part by part. Layout and bindings only.
 */
public final class ExecutionReviewView extends VBox {
    /** The column header's height in the theme, with the table's border. */
    private static final double HEADER_ROOM = 44;
    private static final double LOWER_MIN_HEIGHT = 420;
    private final Label headline = new Label();
    private final TableView<ExecutionReviewViewModel.KindRow> kinds = TextColumns.table("deviation-costs",
            "No closed trade matches the filter.",
            of("Departure from the plan", ExecutionReviewViewModel.KindRow::kind, false),
            of("Trades", r -> Integer.toString(r.trades()), true),
            of("Cost", ExecutionReviewViewModel.KindRow::money, true),
            of("in R", ExecutionReviewViewModel.KindRow::r, true));
    private final TableView<ExecutionReviewViewModel.TradeRow> trades = TextColumns.table("execution-trades",
            "No closed trade matches the filter.",
            of("Closed", ExecutionReviewViewModel.TradeRow::closed, false),
            of("Contract", ExecutionReviewViewModel.TradeRow::symbol, false),
            of("Score", ExecutionReviewViewModel.TradeRow::score, true),
            of("Costliest departure", ExecutionReviewViewModel.TradeRow::worst, false));
    private final TableView<ExecutionReviewViewModel.DetailRow> details = TextColumns.table("execution-details",
            "Pick a trade.",
            of("Part", ExecutionReviewViewModel.DetailRow::part, false),
            of("Planned", ExecutionReviewViewModel.DetailRow::planned, false),
            of("Done", ExecutionReviewViewModel.DetailRow::actual, false),
            of("Cost", ExecutionReviewViewModel.DetailRow::cost, true),
            of("in R", ExecutionReviewViewModel.DetailRow::costR, true));
    private final TableView<ExecutionReviewViewModel.ScoreRow> score = TextColumns.table("execution-score",
            "Pick a trade.",
            of("Score part", ExecutionReviewViewModel.ScoreRow::part, false),
            of("Weight", ExecutionReviewViewModel.ScoreRow::weight, true),
            of("Earned", ExecutionReviewViewModel.ScoreRow::share, true),
            of("Points", ExecutionReviewViewModel.ScoreRow::points, true),
            of("How it is scored", ExecutionReviewViewModel.ScoreRow::rule, false));

    public ExecutionReviewView() {
        getStyleClass().add("insight-tab");
        headline.setId("execution-headline");
        headline.getStyleClass().add(Styles.TITLE_4);
        headline.setWrapText(true);
        Label caption = Styling.caption("Costs are positive where departing from the plan cost money, negative where"
                + " it made money. Each kind is measured on its own.");
        VBox selectedTrade = new VBox(Styling.sectionTitle("The trade, part by part"), details,
                Styling.sectionTitle("Its execution score"), score);
        selectedTrade.getStyleClass().add("insight-column");
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox.setVgrow(score, Priority.ALWAYS);
        // Every kind in view at once: six rows and the header.
        kinds.setFixedCellSize(26);
        kinds.setPrefHeight(6 * 26 + HEADER_ROOM);
        kinds.setMinHeight(Region.USE_PREF_SIZE);
        // Rows grow when a cell wraps, so no fixed cell size here; eight rows' room at least.
        details.setMinHeight(8 * 26 + HEADER_ROOM);
        SplitPane lower = new SplitPane(trades, selectedTrade);
        lower.setDividerPositions(0.44);
        // Below this the tab scrolls (ReviewTabs) rather than squeeze the trades out of view.
        lower.setMinHeight(LOWER_MIN_HEIGHT);
        getChildren().addAll(headline, caption, kinds, lower);
        VBox.setVgrow(lower, Priority.ALWAYS);
    }

    public void bind(ExecutionReviewViewModel vm, BindingScope scope) {
        kinds.setItems(vm.kinds());
        trades.setItems(vm.trades());
        details.setItems(vm.details());
        score.setItems(vm.score());
        scope.onClose(() -> {
            kinds.setItems(null);
            trades.setItems(null);
            details.setItems(null);
            score.setItems(null);
        });
        scope.bind(headline.textProperty(), vm.headlineProperty());
        trades.getSelectionModel().select(vm.selectedProperty().get());
        scope.listen(trades.getSelectionModel().selectedItemProperty(), (obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        scope.listen(vm.selectedProperty(), (obs, old, now) -> trades.getSelectionModel().select(now));
    }
}
