package app.microplan.ui.journal;

import app.microplan.domain.Money;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.StatusBadge;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One plan in the journal list: symbol and side, status badge; date, risk and whether it waits to be saved; and
 * why a plan that was ready is a draft again.
 */
final class PlanListCell extends ListCell<PlanEntry> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final Label symbol = new Label();
    private final Label side = new Label();
    private final Label status = new Label();
    private final Label details = new Label();
    private final Label reason = new Label();
    private final VBox graphic;

    PlanListCell() {
        getStyleClass().add("plan-cell");
        symbol.getStyleClass().add("plan-cell-symbol");
        side.getStyleClass().add("plan-cell-side");
        status.getStyleClass().add("status-badge");
        details.getStyleClass().add("plan-cell-details");
        reason.getStyleClass().add("plan-cell-reason");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.managedProperty().bind(reason.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(symbol, side, spacer, status);
        top.getStyleClass().add("plan-cell-top");
        graphic = new VBox(top, details, reason);
        graphic.getStyleClass().add("plan-cell-box");
        setPrefWidth(0);
        // A wrapped label needs a width to wrap at: the cell's, less its padding.
        reason.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 16));
    }

    @Override
    protected void updateItem(PlanEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        TradePlan plan = entry.getPlan();
        symbol.setText(plan.setup().contract().symbol());
        side.setText(plan.setup().direction().label());
        side.getStyleClass().removeAll("side-long", "side-short");
        side.getStyleClass().add("side-" + plan.setup().direction().name().toLowerCase());
        StatusBadge.show(status, plan);
        String risk = entry.riskFraction() == null ? "risk —" : "risk " + Money.percentUp(entry.riskFraction());
        String saving = switch (entry.getSaveState()) {
            case SAVED, SAVING -> "";
            case UNSAVED -> " · unsaved";
            case FAILED -> " · not saved";
        };
        String choice = entry.getConflict() == null ? "" : entry.getConflict().isDeletedElsewhere()
                ? " · deleted elsewhere" : " · choose a version";
        details.setText(DATE.format(plan.createdAt()) + " · " + risk + (entry.isReadOnly() ? " · read-only" : "")
                + (choice.isEmpty() ? saving : choice));
        String backToDraft = plan.backToDraftReason().orElse("");
        reason.setText(backToDraft);
        reason.setVisible(!backToDraft.isEmpty());
        setText(null);
        setGraphic(graphic);
    }
}
