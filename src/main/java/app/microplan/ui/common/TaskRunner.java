package app.microplan.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Where slow work (disk I/O) runs: off the JavaFX thread in the app, on the calling thread in tests, so
 * autosave and loading are tested without waiting. Results and failures always come back on the thread
 * that owns the UI (the FX thread in the app), never from the background.
 */
public interface TaskRunner {

    /** Work that may report progress as it goes. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Where work reports how far it got. */
    @FunctionalInterface
    interface Progress {
        void update(long done, long total, String message);
    }

    /**
     * Short work that must keep its order: saving, deleting, opening the journal. Runs one piece at a time, in the
     * order submitted.
     */
    <T> void submit(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed);

    /**
     * Long work that nothing else waits for: an export, the journal's statistics, reading a CSV file. It runs apart
     * from {@link #submit}'s work, so a save never queues behind it. A runner with one lane runs both alike.
     */
    default <T> void submitLong(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        submit(title, work, onDone, onFailed);
    }

    /** True while any work is queued or running. */
    ReadOnlyBooleanProperty busyProperty();

    /** Progress of the running work, 0–1, or −1 when unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    /** Lets queued work finish (at most a few seconds) and stops the worker; used when the app quits. */
    void shutdown();
}
