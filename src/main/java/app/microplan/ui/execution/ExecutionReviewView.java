package app.microplan.ui.execution;

import app.microplan.ui.common.Messages;
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
            Messages.text("execution.noTrade"),
            of(Messages.text("execution.col.departure"), ExecutionReviewViewModel.KindRow::kind, false),
            of(Messages.text("execution.col.trades"), r -> Integer.toString(r.trades()), true),
            of(Messages.text("execution.col.cost"), ExecutionReviewViewModel.KindRow::money, true),
            of(Messages.text("execution.col.inR"), ExecutionReviewViewModel.KindRow::r, true));
    private final TableView<ExecutionReviewViewModel.TradeRow> trades = TextColumns.table("execution-trades",
            Messages.text("execution.noTrade"),
            of(Messages.text("execution.col.closed"), ExecutionReviewViewModel.TradeRow::closed, false),
            of(Messages.text("execution.col.contract"), ExecutionReviewViewModel.TradeRow::symbol, false),
            of(Messages.text("execution.col.score"), ExecutionReviewViewModel.TradeRow::score, true),
            of(Messages.text("execution.col.costliest"), ExecutionReviewViewModel.TradeRow::worst, false));
    private final TableView<ExecutionReviewViewModel.DetailRow> details = TextColumns.table("execution-details",
            Messages.text("execution.pick"),
            of(Messages.text("execution.col.part"), ExecutionReviewViewModel.DetailRow::part, false),
            of(Messages.text("execution.col.planned"), ExecutionReviewViewModel.DetailRow::planned, false),
            of(Messages.text("execution.col.done"), ExecutionReviewViewModel.DetailRow::actual, false),
            of(Messages.text("execution.col.cost"), ExecutionReviewViewModel.DetailRow::cost, true),
            of(Messages.text("execution.col.inR"), ExecutionReviewViewModel.DetailRow::costR, true));
    private final TableView<ExecutionReviewViewModel.ScoreRow> score = TextColumns.table("execution-score",
            Messages.text("execution.pick"),
            of(Messages.text("execution.col.scorePart"), ExecutionReviewViewModel.ScoreRow::part, false),
            of(Messages.text("execution.col.weight"), ExecutionReviewViewModel.ScoreRow::weight, true),
            of(Messages.text("execution.col.earned"), ExecutionReviewViewModel.ScoreRow::share, true),
            of(Messages.text("execution.col.points"), ExecutionReviewViewModel.ScoreRow::points, true),
            of(Messages.text("execution.col.how"), ExecutionReviewViewModel.ScoreRow::rule, false));

    public ExecutionReviewView() {
        getStyleClass().add("insight-tab");
        headline.setId("execution-headline");
        headline.getStyleClass().add(Styles.TITLE_4);
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        Label caption = Styling.caption(Messages.text("execution.caption"));
        VBox selectedTrade = new VBox(Styling.sectionTitle(Messages.text("execution.partByPart")), details,
                Styling.sectionTitle(Messages.text("execution.itsScore")), score);
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
