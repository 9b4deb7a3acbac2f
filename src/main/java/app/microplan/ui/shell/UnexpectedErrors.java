package app.microplan.ui.shell;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The last line of defence: an exception nobody caught is logged in full and reported in one short line in the
 * status bar (never a stack trace in a dialog), and the journal saves what it holds, so no plan is lost.
 */
public final class UnexpectedErrors {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    private UnexpectedErrors() {
    }

    /**
     * Catches what nobody caught, on every thread and on the FX thread (call it there). Returns what puts the
     * previous handlers back (tests use it).
     */
    public static Runnable install(MainViewModel vm) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            LOG.log(Level.SEVERE, "Unexpected error on " + thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                vm.reportUnexpected(error);
            } else {
                Platform.runLater(() -> vm.reportUnexpected(error));
            }
        };
        Thread.UncaughtExceptionHandler previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread current = Thread.currentThread();
        Thread.UncaughtExceptionHandler previousHere = current.getUncaughtExceptionHandler();
        if (Platform.isFxApplicationThread()) {
            current.setUncaughtExceptionHandler(handler);
        }
        return () -> {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
            if (current.getUncaughtExceptionHandler() == handler) {
                current.setUncaughtExceptionHandler(previousHere);
            }
        };
    }
}
