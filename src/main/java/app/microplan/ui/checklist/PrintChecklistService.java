package app.microplan.ui.checklist;

import app.microplan.ui.common.Messages;
import app.microplan.checklist.Checklist;
import app.microplan.checklist.PaperSize;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;

/**
 * Prints a checklist with JavaFX's PrinterJob: page setup and print dialogs, then one page at a time, breaking
 * between rows. A computer with no printer gets a message saying so, not an error.
 */
public final class PrintChecklistService implements PrinterService {
    private final Supplier<PrinterJob> jobs;

    public PrintChecklistService() {
        this(PrinterJob::createPrinterJob);
    }

    /** {@code jobs} returns null when there is no printer, as {@link PrinterJob#createPrinterJob()} does. */
    public PrintChecklistService(Supplier<PrinterJob> jobs) {
        this.jobs = jobs;
    }

    /** Shows page setup and the print dialog (owned by {@code owner}), then prints. Call on the JavaFX thread. */
    @Override
    public PrintOutcome print(Checklist checklist, PaperSize paper, Window owner) {
        PrinterJob job = jobs.get();
        if (job == null) {
            return new PrintOutcome(PrintOutcome.Kind.NO_PRINTER, PrintOutcome.NO_PRINTER_MESSAGE);
        }
        Printer printer = job.getPrinter();
        job.getJobSettings().setPageLayout(printer.createPageLayout(paperOf(paper), PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT));
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return new PrintOutcome(PrintOutcome.Kind.CANCELLED, Messages.text("print.cancelled"));
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        int printed = printPages(job, checklist, layout);
        if (printed < 0 || !job.endJob()) {
            return new PrintOutcome(PrintOutcome.Kind.FAILED, Messages.text("print.failed",
                    job.getJobStatus().name().toLowerCase()));
        }
        return new PrintOutcome(PrintOutcome.Kind.PRINTED, Messages.text("print.sent", printed,
                job.getPrinter().getName()));
    }

    /** Lays the checklist out at the printable width and prints it page by page; -1 when a page fails. */
    private static int printPages(PrinterJob job, Checklist checklist, PageLayout layout) {
        double width = layout.getPrintableWidth();
        double height = layout.getPrintableHeight();
        ChecklistNode node = new ChecklistNode(checklist, width);
        // A scene applies the stylesheet and lays the rows out, so their heights are known before printing.
        new Scene(new Group(node));
        node.applyCss();
        node.layout();
        List<Double> starts = PrintPages.starts(rows(node), height);
        for (int page = 0; page < starts.size(); page++) {
            double top = starts.get(page);
            double bottom = page + 1 < starts.size() ? starts.get(page + 1) : node.getHeight();
            node.setClip(new Rectangle(0, top, width, bottom - top));
            node.setTranslateY(-top);
            if (!job.printPage(layout, node)) {
                return -1;
            }
        }
        return starts.size();
    }

    private static List<PrintPages.Row> rows(ChecklistNode node) {
        List<PrintPages.Row> rows = new ArrayList<>();
        for (Node child : node.getChildren()) {
            rows.add(new PrintPages.Row(child.getBoundsInParent().getMinY(), child.getBoundsInParent().getMaxY()));
        }
        return rows;
    }

    static Paper paperOf(PaperSize paper) {
        return paper == PaperSize.LETTER ? Paper.NA_LETTER : Paper.A4;
    }
}
