package app.microplan.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every task runner shows the status bar: busy or not, how far, and what it is doing; and the log line of work
 * that failed (the caller shows the failure in words, the log keeps its stack trace).
 */
abstract class TaskProgress implements TaskRunner {
    protected final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    protected final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    protected final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    protected static void logFailure(String title, Throwable error) {
        // The logger only when something failed: a task runner is made before the first frame, and getting a logger
        // then would set up java.util.logging on that frame's way (about 10 ms).
        Logger.getLogger(TaskRunner.class.getName()).log(Level.WARNING, title + " failed", error);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
