package app.microplan.ui.journal;

import app.microplan.domain.Money;
import app.microplan.store.PlanSummary;
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

/** One plan's summary in the journal list while the plans are read: the row a loaded plan shows, from the index. */
final class SummaryListCell extends ListCell<PlanSummary> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final Label symbol = new Label();
    private final Label side = new Label();
    private final Label status = new Label();
    private final Label details = new Label();
    private final VBox graphic;

    SummaryListCell() {
        getStyleClass().add("plan-cell");
        symbol.getStyleClass().add("plan-cell-symbol");
        side.getStyleClass().add("plan-cell-side");
        status.getStyleClass().add("status-badge");
        details.getStyleClass().add("plan-cell-details");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(symbol, side, spacer, status);
        top.getStyleClass().add("plan-cell-top");
        graphic = new VBox(top, details);
        graphic.getStyleClass().add("plan-cell-box");
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
        symbol.setText(summary.symbol());
        side.setText(summary.direction().label());
        side.getStyleClass().removeAll("side-long", "side-short");
        side.getStyleClass().add("side-" + summary.direction().name().toLowerCase());
        StatusBadge.show(status, summary.status(), summary.unplanned());
        String risk = summary.riskFraction() == null ? "risk —" : "risk " + Money.percentUp(summary.riskFraction());
        details.setText(DATE.format(summary.createdAt()) + " · " + risk + (summary.readOnly() ? " · read-only" : ""));
        setText(null);
        setGraphic(graphic);
    }
}
