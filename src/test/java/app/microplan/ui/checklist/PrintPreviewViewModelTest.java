package app.microplan.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.checklist.Checklist;
import app.microplan.checklist.ChecklistBuilder;
import app.microplan.checklist.ChecklistFixtures;
import app.microplan.checklist.PaperSize;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PrintPreviewViewModelTest {
    private final Checklist checklist = ChecklistBuilder.build(ChecklistFixtures.exampleOne(), ZoneOffset.UTC);

    @Test
    void withNoPrinterTheTraderReadsWhatToDoInstead() {
        PrintChecklistService noPrinter = new PrintChecklistService(() -> null);
        PrintPreviewViewModel viewModel = new PrintPreviewViewModel(checklist,
                (c, paper) -> noPrinter.print(c, paper, null), Locale.UK);

        viewModel.print();

        assertThat(viewModel.getStatus()).isEqualTo(PrintOutcome.NO_PRINTER_MESSAGE);
        assertThat(viewModel.problemProperty().get()).isTrue();
    }

    @Test
    void thePdfExportIsOfferedOnlyOnceThereTurnsOutToBeNoPrinter() {
        int[] exports = new int[1];
        PrintOutcome[] next = {new PrintOutcome(PrintOutcome.Kind.CANCELLED, "Not printed")};
        PrintPreviewViewModel viewModel = new PrintPreviewViewModel(checklist, (c, paper) -> next[0], Locale.UK,
                () -> exports[0]++);

        viewModel.print();
        assertThat(viewModel.exportOfferedProperty().get()).isFalse();

        next[0] = new PrintOutcome(PrintOutcome.Kind.NO_PRINTER, PrintOutcome.NO_PRINTER_MESSAGE);
        viewModel.print();
        assertThat(viewModel.exportOfferedProperty().get()).isTrue();

        viewModel.exportPdfInstead();
        assertThat(exports[0]).isEqualTo(1);
    }

    @Test
    void printsOnTheChosenPaperAndShowsTheOutcome() {
        PaperSize[] asked = new PaperSize[1];
        PrintPreviewViewModel viewModel = new PrintPreviewViewModel(checklist, (c, paper) -> {
            asked[0] = paper;
            return new PrintOutcome(PrintOutcome.Kind.PRINTED, "Sent 2 pages to Office");
        }, Locale.UK);
        viewModel.paperProperty().set(PaperSize.LETTER);

        viewModel.print();

        assertThat(asked[0]).isEqualTo(PaperSize.LETTER);
        assertThat(viewModel.getStatus()).isEqualTo("Sent 2 pages to Office");
        assertThat(viewModel.problemProperty().get()).isFalse();
    }
}
