package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestRunTest {

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
        assertThat(tasks.pending()).isEqualTo(1);
        tasks.finishNext();

        assertThat(results).containsExactly("A");
        assertThat(prepared).containsExactly("a", "d");
        assertThat(tasks.pending()).isEqualTo(1);
        tasks.finishNext();

        assertThat(results).containsExactly("A", "D");
        assertThat(runs.runningProperty().get()).isFalse();
        assertThat(tasks.pending()).isZero();
    }

    @Test
    void nothingRunsWhenThereIsNothingToRun() {
        runs.request(() -> null, results::add, error -> results.add("failed"));

        assertThat(tasks.pending()).isZero();
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

    @Test
    void runsOnTheLongLaneSoSavesNeverWaitBehindIt() {
        request();

        assertThat(tasks.submitted()).containsExactly(new HeldTasks.Submitted("test", HeldTasks.Lane.LONG));
    }
}
