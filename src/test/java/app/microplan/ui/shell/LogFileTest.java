package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.DirectTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rotating log in the journal's logs/ folder, and the status bar's link to it after an unexpected error. */
@ExtendWith(ApplicationExtension.class)
class LogFileTest {
    @TempDir
    Path journal;

    private Stage stage;
    private Runnable restoreHandlers = () -> { };

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void putTheHandlersBack() {
        restoreHandlers.run();
        LogFile.stop();
    }

    @Test
    void anUnexpectedErrorEndsUpInTheLogFileWhichTheStatusBarNamesAndOpens(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-03-02T09:30:00Z")));
        List<Path> opened = new CopyOnWriteArrayList<>();
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, AppContext.forTests(journal).withFileOpener(opened::add));
            restoreHandlers = UnexpectedErrors.install(window[0].viewModel());
            stage.show();
        });
        Path log = journal.toAbsolutePath().normalize().resolve("logs/microplan-0.log");
        // The error comes while the trader works, not while the journal opens: its opening says how many plans it has
        // in the same place when it ends.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window[0].viewModel().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        Platform.runLater(() -> {
            throw new IllegalStateException("a bug nobody expected");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> read(log).contains("a bug nobody expected"));

        assertThat(read(log)).contains("SEVERE app.microplan.ui.shell.UnexpectedErrors")
                .contains("java.lang.IllegalStateException: a bug nobody expected")
                .contains("at " + LogFileTest.class.getName());
        assertThat(robot.lookup("#status-notice").queryLabeled().getText())
                .contains("a bug nobody expected").contains("the details are in the log");
        Hyperlink details = robot.lookup("#status-details").queryAs(Hyperlink.class);
        assertThat(details.isVisible()).isTrue();
        assertThat(details.getText()).isEqualTo("microplan-0.log");
        robot.clickOn(details);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(log);
    }

    @Test
    void backgroundWorkThatFailsIsLoggedWithItsTitleAndError() throws Exception {
        Path log = LogFile.writeInto(journal).orElseThrow();

        new DirectTaskRunner().submit("Exporting the journal", progress -> {
            throw new IOException("disk full");
        }, done -> { }, failed -> { });

        assertThat(read(log)).contains("WARNING app.microplan.ui.common.TaskRunner: Exporting the journal failed")
                .contains("java.io.IOException: disk full");
    }

    @Test
    void theLogMovesOnToANewFileAtItsSizeLimitAndKeepsAtMostFiveFiles() throws Exception {
        LogFile.writeInto(journal).orElseThrow();
        Logger logger = Logger.getLogger("app.microplan.test");
        String line = "x".repeat(20_000);

        for (int i = 0; i < 6 * LogFile.LIMIT_BYTES / line.length(); i++) {
            logger.log(Level.INFO, line);
        }

        List<Path> logs;
        try (Stream<Path> files = Files.list(journal.resolve("logs"))) {
            logs = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
        }
        assertThat(logs).extracting(f -> f.getFileName().toString()).containsExactly("microplan-0.log",
                "microplan-1.log", "microplan-2.log", "microplan-3.log", "microplan-4.log");
        for (Path file : logs) {
            assertThat(Files.size(file)).isLessThanOrEqualTo(LogFile.LIMIT_BYTES + line.length() + 200L);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
