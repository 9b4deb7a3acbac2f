package app.microplan.ui.journal;

import app.microplan.domain.Direction;
import app.microplan.ui.common.Figures;
import app.microplan.ui.common.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import app.microplan.ui.common.DateText;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The look of one plan in the journal list, shared by a loaded plan's cell and the cell shown from the summary
 * index while the plans are read: symbol and side, the status badge, the plan's title (its thesis' first words) and
 * a line of details (date, risk, notes).
 */
final class PlanRowGraphic {

    /* The risk in the trader's number format, as the sizing panel shows it. */
    private final Figures figures = new Figures(Messages.current().numberLocale());
    private final Label symbol = new Label();
    private final Label side = new Label();
    private final Label status = new Label();
    private final Label title = new Label();
    private final Label details = new Label();
    private final VBox box;

    /** @param extra rows under the details (a loaded plan's back-to-draft reason), none for a summary */
    PlanRowGraphic(Node... extra) {
        symbol.getStyleClass().add("plan-cell-symbol");
        side.getStyleClass().add("plan-cell-side");
        status.getStyleClass().add("status-badge");
        details.getStyleClass().add("plan-cell-details");
        title.getStyleClass().add("plan-cell-title");
        // The symbol, side and badge keep their words in a narrow list; the details line may shorten.
        symbol.setMinWidth(Region.USE_PREF_SIZE);
        side.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        title.managedProperty().bind(title.visibleProperty());
        // A flow, not a row: in a narrow list (1024 px wide windows) the badge goes onto a second line whole
        // rather than being clipped to "Cance" at the cell's edge.
        FlowPane top = new FlowPane(symbol, side, status);
        top.getStyleClass().add("plan-cell-top");
        box = new VBox(top, title, details);
        box.getChildren().addAll(extra);
        box.getStyleClass().add("plan-cell-box");
    }

    Node node() {
        return box;
    }

    /** The badge, for {@link app.microplan.ui.common.StatusBadge} to fill. */
    Label status() {
        return status;
    }

    /**
     * Shows the plan's symbol, side, its title (see {@link app.microplan.domain.PlanTitle}; none when blank) and
     * details: its date, its risk and {@code notes} (" · read-only" …).
     */
    void show(String symbolText, Direction direction, String titleText, Instant created, BigDecimal riskFraction,
              String notes) {
        title.setText(titleText == null ? "" : titleText);
        title.setVisible(!title.getText().isEmpty());
        symbol.setText(symbolText);
        side.setText(direction.label());
        side.getStyleClass().removeAll("side-long", "side-short");
        side.getStyleClass().add("side-" + direction.name().toLowerCase());
        String risk = riskFraction == null ? Messages.text("list.riskNone")
                : Messages.text("list.risk", figures.percentUp(riskFraction));
        // The date in the trader's form ("01.02.2026"), the same as the filters and the fills read it.
        details.setText(DateText.date(LocalDate.ofInstant(created, ZoneId.systemDefault())) + " · " + risk + notes);
    }
}
