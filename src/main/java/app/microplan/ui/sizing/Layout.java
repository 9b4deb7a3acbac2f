package app.microplan.ui.sizing;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;

/** Column shapes shared by the sizing panel's grids. */
final class Layout {
    private Layout() {
    }

    static ColumnConstraints halfColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(50);
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }
}
