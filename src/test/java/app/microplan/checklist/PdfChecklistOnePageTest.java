package app.microplan.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Issue 12: a typical plan's checklist fits on one page; a long written plan still flows onto more. */
class PdfChecklistOnePageTest {

    private static byte[] pdf(TradePlan plan, PaperSize paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfChecklist.write(ChecklistBuilder.build(plan, ZoneOffset.UTC), paper, out);
        return out.toByteArray();
    }

    private static byte[] germanPdf(TradePlan plan, PaperSize paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfChecklist.write(ChecklistBuilder.build(plan, ZoneOffset.UTC, SheetWords.of("de")), paper, out);
        return out.toByteArray();
    }

    private static int pageCount(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        }
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void exampleOneFitsOnExactlyOneA4Page() throws IOException {
        assertThat(pageCount(pdf(ChecklistFixtures.exampleOne(), PaperSize.A4))).isEqualTo(1);
    }

    @Test
    void exampleOneFitsOnExactlyOneLetterPage() throws IOException {
        assertThat(pageCount(pdf(ChecklistFixtures.exampleOne(), PaperSize.LETTER))).isEqualTo(1);
    }

    /** The German sheet's words run longer; it still fits where the English one does, every section on it. */
    @Test
    void exampleOneInGermanFitsOnExactlyOnePageOnA4AndLetter() throws IOException {
        for (PaperSize paper : PaperSize.values()) {
            byte[] bytes = germanPdf(ChecklistFixtures.exampleOne(), paper);

            assertThat(pageCount(bytes)).as(paper.label()).isEqualTo(1);
            assertThat(text(bytes)).as(paper.label()).contains("Die Zahlen", "Regeln", "Vor dem Einstieg",
                    "Schriftlicher Plan", "Risikoregeln", "Notizen", "CPI is due Thursday", "Seite 1 von 1");
        }
    }

    @Test
    void veryLongWrittenSectionsFlowOntoMorePagesWithEverySectionInFull() throws IOException {
        TradePlan plan = ChecklistFixtures.exampleOne().toBuilder().written(new WrittenPlan(
                words("thesis", 400), words("entry", 400), words("exit", 400), words("risk", 400),
                words("note", 400))).build();
        for (PaperSize paper : PaperSize.values()) {
            byte[] bytes = pdf(plan, paper);
            String text = text(bytes);

            assertThat(pageCount(bytes)).as(paper.label()).isGreaterThan(1);
            for (String section : new String[] {"Thesis", "Entry criteria", "Exit strategy", "Risk-management rules", "Notes"}) {
                assertThat(text).as(paper.label()).contains(section);
            }
            // Every numbered word of every section is on some page, none lost to the page breaks.
            Set<String> printed = new HashSet<>(List.of(text.split(" ")));
            for (String stem : new String[] {"thesis", "entry", "exit", "risk", "note"}) {
                assertThat(printed).as(paper.label()).containsAll(List.of(words(stem, 400).split(" ")));
            }
        }
    }

    /** "stem0 stem1 … stemN-1": each word unique, so a lost line shows. */
    private static String words(String stem, int count) {
        return IntStream.range(0, count).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
    }
}
