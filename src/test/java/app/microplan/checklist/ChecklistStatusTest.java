package app.microplan.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The checklist says the status the plan really has: a READY plan is not one that "can be marked ready". */
class ChecklistStatusTest {

    private static String verdictOf(PlanStatus status) {
        TradePlan plan = ChecklistFixtures.exampleOne().toBuilder().status(status).build();
        return ChecklistBuilder.build(plan, ZoneOffset.UTC).verdict();
    }

    @Test
    void aDraftThatPassesCanBeMarkedReady() {
        assertThat(verdictOf(PlanStatus.DRAFT)).isEqualTo("Every blocking rule holds: the plan can be marked ready.");
    }

    @Test
    void aReadyPlanSaysItIsReady() {
        assertThat(verdictOf(PlanStatus.READY)).isEqualTo("Ready to trade: every blocking rule holds.")
                .doesNotContain("can be marked");
    }

    @Test
    void anOpenClosedReviewedOrCancelledPlanSaysSo() {
        assertThat(verdictOf(PlanStatus.OPEN)).isEqualTo("Open: the trade was entered. The rules below are as they"
                + " read now.");
        assertThat(verdictOf(PlanStatus.CLOSED)).isEqualTo("Closed: the trade is over. The rules below are as they"
                + " read now.");
        assertThat(verdictOf(PlanStatus.REVIEWED)).startsWith("Reviewed:").doesNotContain("can be marked");
        assertThat(verdictOf(PlanStatus.CANCELLED)).startsWith("Cancelled:").doesNotContain("can be marked");
    }

    @Test
    void theStatusInThePdfIsThePlans() throws IOException {
        TradePlan ready = ChecklistFixtures.exampleOne().toBuilder().status(PlanStatus.READY).build();
        Checklist checklist = ChecklistBuilder.build(ready, ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfChecklist.write(checklist, PaperSize.A4, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Status Ready", "Ready to trade").doesNotContain("can be marked ready");
        }
    }
}
