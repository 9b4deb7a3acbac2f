package app.microplan.ui.shell;

import static app.microplan.ui.WindowInput.text;
import static app.microplan.ui.WindowInput.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.ui.JournalFixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Correcting a fill of a closed trade in the real window: the Review tab measures the corrected trade. */
@ExtendWith(ApplicationExtension.class)
class CorrectFillsTest {
    @TempDir
    Path journal;

    private Stage stage;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage primary) {
        stage = primary;
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
    }

    @AfterEach
    void noExceptionEscaped() {
        assertThat(uncaught).isEmpty();
    }

    private void openWithClosedExample1(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.closedExample1(Instant.parse("2026-03-01T08:00:00Z")));
        robot.interact(() -> {
            new MainWindow(stage, AppContext.forTests(journal));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
    }

    @Test
    void editingAnExitOfAClosedTradeChangesTheReviewsPnlAndR(FxRobot robot) throws Exception {
        // Example 1 traded: +$109.50, +2.13 R on the $51.40 its fills took.
        openWithClosedExample1(robot);
        robot.clickOn("#review-tab");
        assertThat(text(robot, "outcome-pnl")).isEqualTo("+$109.50");
        assertThat(text(robot, "outcome-r")).isEqualTo("+2.13 R");

        // On record: entry 1, entry 2, exit 1, exit 2, funding: the fourth row is the exit at 71,000.
        robot.clickOn("#fills-tab");
        robot.clickOn("#recorded-edit-4");
        assertThat(text(robot, "correction-title")).isEqualTo("Edit exit 2");
        type(robot, "fill-correction-price-1", "71500");
        robot.clickOn("#save-correction");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "correction-notice")).isEqualTo("Corrected the exit fill.");
        assertThat(text(robot, "plan-status")).isEqualTo("Closed");

        // 3 contracts 500 higher: +$15.00 → $124.50; R = 124.50 / 51.40 = 2.422 → "+2.42 R"
        robot.clickOn("#review-tab");
        assertThat(text(robot, "outcome-pnl")).isEqualTo("+$124.50");
        assertThat(text(robot, "outcome-r")).isEqualTo("+2.42 R");
        assertThat(text(robot, "outcome-planned-r")).isEqualTo("+2.54 R");

        TradePlan onDisk = JournalStore.open(journal).loadPlans().plans().get(0).plan();
        assertThat(onDisk.execution().exits().get(1).price()).isEqualByComparingTo("71500");
        assertThat(onDisk.execution().changes()).hasSize(1);
        assertThat(onDisk.status()).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    void deletingAnExitReopensTheTradeInTheWindow(FxRobot robot) throws Exception {
        openWithClosedExample1(robot);
        robot.clickOn("#fills-tab");

        robot.clickOn("#recorded-delete-3");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "plan-status")).isEqualTo("Open");
        assertThat(text(robot, "fills-position")).isEqualTo("Entered 7 contracts at 70,021.4 on average · exited 3"
                + " at 71,000 · 4 open");
        assertThat(robot.lookup("#fills-history").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(1);
    }
}
