package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.ui.LayoutProblems;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review tables' column fit with German words and numbers: headers such as "Gewinnfaktor" and
 * "Planeinhaltung" and figures such as "1.234,56 $" read whole when the table has room, and when it has not, the
 * table scrolls sideways instead of pushing its last columns out of sight.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnFitGermanTest {
    /** A playbook's figures as the German window writes them. */
    record Row(String name, String trades, String pnl, String profitFactor, String kept) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Ausbruch nach Konsolidierung", "12", "1.234,56 $", "2,41", "92 %"),
            new Row("Rücklauf an den gleitenden Durchschnitt", "7", "−987,65 $", "0,84", "71 %"));

    private Stage stage;
    private TableView<Row> table;

    @Start
    void start(Stage primary) {
        // Unused: see problemsAt.
    }

    @AfterEach
    void closeTheTablesStage(FxRobot robot) {
        robot.interact(() -> stage.hide());
    }

    private List<String> problemsAt(FxRobot robot, double width) {
        robot.interact(() -> {
            table = TextColumns.table("german-table", "Keine Trades",
                    TextColumns.of("Playbook", Row::name, false),
                    TextColumns.of("Trades", Row::trades, true),
                    TextColumns.of("Netto-G&V", Row::pnl, true),
                    TextColumns.of("Gewinnfaktor", Row::profitFactor, true),
                    TextColumns.of("Planeinhaltung", Row::kept, true));
            table.getItems().setAll(ROWS);
            // A stage of its own: the primary one is shared by the tests and keeps a main window's minimum size.
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(table), width, 300));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            problems.addAll(LayoutProblems.under(stage.getScene().getRoot()));
        });
        return problems;
    }

    @Test
    void withRoomEveryGermanHeaderAndFigureReadsWholeAndTheColumnsShareTheWidth(FxRobot robot) {
        assertThat(problemsAt(robot, 900)).isEmpty();

        assertThat(table.getColumnResizePolicy()).isEqualTo(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        assertThat(table.getColumns()).allSatisfy(column -> assertThat(column.getWidth())
                .as(column.getText()).isGreaterThanOrEqualTo(ColumnFit.needed(column.getText())));
        assertThat(table.getColumns().get(2).getWidth()).isGreaterThanOrEqualTo(ColumnFit.needed("−987,65 $"));
    }

    @Test
    void tooNarrowForTheGermanHeadersTheTableScrollsSidewaysAndCutsNothingOff(FxRobot robot) {
        assertThat(problemsAt(robot, 360)).isEmpty();
        assertThat(table.getWidth()).isLessThan(400);

        assertThat(table.getColumnResizePolicy()).isEqualTo(TableView.UNCONSTRAINED_RESIZE_POLICY);
        assertThat(table.getColumns().get(3).getWidth()).isGreaterThanOrEqualTo(ColumnFit.needed("Gewinnfaktor"));
    }
}
