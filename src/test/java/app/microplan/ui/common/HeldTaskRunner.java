package app.microplan.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Holds background work until the test lets it run: a save "under way" for exactly as long as the test wants,
 * without a thread or a wait. Results come back on the test's thread when it calls {@link #runAll()}.
 */
public final class HeldTaskRunner extends TaskProgress {
    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        busy.set(true);
        held.add(() -> {
            T result;
            try {
                result = work.run((done, total, text) -> { });
            } catch (Exception e) {
                onFailed.accept(e);
                return;
            }
            onDone.accept(result);
        });
    }

    /** Runs everything held, and whatever that hands in, until nothing is left. */
    public void runAll() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
        busy.set(false);
    }

    @Override
    public void shutdown() {
        held.clear();
    }
}
