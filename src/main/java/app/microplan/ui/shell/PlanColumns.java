package app.microplan.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The plan tab's columns: written plan, sizing inputs and position side by side where there is room for three; on
 * a laptop (a plan area under {@link #THREE_COLUMNS_FROM} wide, as at 1280 × 720 beside the journal) the position
 * moves under the sizing inputs, so two roomy columns replace three squeezed ones ("E…" for the entry price).
 * Each column scrolls up and down on its own.
 */
final class PlanColumns extends HBox {
    /** Three columns of about 360 px: the narrowest the sizing grid's half-width fields read whole in. */
    static final double THREE_COLUMNS_FROM = 1100;

    private final Node sizing;
    private final Node position;
    private final VBox sizingStack = new VBox();
    private final VBox positionStack = new VBox();
    private final ScrollPane writtenColumn;
    private final ScrollPane sizingColumn = column(sizingStack, "sizing-column");
    private final ScrollPane positionColumn = column(positionStack, "position-column");
    private Boolean threeColumns;

    PlanColumns(Node written, Node sizing, Node position) {
        this.sizing = sizing;
        this.position = position;
        writtenColumn = column(written, "written-column");
        getStyleClass().add("plan-columns");
        arrange(true);
        widthProperty().addListener((obs, old, now) -> arrange(now.doubleValue() >= THREE_COLUMNS_FROM));
    }

    /** Whether the position has a column of its own (false: it is under the sizing inputs). */
    boolean showsThreeColumns() {
        return threeColumns;
    }

    private void arrange(boolean three) {
        if (threeColumns != null && threeColumns == three) {
            return;
        }
        threeColumns = three;
        // Out of its old place first: a node in two parents' lists is an error in JavaFX.
        positionStack.getChildren().clear();
        sizingStack.getChildren().clear();
        if (three) {
            sizingStack.getChildren().add(sizing);
            positionStack.getChildren().add(position);
            getChildren().setAll(writtenColumn, sizingColumn, positionColumn);
        } else {
            sizingStack.getChildren().addAll(sizing, position);
            getChildren().setAll(writtenColumn, sizingColumn);
        }
        sizingColumn.getStyleClass().remove("last-column");
        (three ? positionColumn : sizingColumn).getStyleClass().add("last-column");
    }

    private static ScrollPane column(Node content, String styleClass) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("plan-column", styleClass, Styles.FLAT);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        return scroll;
    }
}
