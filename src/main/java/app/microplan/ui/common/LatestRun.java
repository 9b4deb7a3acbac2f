package app.microplan.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Work whose latest result is all that matters (a filter being typed, a CSV mapping being changed), run on the
 * task runner. While a run is under way, further requests are gathered into one more run that starts when it
 * finishes, with the state as it is then: typing ten letters costs two runs, not ten queued ones.
 */
public final class LatestRun<T> {
    private final TaskRunner tasks;
    private final String title;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Runnable next;

    public LatestRun(TaskRunner tasks, String title) {
        this.tasks = tasks;
        this.title = title;
    }

    /**
     * Asks for a run. {@code prepare} is called on the calling (FX) thread when the run starts and takes what
     * the work needs from the state then; it returns null when there is nothing to run. The callbacks come back
     * on that thread too.
     */
    public void request(Supplier<TaskRunner.Work<T>> prepare, Consumer<? super T> onDone,
                        Consumer<Throwable> onFailed) {
        if (running.get()) {
            next = () -> request(prepare, onDone, onFailed);
            return;
        }
        TaskRunner.Work<T> work = prepare.get();
        if (work == null) {
            return;
        }
        running.set(true);
        tasks.submitLong(title, work, result -> finish(() -> onDone.accept(result)),
                error -> finish(() -> onFailed.accept(error)));
    }

    /** True while a run is under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private void finish(Runnable callback) {
        running.set(false);
        callback.run();
        if (next != null) {
            Runnable waiting = next;
            next = null;
            waiting.run();
        }
    }
}
