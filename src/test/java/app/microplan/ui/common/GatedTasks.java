package app.microplan.ui.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The app's real task runner with a gate the test holds shut: work of a chosen title ("Saving plan") waits on its
 * background thread until the test opens the gate, so what the window shows meanwhile ("Saving…") can be seen.
 * Everything else runs as in the app.
 */
public final class GatedTasks implements TaskRunner {
    private static final long LONGEST_HOLD_SECONDS = 60;
    private final TaskRunner runner;
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();

    public GatedTasks(TaskRunner runner) {
        this.runner = runner;
    }

    /** Work titled {@code title} submitted from now on waits until the returned gate is opened (counted down). */
    public CountDownLatch hold(String title) {
        CountDownLatch gate = new CountDownLatch(1);
        gates.put(title, gate);
        return gate;
    }

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        runner.submit(title, gated(title, work), onDone, onFailed);
    }

    @Override
    public <T> void submitLong(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        runner.submitLong(title, gated(title, work), onDone, onFailed);
    }

    private <T> Work<T> gated(String title, Work<T> work) {
        CountDownLatch gate = gates.get(title);
        if (gate == null) {
            return work;
        }
        return progress -> {
            if (!gate.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never opened the gate of " + title);
            }
            return work.run(progress);
        };
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return runner.messageProperty();
    }

    @Override
    public void shutdown() {
        gates.values().forEach(CountDownLatch::countDown);
        runner.shutdown();
    }
}
