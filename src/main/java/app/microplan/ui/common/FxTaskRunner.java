package app.microplan.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * Runs work as {@link Task}s on one background thread, in order: saves of one plan can never overtake each
 * other. Call from the FX thread; callbacks come back on it.
 */
public final class FxTaskRunner extends TaskProgress {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "microplan-io");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger pending = new AtomicInteger();

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                return work.run((done, total, text) -> {
                    updateProgress(done, total);
                    updateMessage(text);
                });
            }
        };
        task.progressProperty().addListener((obs, old, now) -> progress.set(now.doubleValue()));
        task.messageProperty().addListener((obs, old, now) -> message.set(now));
        task.setOnSucceeded(e -> finish(() -> onDone.accept(task.getValue())));
        task.setOnFailed(e -> finish(() -> {
            logFailure(title, task.getException());
            onFailed.accept(task.getException());
        }));
        busy.set(pending.incrementAndGet() > 0);
        executor.execute(task);
    }

    private void finish(Runnable callback) {
        busy.set(pending.decrementAndGet() > 0);
        if (!busy.get()) {
            progress.set(-1);
            message.set("");
        }
        callback.run();
    }

    @Override
    public void shutdown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
