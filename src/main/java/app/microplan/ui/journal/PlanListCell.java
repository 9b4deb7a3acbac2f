package app.microplan.ui.journal;

import app.microplan.domain.PlanTitle;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.StatusBadge;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/**
 * One plan in the journal list: symbol and side, status badge; date, risk and whether it waits to be saved; and
 * why a plan that was ready is a draft again.
 */
final class PlanListCell extends ListCell<PlanEntry> {
    private final Label reason = new Label();
    private final PlanRowGraphic row = new PlanRowGraphic(reason);

    PlanListCell() {
        getStyleClass().add("plan-cell");
        reason.getStyleClass().add("plan-cell-reason");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.managedProperty().bind(reason.visibleProperty());
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
        String saving = switch (entry.getSaveState()) {
            case SAVED, SAVING -> "";
            case UNSAVED -> Messages.text("list.unsaved");
            case FAILED -> Messages.text("list.notSaved");
        };
        String choice = entry.getConflict() == null ? "" : entry.getConflict().isDeletedElsewhere()
                ? Messages.text("list.deletedElsewhere") : Messages.text("list.chooseVersion");
        row.show(plan.setup().contract().symbol(), plan.setup().direction(), PlanTitle.of(plan), plan.createdAt(),
                entry.riskFraction(), (entry.isReadOnly() ? Messages.text("list.readOnly") : "") + (choice.isEmpty() ? saving : choice));
        StatusBadge.show(row.status(), plan);
        String backToDraft = plan.backToDraftReason().orElse("");
        reason.setText(backToDraft);
        reason.setVisible(!backToDraft.isEmpty());
        setText(null);
        setGraphic(row.node());
    }
}
