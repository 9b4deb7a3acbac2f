package app.microplan.ui.common;

/**
 * Collapses a burst of calls for one key into one action after a quiet spell: typing "70000" saves once,
 * not five times. Tests hand in {@link #immediate()} or a manual one they fire themselves.
 */
public interface Debouncer {

    /** Runs {@code action} once things are quiet for {@code key}, replacing any action still waiting for it. */
    void schedule(Object key, Runnable action);

    /** Runs every waiting action now (Save, quitting). */
    void flush();

    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void schedule(Object key, Runnable action) {
                action.run();
            }

            @Override
            public void flush() {
                // Nothing waits.
            }
        };
    }
}
