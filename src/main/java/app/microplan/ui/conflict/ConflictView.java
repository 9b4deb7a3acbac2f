package app.microplan.ui.conflict;

import app.microplan.ui.common.Messages;
import app.microplan.store.PlanDifferences;
import app.microplan.ui.common.Icons;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The banner above a plan that waits for the trader's choice: heading, explanation, the differing fields side by
 * side (field, yours, theirs) and the three choices. Layout only; everything it shows comes from the view model.
 */
public final class ConflictView extends VBox {
    private static final int MOST_ROWS_SHOWN = 8;

    public ConflictView(ConflictViewModel vm) {
        getStyleClass().add("conflict-banner");
        setId("conflict-banner");
        Label heading = new Label(vm.heading(), Icons.of(Material2AL.ERROR_OUTLINE));
        heading.setId("conflict-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label explanation = new Label(vm.explanation());
        explanation.setId("conflict-explanation");
        explanation.setWrapText(true);
        getChildren().addAll(heading, explanation);
        if (!vm.differences().isEmpty()) {
            getChildren().add(differences(vm));
        }
        getChildren().add(buttons(vm));
    }

    private static ScrollPane differences(ConflictViewModel vm) {
        GridPane grid = new GridPane();
        grid.setId("conflict-differences");
        grid.getStyleClass().add("conflict-differences");
        for (int column = 0; column < 3; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(column == 0 ? 24 : 38);
            grid.getColumnConstraints().add(constraints);
        }
        grid.addRow(0, cell(Messages.text("conflict.field"), "conflict-column-title"), cell(Messages.text("conflict.yours"), "conflict-column-title"),
                cell(Messages.text("conflict.theirs"), "conflict-column-title"));
        int row = 1;
        for (PlanDifferences.Difference difference : vm.differences()) {
            grid.addRow(row++, cell(difference.field(), "conflict-field"), cell(difference.mine(), "conflict-mine"),
                    cell(difference.theirs(), "conflict-theirs"));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.FLAT);
        scroll.setPrefViewportHeight(Math.min(vm.differences().size() + 1, MOST_ROWS_SHOWN) * 24.0);
        return scroll;
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    private static HBox buttons(ConflictViewModel vm) {
        Button mine = new Button(vm.keepMineLabel());
        mine.setId("conflict-keep-mine");
        mine.getStyleClass().add(Styles.ACCENT);
        mine.setOnAction(e -> vm.keepMine());
        Button theirs = new Button(vm.keepTheirsLabel());
        theirs.setId("conflict-keep-theirs");
        theirs.setOnAction(e -> vm.keepTheirs());
        HBox buttons = new HBox(mine, theirs);
        buttons.getStyleClass().add("conflict-buttons");
        if (vm.offersKeepBoth()) {
            Button both = new Button(Messages.text("conflict.keepBoth"));
            both.setId("conflict-keep-both");
            both.setOnAction(e -> vm.keepBoth());
            buttons.getChildren().add(both);
        }
        HBox.setHgrow(mine, Priority.NEVER);
        return buttons;
    }
}
