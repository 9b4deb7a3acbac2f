package app.microplan.ui.shell;

import static app.microplan.ui.WindowInput.text;
import static app.microplan.ui.WindowInput.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A failed save pops up a ControlsFX notification with the reason and Save again, besides the status bar. */
@ExtendWith(ApplicationExtension.class)
class SaveFailureNoticeTest {
    @TempDir
    Path journal;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    void aFailedSaveIsNotifiedWithItsReasonAndSaveAgainSavesOnceTheFolderIsBack(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-03-02T09:30:00Z")));
        robot.interact(() -> {
            new MainWindow(stage, AppContext.forTests(journal));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path plans = journal.resolve("plans");
        Path away = Files.move(plans, journal.resolve("plans-away"));
        Files.writeString(plans, "a file where the plans folder was");

        type(robot, "stop", "69400");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".notification-bar").tryQuery().isPresent());
        assertThat(text(robot, "save-indicator")).startsWith("Not saved — ");
        assertThat(robot.lookup(".notification-bar .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains(text(robot, "save-indicator"));
        Files.delete(plans);
        Files.move(away, plans);
        Button saveAgain = robot.lookup(".notification-bar .button").lookup((Node n) -> n instanceof Button b
                && "Save again".equals(b.getText())).queryButton();
        waitUntilItStopsMoving(saveAgain);
        robot.clickOn(saveAgain);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "save-indicator")).isEqualTo("Saved");
        try (var files = Files.list(plans)) {
            assertThat(Files.readString(files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow()))
                    .contains("69400");
        }
    }

    /** The notification slides in: a click aimed at where the button was would miss it. */
    private static void waitUntilItStopsMoving(Node node) throws Exception {
        Bounds[] last = {null};
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            Bounds now = node.localToScreen(node.getBoundsInLocal());
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still;
        });
    }
}
