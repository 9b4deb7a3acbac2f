package app.microplan.ui.common;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: what tests hand in, so a save has happened when the edit returns. */
public final class DirectTaskRunner extends TaskProgress {
    private int submitted;

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        submitted++;
        T result;
        try {
            result = work.run((done, total, text) -> progress.set(total == 0 ? -1 : (double) done / total));
        } catch (Exception e) {
            logFailure(title, e);
            onFailed.accept(e);
            return;
        }
        onDone.accept(result);
    }

    /** How many pieces of work were handed in: lets tests see that edits were debounced into one save. */
    public int submitted() {
        return submitted;
    }

    @Override
    public void shutdown() {
        // Nothing runs in the background.
    }
}
