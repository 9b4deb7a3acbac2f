package app.microplan.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A task runner that holds submitted work until the test finishes it: a background thread the test controls. It
 * remembers which lane each piece of work was submitted to.
 */
public final class HeldTasks implements TaskRunner {
    /** Where work was sent: {@link TaskRunner#submit} or {@link TaskRunner#submitLong}. */
    public enum Lane { IN_ORDER, LONG }

    /** One piece of work as submitted. */
    public record Submitted(String title, Lane lane) {
    }

    private final Deque<Runnable> held = new ArrayDeque<>();
    private final List<Submitted> submitted = new ArrayList<>();

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        hold(title, Lane.IN_ORDER, work, onDone, onFailed);
    }

    @Override
    public <T> void submitLong(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        hold(title, Lane.LONG, work, onDone, onFailed);
    }

    private <T> void hold(String title, Lane lane, Work<T> work, Consumer<? super T> onDone,
                          Consumer<Throwable> onFailed) {
        submitted.add(new Submitted(title, lane));
        held.add(() -> {
            T result;
            try {
                result = work.run((done, total, message) -> { });
            } catch (Exception e) {
                onFailed.accept(e);
                return;
            }
            onDone.accept(result);
        });
    }

    /** Runs the oldest held work and its callback. */
    public void finishNext() {
        held.poll().run();
    }

    /** Runs held work, and whatever it submits, until none is left. */
    public void finishAll() {
        while (!held.isEmpty()) {
            finishNext();
        }
    }

    public int pending() {
        return held.size();
    }

    public List<Submitted> submitted() {
        return List.copyOf(submitted);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return new ReadOnlyBooleanWrapper().getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return new ReadOnlyDoubleWrapper().getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return new ReadOnlyStringWrapper().getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        held.clear();
    }
}
