package app.microplan.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.checklist.ChecklistFixtures;
import app.microplan.checklist.ExportFormat;
import app.microplan.ui.common.FxTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog driven like a person would: pick Markdown, choose a file, export, read the status line. */
@ExtendWith(ApplicationExtension.class)
class ExportChecklistViewTest {
    @TempDir
    static Path folder;
    private FxTaskRunner tasks;
    private RememberedFolder memory;
    private ExportFormat askedFormat;

    private Stage window;

    @Start
    void start(Stage stage) throws IOException {
        window = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        memory = new RememberedFolder(folder);
        tasks = new FxTaskRunner();
        Path chosen = Files.createDirectories(folder.resolve("chosen")).resolve("my-checklist");
        SaveFileChooser chooser = (owner, initial, name, format) -> {
            askedFormat = format;
            return Optional.of(chosen);
        };
        ExportChecklistViewModel viewModel = new ExportChecklistViewModel(ChecklistFixtures.exampleOne(), memory,
                tasks, ZoneOffset.UTC, Locale.UK);
        stage.setScene(new Scene(new ExportChecklistView(viewModel, chooser)));
        stage.show();
    }

    @AfterEach
    void stopBackgroundAndTheme(FxRobot robot) {
        tasks.shutdown();
        // The theme is global: put JavaFX's own back so later test classes start as they expect.
        robot.interact(() -> Application.setUserAgentStylesheet(null));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportsMarkdownToTheChosenFileOffTheFxThread(FxRobot robot) throws Exception {
        robot.clickOn("#export-format-md");
        assertThat(robot.lookup("#export-paper").queryAs(ChoiceBox.class).isDisabled()).isTrue();

        robot.clickOn("#export-choose");
        Path expected = folder.resolve("chosen").resolve("my-checklist.md");
        assertThat(askedFormat).isEqualTo(ExportFormat.MARKDOWN);
        assertThat(robot.lookup("#export-file").queryAs(TextField.class).getText()).isEqualTo(expected.toString());

        robot.clickOn("#export-button");
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Saved"));

        assertThat(status.getText()).isEqualTo("Saved " + expected);
        assertThat(Files.readString(expected, StandardCharsets.UTF_8)).contains("- [x] Stop order placed with the entry");
        assertThat(memory.folder).isEqualTo(expected.getParent());
    }

    @Test
    void aTypedFileInAMissingFolderShowsTheReasonUnderTheButton(FxRobot robot) throws Exception {
        TextField file = robot.lookup("#export-file").queryAs(TextField.class);
        robot.interact(file::clear);
        robot.clickOn(file).write(folder.resolve("nowhere").resolve("x.pdf").toString());

        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Cannot write").contains("nowhere").contains("does not exist");
        assertThat(status.getStyleClass()).contains("export-status-error");
    }

    @Test
    void exportsAPdfWithTheDefaultName(FxRobot robot) throws Exception {
        robot.clickOn("#export-button");
        Path expected = folder.resolve("BTC-MICRO-0.01-long-2025-03-14.pdf");
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Saved"));

        assertThat(status.getText()).startsWith("Saved " + expected + ", ").matches(".*, (1 page|([2-9]|[1-9]\\d+) pages)");
        assertThat(Files.size(expected)).isPositive();
    }

    @Test
    void closeAndEscapeLeaveWithoutWritingAFile(FxRobot robot) throws Exception {
        java.util.List<Path> before = filesIn(folder);

        robot.clickOn("#export-close");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isFalse();

        robot.interact(window::show);
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.isShowing()).isFalse();
        assertThat(filesIn(folder)).isEqualTo(before);
    }

    private static java.util.List<Path> filesIn(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
