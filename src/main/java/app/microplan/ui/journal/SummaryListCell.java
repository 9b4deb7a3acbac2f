package app.microplan.ui.journal;

import app.microplan.store.PlanSummary;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.StatusBadge;
import javafx.scene.control.ListCell;

/** One plan's summary in the journal list while the plans are read: the row a loaded plan shows, from the index. */
final class SummaryListCell extends ListCell<PlanSummary> {
    private final PlanRowGraphic row = new PlanRowGraphic();

    SummaryListCell() {
        getStyleClass().add("plan-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(PlanSummary summary, boolean empty) {
        super.updateItem(summary, empty);
        if (empty || summary == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        row.show(summary.symbol(), summary.direction(), summary.title(), summary.createdAt(), summary.riskFraction(),
                summary.readOnly() ? Messages.text("list.readOnly") : "");
        StatusBadge.show(row.status(), summary.status(), summary.unplanned());
        setText(null);
        setGraphic(row.node());
    }
}
