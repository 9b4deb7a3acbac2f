package app.microplan.ui.checklist;

import java.util.concurrent.Executor;
import javafx.concurrent.Task;

/** Runs each job as a {@link Task} on the executor; progress and the outcome arrive on the JavaFX thread. */
final class FxBackgroundTasks implements BackgroundTasks {
    private final Executor executor;

    FxBackgroundTasks(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> void submit(Job<T> job, Listener<T> listener) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.run((done, step) -> {
                    updateProgress(done, 1.0);
                    updateMessage(step);
                });
            }
        };
        task.progressProperty().addListener((o, was, now) -> listener.progress(now.doubleValue(), task.getMessage()));
        task.setOnSucceeded(e -> listener.succeeded(task.getValue()));
        task.setOnFailed(e -> listener.failed(task.getException()));
        executor.execute(task);
    }
}
