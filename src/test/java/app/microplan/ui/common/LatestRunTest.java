package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

class LatestRunTest {

    /** Holds submitted work until the test finishes it: a background thread the test controls. */
    private static final class HeldTasks implements TaskRunner {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void submit(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
            held.add(() -> {
                try {
                    onDone.accept(work.run((done, total, message) -> { }));
                } catch (Exception e) {
                    onFailed.accept(e);
                }
            });
        }

        void finishNext() {
            held.poll().run();
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

    private final HeldTasks tasks = new HeldTasks();
    private final LatestRun<String> runs = new LatestRun<>(tasks, "test");
    private final List<String> prepared = new ArrayList<>();
    private final List<String> results = new ArrayList<>();
    private String state = "a";

    private void request() {
        runs.request(() -> {
            String snapshot = state;
            prepared.add(snapshot);
            return progress -> snapshot.toUpperCase();
        }, results::add, error -> results.add("failed"));
    }

    @Test
    void requestsWhileARunIsUnderWayBecomeOneMoreRunWithTheLatestState() {
        request();
        state = "b";
        request();
        state = "c";
        request();
        state = "d";
        request();

        assertThat(runs.runningProperty().get()).isTrue();
        assertThat(tasks.held).hasSize(1);
        tasks.finishNext();

        assertThat(results).containsExactly("A");
        assertThat(prepared).containsExactly("a", "d");
        assertThat(tasks.held).hasSize(1);
        tasks.finishNext();

        assertThat(results).containsExactly("A", "D");
        assertThat(runs.runningProperty().get()).isFalse();
        assertThat(tasks.held).isEmpty();
    }

    @Test
    void nothingRunsWhenThereIsNothingToRun() {
        runs.request(() -> null, results::add, error -> results.add("failed"));

        assertThat(tasks.held).isEmpty();
        assertThat(runs.runningProperty().get()).isFalse();
    }

    @Test
    void aFailedRunStillLetsTheNextOneStart() {
        runs.request(() -> progress -> {
            throw new IllegalStateException("disk gone");
        }, results::add, error -> results.add(error.getMessage()));
        request();
        tasks.finishNext();
        tasks.finishNext();

        assertThat(results).containsExactly("disk gone", "A");
    }
}
