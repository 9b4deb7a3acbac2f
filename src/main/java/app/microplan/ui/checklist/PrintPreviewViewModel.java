package app.microplan.ui.checklist;

import app.microplan.checklist.Checklist;
import app.microplan.checklist.PaperSize;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The print preview's state: the checklist shown, the paper it is laid out for, and how printing went. */
public final class PrintPreviewViewModel {

    /** Prints a checklist; the view supplies one bound to its window, tests a fake. */
    @FunctionalInterface
    public interface ChecklistPrinter {
        PrintOutcome print(Checklist checklist, PaperSize paper);
    }

    private final Checklist checklist;
    private final ChecklistPrinter printer;
    private final ObjectProperty<PaperSize> paper;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper exportOffered = new ReadOnlyBooleanWrapper();
    private final Runnable exportInstead;

    public PrintPreviewViewModel(Checklist checklist, ChecklistPrinter printer, Locale locale) {
        this(checklist, printer, locale, null);
    }

    /** @param exportInstead opens the checklist's PDF export, offered when there is no printer; null offers none */
    public PrintPreviewViewModel(Checklist checklist, ChecklistPrinter printer, Locale locale,
                                 Runnable exportInstead) {
        this.checklist = checklist;
        this.printer = printer;
        this.paper = new SimpleObjectProperty<>(PaperSize.forLocale(locale));
        this.exportInstead = exportInstead;
    }

    /** True once printing found no printer: "Export PDF instead" is then offered beside Print. */
    public ReadOnlyBooleanProperty exportOfferedProperty() {
        return exportOffered.getReadOnlyProperty();
    }

    /** Opens the PDF export of the same checklist (a file the trader can print elsewhere). */
    public void exportPdfInstead() {
        if (exportInstead != null) {
            exportInstead.run();
        }
    }

    public Checklist checklist() {
        return checklist;
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** True when the last print did not happen for a reason the trader should read (no printer, a failure). */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void print() {
        PrintOutcome outcome = printer.print(checklist, paper.get());
        problem.set(outcome.kind() == PrintOutcome.Kind.NO_PRINTER || outcome.kind() == PrintOutcome.Kind.FAILED);
        status.set(outcome.message());
        exportOffered.set(exportInstead != null && (exportOffered.get() || outcome.kind() == PrintOutcome.Kind.NO_PRINTER));
    }
}
