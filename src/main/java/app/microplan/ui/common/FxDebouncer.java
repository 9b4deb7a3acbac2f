package app.microplan.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A debouncer on the FX thread's clock: one {@link PauseTransition} per key, restarted by every call. */
public final class FxDebouncer implements Debouncer {
    private final Duration quiet;
    private final Map<Object, Pending> pending = new LinkedHashMap<>();

    public FxDebouncer(Duration quiet) {
        this.quiet = quiet;
    }

    @Override
    public void schedule(Object key, Runnable action) {
        Pending waiting = pending.get(key);
        if (waiting != null) {
            waiting.timer.stop();
        }
        PauseTransition timer = new PauseTransition(quiet);
        pending.put(key, new Pending(timer, action));
        timer.setOnFinished(e -> {
            pending.remove(key);
            action.run();
        });
        timer.play();
    }

    @Override
    public void flush() {
        List<Pending> due = List.copyOf(pending.values());
        pending.clear();
        for (Pending waiting : due) {
            waiting.timer.stop();
            waiting.action.run();
        }
    }

    private record Pending(PauseTransition timer, Runnable action) {
    }
}
