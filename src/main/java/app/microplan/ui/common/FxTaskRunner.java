package app.microplan.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * Runs work as {@link Task}s on two background threads: one for short work in order (saves of one plan can never
 * overtake each other), one for long work (exports, statistics, reading a CSV file), so a save never waits behind an
 * export. Call from the FX thread; callbacks come back on it.
 */
public final class FxTaskRunner extends TaskProgress {
    private final ExecutorService inOrder = worker("microplan-io");
    private final ExecutorService longWork = worker("microplan-long-work");
    private final AtomicInteger pending = new AtomicInteger();

    private static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        run(inOrder, title, work, onDone, onFailed);
    }

    @Override
    public <T> void submitLong(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        run(longWork, title, work, onDone, onFailed);
    }

    private <T> void run(ExecutorService executor, String title, Work<T> work, Consumer<? super T> onDone,
                         Consumer<Throwable> onFailed) {
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
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // Only after shutdown (the app is closing): the caller hears it as a failure, as of any other work.
            finish(() -> {
                logFailure(title, e);
                onFailed.accept(new IllegalStateException(title + " was not started: Microplan is closing", e));
            });
        }
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
        inOrder.shutdown();
        longWork.shutdown();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            if (!inOrder.awaitTermination(5, TimeUnit.SECONDS)
                    || !longWork.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                // The logger only here (see TaskProgress.logFailure).
                Logger.getLogger(FxTaskRunner.class.getName()).warning("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
