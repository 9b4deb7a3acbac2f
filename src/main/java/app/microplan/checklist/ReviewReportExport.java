package app.microplan.checklist;

import app.microplan.domain.PeriodReview;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a periodic review's PDF to a file, laid out first and moved into place, like a checklist export. */
public final class ReviewReportExport {
    private ReviewReportExport() {
    }

    public static ChecklistExport.Result export(PeriodReview review, String journalName, PaperSize paper, Path target,
                                                ChecklistExport.Progress progress) throws IOException {
        return export(review, journalName, paper, SheetWords.english(), target, progress);
    }

    /** The report in the language of {@code words}: the window's, when the window exports it. */
    public static ChecklistExport.Result export(PeriodReview review, String journalName, PaperSize paper,
                                                SheetWords words, Path target, ChecklistExport.Progress progress)
            throws IOException {
        progress.update(0.6, "Laying out the pages");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int pages = ReviewReportPdf.write(review, journalName, paper, words, content);
        progress.update(0.9, "Saving " + target.getFileName());
        ChecklistExport.writeReplacing(target, content);
        progress.update(1.0, "Saved");
        return new ChecklistExport.Result(target, content.size(), pages);
    }
}
