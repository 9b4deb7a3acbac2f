package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export checklist… from the real window: the selected plan lands as a PDF in the folder chosen. */
@ExtendWith(ApplicationExtension.class)
class ChecklistMenuTest {
    @TempDir
    Path journal;
    @TempDir
    Path exports;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private void open(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-03-02T09:30:00Z")));
        AppContext context = AppContext.forTests(journal)
                .withSaveFileChooser((owner, initial, name, format) -> Optional.of(exports.resolve("seed")));
        robot.interact(() -> {
            new MainWindow(stage, context);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportChecklistWritesThePlanAsAPdfAndRemembersTheFolder(FxRobot robot) throws Exception {
        open(robot);

        robot.clickOn("File").clickOn("Export checklist…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-choose");
        robot.clickOn("#export-button");
        Path pdf = exports.resolve("seed.pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(pdf)
                && robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("Saved"));

        assertThat(text(pdf)).contains("Pre-trade checklist", "$49.00", "0.98 %", "$490.00");
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).contains("seed.pdf");
        assertThat(Files.readString(journal.resolve("settings.json"))).contains(exports.toString());
    }

    @Test
    void printWithoutAPrinterSaysSoInWords(FxRobot robot) throws Exception {
        open(robot);

        robot.clickOn("File").clickOn("Print…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".print-preview").tryQuery()).isPresent();
        robot.clickOn("#print-button");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#print-status").queryAs(Label.class).getText())
                .startsWith("No printer is set up on this computer");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
