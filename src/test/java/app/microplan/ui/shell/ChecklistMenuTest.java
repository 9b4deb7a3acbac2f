package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.checklist.Checklist;
import app.microplan.checklist.PaperSize;
import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.checklist.PrintOutcome;
import app.microplan.ui.checklist.PrinterService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/**
 * File ▸ Export checklist… and File ▸ Print… from the real window: the selected plan lands as a PDF in the folder
 * chosen, and goes to the printer service the window is given (a fake here, so the test means the same on a machine
 * with a printer and on one without).
 */
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
        open(robot, (checklist, paper, owner) -> {
            throw new AssertionError("this test does not print");
        });
    }

    private void open(FxRobot robot, PrinterService printers) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-03-02T09:30:00Z")));
        AppContext context = AppContext.forTests(journal)
                .withSaveFileChooser((owner, initial, name, format) -> Optional.of(exports.resolve("seed")))
                .withPrinters(printers);
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
        open(robot, (checklist, paper, owner) -> new PrintOutcome(PrintOutcome.Kind.NO_PRINTER,
                PrintOutcome.NO_PRINTER_MESSAGE));

        printFromTheMenu(robot);

        assertThat(robot.lookup("#print-status").queryAs(Label.class).getText())
                .startsWith("No printer is set up on this computer");

        robot.clickOn("#print-export-instead");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".print-preview").tryQuery()).as("the preview closed").isEmpty();
        assertThat(robot.lookup("#export-button").tryQuery()).as("the export dialog opened").isPresent();
    }

    @Test
    void printSendsTheSelectedPlansChecklistOnTheChosenPaperAndSaysWhereItWent(FxRobot robot) throws Exception {
        List<Checklist> printed = new ArrayList<>();
        List<PaperSize> papers = new ArrayList<>();
        List<Window> owners = new ArrayList<>();
        open(robot, (checklist, paper, owner) -> {
            printed.add(checklist);
            papers.add(paper);
            owners.add(owner);
            return new PrintOutcome(PrintOutcome.Kind.PRINTED, "Sent 2 pages to Office laser");
        });

        robot.clickOn("File").clickOn("Print…");
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<?> paper = robot.lookup("#print-paper").queryAs(ChoiceBox.class);
        PaperSize other = paper.getValue() == PaperSize.A4 ? PaperSize.LETTER : PaperSize.A4;
        robot.interact(() -> paper.getSelectionModel().select(paper.getItems().indexOf(other)));
        robot.clickOn("#print-button");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(printed).hasSize(1);
        assertThat(printed.get(0).items()).isNotEmpty();
        assertThat(printed.get(0).rules()).isNotEmpty();
        assertThat(papers).containsExactly(other);
        assertThat(owners.get(0)).as("the dialogs belong to the preview window").isNotSameAs(stage)
                .isSameAs(robot.lookup(".print-preview").query().getScene().getWindow());
        assertThat(robot.lookup("#print-status").queryAs(Label.class).getText()).isEqualTo("Sent 2 pages to Office laser");
    }

    private static void printFromTheMenu(FxRobot robot) {
        robot.clickOn("File").clickOn("Print…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#print-button");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
