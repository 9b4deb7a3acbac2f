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
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The review report of the sample journal's week of 9 February 2026 (UTC), read back as text. Its five trades
 * are rows of the table docs/samples/sample_journal_figures.py works out independently (SampleJournalStatisticsTest
 * checks the same table): sample-23 +113.558, sample-24 +75.82, sample-25 −47.65, sample-27 +91.5608, sample-26
 * +110.4128 — net $343.70 (343.7016), four won, one lost.
 */
class ReviewReportPdfTest {
    private static final Path JOURNAL = Path.of("assets/samples/journal");
    private static List<JournalEntry> entries;

    @BeforeAll
    static void load() throws Exception {
        entries = JournalEntry.ofAll(JournalStore.open(JOURNAL).loadPlans().plans().stream().map(LoadedPlan::plan).toList());
    }

    private static PeriodReview review(ReviewPeriod period) throws Exception {
        return PeriodReview.of(entries, period, ZoneOffset.UTC, PlaybookStore.in(JOURNAL).load(),
                SimulationRules.defaults(), new SimulationSettings(1_000, 100, 1, null));
    }

    private record Written(int pages, String text) {
    }

    private static Written write(PeriodReview review, PaperSize paper) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = ReviewReportPdf.write(review, "journal", paper, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Review · " + review.period().title());
            return new Written(pages, new PDFTextStripper().getText(document).replaceAll("\\s+", " "));
        }
    }

    @Test
    @DisplayName("a week: its statistics, charts, playbooks, departures, simulation and reviews, every page numbered")
    void week() throws Exception {
        Written pdf = write(review(ReviewPeriod.weekOf(LocalDate.of(2026, 2, 12))), PaperSize.A4);

        assertThat(pdf.text()).contains("Review · Week of 9 February 2026", "9–15 February 2026")
                .contains("Closed trades 5: 4 won, 1 lost", "Net P&L $343.70", "Win rate 80.00 %")
                .contains("Equity (realized P&L, trade by trade)", "P&L by day", "Trades by R-multiple")
                .contains("Playbook Trades Win rate", "Pullback 2 100.00 %", "Range-fade 2 50.00 %", "News 1 100.00 %")
                .contains("Which criteria paid", "Range-fade: Range held at least twice")
                .contains("Plan against execution", "Entry slippage", "Past the stop", "Funding above the estimate")
                .contains("Risk of ruin", "1,000 paths of 100 trades", "Only 27 trades back this simulation")
                .contains("Final equity", "Drawdown deeper than", "a trade or less keeps P(drawdown > 20.00 %)")
                .contains("Written reviews", "BTC-MICRO-0.01 long · pullback · closed Mon 9 Feb 14:08 · $113.56 · 2.54 R")
                .contains("Lessons: The range held; trust the levels");
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(pdf.text()).contains("Page " + page + " of " + pdf.pages());
        }
        assertThat(pdf.pages()).isBetween(2, 4);
    }

    @Test
    @DisplayName("a month on Letter paper carries every reviewed trade of the month")
    void month() throws Exception {
        PeriodReview february = review(ReviewPeriod.month(YearMonth.of(2026, 2)));
        Written pdf = write(february, PaperSize.LETTER);

        assertThat(february.statistics().overall().trades()).isEqualTo(19);
        assertThat(pdf.text()).contains("Review · February 2026", "1–28 February 2026", "Closed trades 19: 9 won, 10 lost");
        for (PeriodReview.WrittenReview written : february.reviews()) {
            assertThat(pdf.text()).contains(written.review().lessons());
        }
        assertThat(february.reviews()).hasSizeGreaterThan(5);
    }

    @Test
    @DisplayName("a quiet week says so in every section instead of drawing empty charts")
    void quietWeek() throws Exception {
        Written pdf = write(review(ReviewPeriod.weekOf(LocalDate.of(2025, 6, 2))), PaperSize.A4);

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("No trade closed in this period.",
                "No trade of this period belongs to a playbook.", "nothing to simulate",
                "No trade of this period has been reviewed yet.").doesNotContain("P&L by day");
    }
}
