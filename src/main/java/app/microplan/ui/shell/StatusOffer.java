package app.microplan.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * An action the status bar offers for what just happened (Undo delete): it belongs to that moment, so it goes when
 * the trader does something else (the status bar then speaks of that) or after {@link #LIFETIME}, by the app's
 * clock — an undo found minutes later would take back something the trader no longer has in mind.
 */
final class StatusOffer {
    static final Duration LIFETIME = Duration.ofSeconds(60);

    private final Clock clock;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private Instant since;

    StatusOffer(Clock clock) {
        this.clock = clock;
    }

    ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    boolean isOpen() {
        return open.get();
    }

    /** Offered from now on (or withdrawn when {@code available} is false: nothing left to undo). */
    void offer(boolean available) {
        since = available ? clock.instant() : null;
        open.set(available);
    }

    /** The trader did something else. */
    void withdraw() {
        since = null;
        open.set(false);
    }

    /** Time passed: an offer older than its lifetime goes. */
    void tick() {
        if (since != null && !clock.instant().isBefore(since.plus(LIFETIME))) {
            withdraw();
        }
    }
}
