package app.microplan.ui.checklist;

import java.util.concurrent.Executor;

/**
 * Runs slow work (layout, disk) off the JavaFX thread and reports back on it. The window uses
 * {@link FxBackgroundTasks}; view-model tests hand in one that runs everything on the calling thread.
 */
public interface BackgroundTasks {

    <T> void submit(Job<T> job, Listener<T> listener);

    static BackgroundTasks on(Executor executor) {
        return new FxBackgroundTasks(executor);
    }

    /** The work itself; it reports progress (0 to 1, with the step in words) through {@code progress}. */
    @FunctionalInterface
    interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    @FunctionalInterface
    interface Progress {
        void update(double done, String step);
    }

    /** Called on the JavaFX thread (or the caller's thread in tests). */
    interface Listener<T> {
        void progress(double done, String step);

        void succeeded(T result);

        void failed(Throwable error);
    }
}
