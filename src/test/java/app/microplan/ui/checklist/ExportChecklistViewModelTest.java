package app.microplan.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.checklist.ChecklistFixtures;
import app.microplan.checklist.ExportFormat;
import app.microplan.checklist.PaperSize;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.HeldTasks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportChecklistViewModelTest {
    @TempDir
    Path folder;
    private final DirectTaskRunner tasks = new DirectTaskRunner();

    private ExportChecklistViewModel viewModel(RememberedFolder memory, Locale locale) {
        return new ExportChecklistViewModel(ChecklistFixtures.exampleOne(), memory, tasks, ZoneOffset.UTC, locale);
    }

    @Test
    void startsInTheLastFolderWithANameFromSymbolSideAndDate() {
        ExportChecklistViewModel viewModel = viewModel(new RememberedFolder(folder), Locale.UK);

        assertThat(viewModel.suggestedFileName()).isEqualTo("BTC-MICRO-0.01-long-2025-03-14.pdf");
        assertThat(viewModel.targetFileProperty().get())
                .isEqualTo(folder.resolve("BTC-MICRO-0.01-long-2025-03-14.pdf").toString());
        assertThat(viewModel.paperProperty().get()).isEqualTo(PaperSize.A4);
        assertThat(viewModel(new RememberedFolder(folder), Locale.US).paperProperty().get()).isEqualTo(PaperSize.LETTER);
    }

    @Test
    void aRememberedFolderThatWasDeletedFallsBackToHome() {
        ExportChecklistViewModel viewModel = viewModel(new RememberedFolder(folder.resolve("gone")), Locale.UK);

        assertThat(viewModel.initialFolder()).isEqualTo(Path.of(System.getProperty("user.home")));
    }

    @Test
    void switchingFormatSwitchesTheExtensionAndAChosenFileSwitchesTheFormat() {
        ExportChecklistViewModel viewModel = viewModel(new RememberedFolder(folder), Locale.UK);

        viewModel.formatProperty().set(ExportFormat.MARKDOWN);
        assertThat(viewModel.targetFileProperty().get()).endsWith("2025-03-14.md");

        viewModel.chooseTarget(folder.resolve("trade.pdf"));
        assertThat(viewModel.formatProperty().get()).isEqualTo(ExportFormat.PDF);
        assertThat(viewModel.targetFileProperty().get()).isEqualTo(folder.resolve("trade.pdf").toString());

        viewModel.chooseTarget(folder.resolve("trade"));
        assertThat(viewModel.targetFileProperty().get()).isEqualTo(folder.resolve("trade.pdf").toString());
    }

    @Test
    void theExportRunsOnTheLongLaneSoAutosaveNeverWaitsBehindIt() {
        HeldTasks held = new HeldTasks();
        ExportChecklistViewModel viewModel = new ExportChecklistViewModel(ChecklistFixtures.exampleOne(),
                new RememberedFolder(folder), held, ZoneOffset.UTC, Locale.UK);

        viewModel.export();

        assertThat(held.submitted()).containsExactly(
                new HeldTasks.Submitted("Exporting the checklist", HeldTasks.Lane.LONG));
    }

    @Test
    void exportWritesThePdfReportsProgressAndRemembersTheFolder() throws IOException {
        Path other = Files.createDirectory(folder.resolve("exports"));
        RememberedFolder memory = new RememberedFolder(folder);
        ExportChecklistViewModel viewModel = viewModel(memory, Locale.US);
        List<Number> progress = new ArrayList<>();
        viewModel.progressProperty().addListener((o, was, now) -> progress.add(now));
        viewModel.chooseTarget(other.resolve("btc.pdf"));

        viewModel.export();

        try (PDDocument document = Loader.loadPDF(other.resolve("btc.pdf").toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PaperSize.LETTER.widthPoints());
            int pages = document.getNumberOfPages();
            assertThat(viewModel.getStatus()).isEqualTo("Saved " + other.resolve("btc.pdf") + ", "
                    + (pages == 1 ? "1 page" : pages + " pages"));
        }
        assertThat(progress).hasSizeGreaterThan(2).last().isEqualTo(1.0);
        assertThat(progress.stream().mapToDouble(Number::doubleValue)).isSorted();
        assertThat(viewModel.isRunning()).isFalse();
        assertThat(viewModel.isFailed()).isFalse();
        assertThat(memory.folder).isEqualTo(other);
    }

    @Test
    void exportWritesMarkdown() throws IOException {
        ExportChecklistViewModel viewModel = viewModel(new RememberedFolder(folder), Locale.UK);
        viewModel.formatProperty().set(ExportFormat.MARKDOWN);

        viewModel.export();

        Path written = folder.resolve("BTC-MICRO-0.01-long-2025-03-14.md");
        assertThat(Files.readString(written, StandardCharsets.UTF_8)).startsWith("# Pre-trade checklist");
        assertThat(viewModel.getStatus()).isEqualTo("Saved " + written);
    }

    @Test
    void aMissingFolderIsOneClearLineAndNothingIsRemembered() {
        RememberedFolder memory = new RememberedFolder(folder);
        ExportChecklistViewModel viewModel = viewModel(memory, Locale.UK);
        viewModel.targetFileProperty().set(folder.resolve("missing").resolve("x.pdf").toString());

        viewModel.export();

        assertThat(viewModel.isFailed()).isTrue();
        assertThat(viewModel.getStatus()).startsWith("Cannot write ").contains("missing").contains("does not exist")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(tasks.submitted()).isZero();
        assertThat(memory.folder).isEqualTo(folder);
    }

    @Test
    void aFailedWriteIsReportedAndTheNextExportClearsIt() throws IOException {
        ExportChecklistViewModel viewModel = viewModel(new RememberedFolder(folder), Locale.UK);
        Path aFolder = Files.createDirectory(folder.resolve("taken.pdf"));
        viewModel.targetFileProperty().set(aFolder.toString());

        viewModel.export();
        assertThat(viewModel.isFailed()).isTrue();
        assertThat(viewModel.getStatus()).isEqualTo("Cannot write " + aFolder + ": " + aFolder + " is a folder");
        assertThat(viewModel.progressProperty().get()).isZero();

        viewModel.targetFileProperty().set(folder.resolve("ok.pdf").toString());
        viewModel.export();
        assertThat(viewModel.isFailed()).isFalse();
        assertThat(folder.resolve("ok.pdf")).exists();
    }

    @Test
    void aBlankFileCannotBeExported() {
        ExportChecklistViewModel viewModel = viewModel(new RememberedFolder(folder), Locale.UK);
        viewModel.targetFileProperty().set("  ");

        assertThat(viewModel.canExportProperty().get()).isFalse();
        viewModel.export();
        assertThat(viewModel.getStatus()).isEqualTo("Choose the file to export to");
        assertThat(tasks.submitted()).isZero();
    }
}
