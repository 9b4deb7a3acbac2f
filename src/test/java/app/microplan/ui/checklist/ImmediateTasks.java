package app.microplan.ui.checklist;

/** Runs each job at once on the calling thread: view-model tests see the outcome when submit returns. */
final class ImmediateTasks implements BackgroundTasks {
    int submitted;

    @Override
    public <T> void submit(Job<T> job, Listener<T> listener) {
        submitted++;
        T result;
        try {
            result = job.run(listener::progress);
        } catch (Exception e) {
            listener.failed(e);
            return;
        }
        listener.succeeded(result);
    }
}
