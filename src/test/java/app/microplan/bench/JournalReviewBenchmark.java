package app.microplan.bench;

import app.microplan.domain.Direction;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.samples.SampleJournal;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.TaskRunner;
import app.microplan.ui.journal.PlanEntry;
import app.microplan.ui.stats.JournalReviewViewModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Times the journal review over 10,000 plans through its view model, as the window drives it: a filter change
 * runs filtering, the statistics and the chart series (the part the app runs off the FX thread), then publishes
 * the rows, figures and charts (the part on the FX thread). Also the first opening (every plan's outcome worked
 * out once) and an edit of one plan. Not a test: it prints figures and never fails. Run from the project folder:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.microplan.bench.JournalReviewBenchmark
 * </pre>
 */
public final class JournalReviewBenchmark {
    private static final int PLANS = 10_000;
    private static final int WARM_UP = 15;
    private static final int RUNS = 25;

    private JournalReviewBenchmark() {
    }

    /** The calling thread as the task runner, timing the work apart from what is done with its result. */
    private static final class TimedTasks implements TaskRunner {
        private final DirectTaskRunner direct = new DirectTaskRunner();
        private long workNanos;

        @Override
        public <T> void submit(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
            direct.submit(title, progress -> {
                long start = System.nanoTime();
                T result = work.run(progress);
                workNanos = System.nanoTime() - start;
                return result;
            }, onDone, onFailed);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return direct.busyProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return direct.progressProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return direct.messageProperty();
        }

        @Override
        public void shutdown() {
            direct.shutdown();
        }
    }

    public static void main(String[] args) {
        List<TradePlan> plans = new SampleJournal(7L, Instant.parse("2020-01-06T07:00:00Z"), "bench").plans(PLANS);
        ObservableList<PlanEntry> entries = FXCollections.observableArrayList(e -> new Observable[] {e.planProperty()});
        for (TradePlan plan : plans) {
            entries.add(new PlanEntry(plan, false));
        }
        TimedTasks tasks = new TimedTasks();
        JournalReviewViewModel vm = new JournalReviewViewModel(tasks, ZoneOffset.UTC);

        long start = System.nanoTime();
        vm.attach(entries, PlanEntry::getPlan);
        long total = System.nanoTime() - start;
        System.out.printf("%d plans, %d closed trades%n", vm.rows().size(), vm.getStatistics().overall().trades());
        System.out.printf("%-44s total %7.1f ms (background %7.1f ms, FX thread %5.1f ms)%n",
                "first opening: every outcome worked out", ms(total), ms(tasks.workNanos), ms(total - tasks.workNanos));
        System.out.println();
        System.out.printf("filter change → rows, statistics, charts (%d warm-up, median and max of %d):%n", WARM_UP,
                RUNS);
        for (Map.Entry<String, Consumer<JournalReviewViewModel>> change : changes().entrySet()) {
            time(change.getKey(), change.getValue(), vm, tasks);
        }
        time("edit one plan (measured again)", v -> {
            PlanEntry first = entries.get(0);
            entries.set(0, new PlanEntry(first.getPlan().toBuilder().tags(List.of("edited")).build(), false));
        }, vm, tasks);
    }

    private static Map<String, Consumer<JournalReviewViewModel>> changes() {
        Map<String, Consumer<JournalReviewViewModel>> changes = new LinkedHashMap<>();
        changes.put("no filter (clear)", v -> {
            v.tagProperty().set("breakout");
            v.clearFilters();
        });
        changes.put("closed + reviewed", JournalReviewViewModel::showClosedTrades);
        changes.put("tag breakout", v -> v.tagProperty().set("breakout"));
        changes.put("short BTC-MICRO-0.01", v -> {
            v.sideProperty().set(Direction.SHORT);
            v.symbolProperty().set("BTC-MICRO-0.01");
        });
        changes.put("text \"level failed\"", v -> v.textProperty().set("level failed"));
        changes.put("one year of dates", v -> {
            v.fromProperty().set(LocalDate.parse("2021-01-01"));
            v.toProperty().set(LocalDate.parse("2021-12-31"));
        });
        changes.put("status open only", v -> v.statuses().setAll(PlanStatus.OPEN));
        return changes;
    }

    /** Times one change from a cleared filter: until the last result is published (a run per input changed). */
    private static void time(String name, Consumer<JournalReviewViewModel> change, JournalReviewViewModel vm,
                             TimedTasks tasks) {
        List<Long> totals = new ArrayList<>();
        List<Long> background = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            vm.clearFilters();
            long start = System.nanoTime();
            change.accept(vm);
            long took = System.nanoTime() - start;
            if (i >= WARM_UP) {
                totals.add(took);
                background.add(tasks.workNanos);
            }
        }
        totals.sort(Comparator.naturalOrder());
        background.sort(Comparator.naturalOrder());
        System.out.printf("  %-34s %6d rows   median %6.1f ms  max %6.1f ms   (background median %6.1f ms)%n", name,
                vm.rows().size(), ms(totals.get(totals.size() / 2)), ms(totals.get(totals.size() - 1)),
                ms(background.get(background.size() / 2)));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
