package app.microplan.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.PeriodReview;
import app.microplan.domain.ReviewPeriod;
import app.microplan.domain.SimulationRules;
import app.microplan.domain.SimulationSettings;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.store.PlaybookStore;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review report exported from a German window reads German with German numbers and dates; the command line's
 * stays the English it always printed. The figures are the sample week's of {@link ReviewReportPdfTest} (net
 * 343.70, four won, one lost), written the German way.
 */
class GermanReviewReportTest {
    private static final Path JOURNAL = Path.of("assets/samples/journal");
    private static PeriodReview week;

    @BeforeAll
    static void load() throws Exception {
        List<JournalEntry> entries = JournalEntry.ofAll(
                JournalStore.open(JOURNAL).loadPlans().plans().stream().map(LoadedPlan::plan).toList());
        week = PeriodReview.of(entries, ReviewPeriod.weekOf(LocalDate.of(2026, 2, 12)), ZoneOffset.UTC,
                PlaybookStore.in(JOURNAL).load(), SimulationRules.defaults(), new SimulationSettings(1_000, 100, 1, null));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static byte[] german() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewReportPdf.write(week, "journal", PaperSize.A4, SheetWords.of("de"), out);
        return out.toByteArray();
    }

    @Test
    void theGermanReportHasGermanHeadingsLabelsNumbersAndDates() throws Exception {
        String text = text(german());

        assertThat(text).contains("Auswertung · Woche ab 9. Februar 2026", "9.–15. Februar 2026")
                .contains("Statistik", "Geschlossene Trades 5: 4 gewonnen, 1 verloren", "Trefferquote 80,00 %",
                        "Netto-G&V 343,70 $", "Profitfaktor", "Umsetzungsbewertung")
                .contains("Diagramme", "Kapitalkurve (realisierte G&V, Trade für Trade)", "G&V pro Tag",
                        "Trades nach R-Multiple")
                .contains("Pullback 2 100,00 %", "Welche Kriterien sich auszahlten", "Abgehakt", "Nicht abgehakt")
                .contains("Plan gegen Umsetzung", "Abweichung vom Plan", "Slippage beim Einstieg", "Kosten in R")
                .contains("Ruinrisiko", "1.000 Pfade zu je 100 Trades", "bis 15.02.2026", "Endkapital", "Perzentil")
                .contains("Geschriebene Auswertungen", "geschlossen 09.02.2026 14:08 · 113,56 $ · 2,54 R",
                        "Lehren: The range held", "Seite 1 von")
                .contains("diese Simulation; unter", "P(Drawdown > 20,00 %) unter 5,00 %")
                .doesNotContain("Closed trades", "Win rate", "$343.70", "Written reviews", "Page 1 of", "1,000 paths",
                        "back this simulation", "keeps P(drawdown");
    }

    @Test
    void theEnglishReportIsTheCommandLinesWordForWord() throws Exception {
        ByteArrayOutputStream cli = new ByteArrayOutputStream();
        ReviewReportPdf.write(week, "journal", PaperSize.A4, cli);
        ByteArrayOutputStream english = new ByteArrayOutputStream();
        ReviewReportPdf.write(week, "journal", PaperSize.A4, SheetWords.english(), english);

        assertThat(text(english.toByteArray())).isEqualTo(text(cli.toByteArray()))
                .contains("Review · Week of 9 February 2026", "Net P&L $343.70", "closed Mon 9 Feb 14:08",
                        "1,000 paths of 100 trades");
    }
}
