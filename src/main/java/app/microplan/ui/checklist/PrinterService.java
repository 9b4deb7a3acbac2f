package app.microplan.ui.checklist;

import app.microplan.checklist.Checklist;
import app.microplan.checklist.PaperSize;
import javafx.stage.Window;

/**
 * Where File ▸ Print… sends a checklist: the computer's printers in the app ({@link PrintChecklistService}), a fake
 * in tests, so a print test means the same on a machine with a printer and on one without.
 */
@FunctionalInterface
public interface PrinterService {
    /** Asks for page setup and a printer (dialogs owned by {@code owner}) and prints; call on the JavaFX thread. */
    PrintOutcome print(Checklist checklist, PaperSize paper, Window owner);
}
