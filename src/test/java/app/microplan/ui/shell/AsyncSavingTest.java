package app.microplan.ui.shell;

import static app.microplan.ui.WindowInput.text;
import static app.microplan.ui.WindowInput.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.FxDebouncer;
import app.microplan.ui.common.FxTaskRunner;
import app.microplan.ui.common.GatedTasks;
import app.microplan.ui.common.LocaleNumbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the app runs it: the real background runner and autosave's real quiet spell. A gate holds the
 * save on its thread so the status bar can be seen saying "Saving…" before "Saved", and a held export shows that
 * a save does not wait behind it.
 */
@ExtendWith(ApplicationExtension.class)
class AsyncSavingTest {
    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path journal;
    @TempDir
    Path exports;

    private Stage stage;
    private final GatedTasks tasks = new GatedTasks(new FxTaskRunner());
    private MainWindow window;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void stopTheRunner() {
        tasks.shutdown();
    }

    private void open(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-03-02T09:30:00Z")));
        robot.interact(() -> {
            AppContext context = new AppContext(journal, tasks, new FxDebouncer(Duration.millis(150)),
                    new LocaleNumbers(Locale.US), Clock.systemUTC(),
                    (owner, initial, name, format) -> Optional.of(exports.resolve("seed")));
            window = new MainWindow(stage, context);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> window.viewModel().getCurrentPlan() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String planFile() throws IOException {
        try (var files = Files.list(journal.resolve("plans"))) {
            return Files.readString(files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow());
        }
    }

    private static void waitForSaveIndicator(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> expected.equals(text(robot, "save-indicator")));
    }

    @Test
    void anEditShowsSavingWhileTheSaveRunsInTheBackgroundThenSaved(FxRobot robot) throws Exception {
        open(robot);
        assertThat(text(robot, "save-indicator")).isEqualTo("Saved");
        CountDownLatch save = tasks.hold("Saving plan");

        type(robot, "stop", "69400");

        waitForSaveIndicator(robot, "Saving…");
        assertThat(planFile()).as("nothing written while the save is held").contains("69300").doesNotContain("69400");
        save.countDown();
        waitForSaveIndicator(robot, "Saved");
        assertThat(planFile()).contains("69400");
    }

    @Test
    void anEditIsSavedWhileALongExportIsStillRunning(FxRobot robot) throws Exception {
        open(robot);
        CountDownLatch export = tasks.hold("Exporting the checklist");
        robot.clickOn("File").clickOn("Export checklist…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-choose");
        robot.clickOn("#export-button");
        robot.interact(() -> robot.lookup("#export-button").query().getScene().getWindow().hide());
        assertThat(tasks.busyProperty().get()).as("the export is under way").isTrue();

        type(robot, "stop", "69400");

        waitForSaveIndicator(robot, "Saved");
        assertThat(planFile()).contains("69400");
        assertThat(exports.resolve("seed.pdf")).as("the export is still held").doesNotExist();
        export.countDown();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> Files.exists(exports.resolve("seed.pdf")));
    }
}
