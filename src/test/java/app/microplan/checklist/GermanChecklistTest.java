package app.microplan.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.TradePlan;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The checklist exported from a German window reads German with German numbers; the CLI's stays English. */
class GermanChecklistTest {
    private final TradePlan plan = ChecklistFixtures.exampleOne();

    @Test
    void theMarkdownSheetInGermanHasGermanHeadingsReasonsAndNumbers() {
        String markdown = MarkdownChecklist.render(ChecklistBuilder.build(plan, ZoneOffset.UTC, SheetWords.of("de")));

        assertThat(markdown).startsWith("# Checkliste vor dem Trade: BTC-MICRO-0.01 Long")
                .contains("## Die Zahlen", "## Regeln", "## Vor dem Einstieg", "- Margin-Auslastung: 9,80 %",
                        "- Risiko am Stop: 49,00 $ = 0,98 % des Kapitals (Grenze 1,00 %)",
                        "Risiko 49,00 $ sind 0,98 % des Kapitals, innerhalb der Grenze von 1,00 %",
                        "Margin-Auslastung unter der Grenze")
                .doesNotContain("The numbers", "of equity");
    }

    @Test
    void theGermanSheetsLadderSizeNoteLiquidationAndBreakevenAreGerman() throws Exception {
        Checklist german = ChecklistBuilder.build(plan, ZoneOffset.UTC, SheetWords.of("de"));
        String markdown = MarkdownChecklist.render(german);

        assertThat(markdown).contains("- 73.500 · Ø Einstieg +5 %: netto 245,00 $ (5,00 R) · ",
                        "- 63.350 · Liquidation (geschätzt): netto −465,50 $", "≈ 63.350 (Bybit-Formel)",
                        "Das Risikobudget 50,00 $", "70.000 (keine Gebühren eingestellt)",
                        "Ganze Position je Kurs geschlossen")
                .doesNotContain("Avg entry", ": net ", "formula)", "Whole position", "The risk budget", "no fees set");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfChecklist.write(german, PaperSize.A4, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Kurs", "Marke", "Netto-G/V", "Kapital",
                    "Margin-Verh.", "Bis Liquidation", "Ø Einstieg −5 %").doesNotContain("Equity after", "To liquidation");
        }
    }

    @Test
    void theEnglishSheetIsTheCommandLinesWordForWord() {
        String english = MarkdownChecklist.render(ChecklistBuilder.build(plan, ZoneOffset.UTC));

        assertThat(MarkdownChecklist.render(ChecklistBuilder.build(plan, ZoneOffset.UTC, SheetWords.english())))
                .isEqualTo(english);
        assertThat(english).contains("## The numbers", "- Margin utilization: 9.80 %",
                "Risk $49.00 is 0.98 % of equity, within the 1.00 % cap");
    }

    @Test
    void theGermanPdfCarriesItsUmlautsAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfChecklist.write(ChecklistBuilder.build(plan, ZoneOffset.UTC, SheetWords.of("de")), PaperSize.A4, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Positionsgröße", "Gebühren", "Schriftlicher Plan", "Seite 1 von");
        }
    }
}
