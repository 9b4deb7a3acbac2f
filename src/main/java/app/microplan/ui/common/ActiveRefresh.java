package app.microplan.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/**
 * Works something out again when what it follows changes, but only while it is on screen: a tab that is not
 * shown notes that it is out of date and catches up when it is shown. Keeps a filter change in the journal
 * review from recomputing four tabs nobody is looking at.
 */
public final class ActiveRefresh {
    private final Runnable refresh;
    private final InvalidationListener changed = o -> changed();
    private java.util.List<Observable> sources = java.util.List.of();
    private boolean active;
    private boolean stale = true;

    public ActiveRefresh(Runnable refresh) {
        this.refresh = refresh;
    }

    /** Follows these (and only these) until {@link #stop}. */
    public void follow(Observable... observables) {
        stop();
        sources = java.util.List.of(observables);
        sources.forEach(o -> o.addListener(changed));
        changed();
    }

    public void stop() {
        sources.forEach(o -> o.removeListener(changed));
        sources = java.util.List.of();
    }

    public void setActive(boolean value) {
        active = value;
        if (active && stale) {
            changed();
        }
    }

    /** Something else it depends on changed (not the followed list): as if the list had. */
    public void changed() {
        if (active) {
            stale = false;
            refresh.run();
        } else {
            stale = true;
        }
    }
}
