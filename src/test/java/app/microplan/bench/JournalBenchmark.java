package app.microplan.bench;

import app.microplan.domain.Direction;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.JournalFilter;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.samples.SampleJournal;
import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times the journal over 10,000 plans: writing and loading the plan files, working out every plan's
 * outcome once (what the journal view does when plans load), and then filtering and recomputing the
 * statistics (what it does on every change of a filter; the goal is under 100 ms). Not a test: it prints
 * figures and never fails on a slow machine. Run from the project folder:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.microplan.bench.JournalBenchmark
 * </pre>
 */
public final class JournalBenchmark {
    private static final int PLANS = 10_000;
    private static final int WARM_UP = 20;
    private static final int RUNS = 30;
    /** CPU time of this thread: on a machine shared with other work, wall time alone overstates the cost. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private JournalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("microplan-bench");
        try {
            run(folder);
        } finally {
            deleteAll(folder);
        }
    }

    private static void run(Path folder) throws Exception {
        long start = System.nanoTime();
        List<TradePlan> plans = new SampleJournal(7L, Instant.parse("2020-01-06T07:00:00Z"), "bench").plans(PLANS);
        report("generate " + PLANS + " plans (sized, ruled, closed, reviewed)", start);

        JournalStore store = JournalStore.open(folder);
        start = System.nanoTime();
        for (TradePlan plan : plans) {
            store.savePlan(plan);
        }
        report("save them, one atomic file each", start);

        List<Long> loads = new ArrayList<>();
        JournalLoad load = null;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            load = JournalStore.open(folder).loadPlans();
            loads.add(System.nanoTime() - t);
        }
        System.out.printf("%-58s first %7.0f ms, median of 5 %7.0f ms (%d plans, %d problems)%n",
                "load them (JournalStore.loadPlans)", ms(loads.get(0)), ms(median(loads)), load.plans().size(),
                load.problems().size());

        List<TradePlan> loaded = load.plans().stream().map(LoadedPlan::plan).toList();
        List<Long> indexing = new ArrayList<>();
        List<JournalEntry> entries = null;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            entries = JournalEntry.ofAll(loaded);
            indexing.add(System.nanoTime() - t);
        }
        System.out.printf("%-58s first %7.0f ms, median of 5 %7.0f ms%n",
                "work out every outcome once (JournalEntry.ofAll)", ms(indexing.get(0)), ms(median(indexing)));

        System.out.println();
        System.out.printf("filter + recompute statistics over %d entries (%d warm-up runs, then %d timed):%n",
                entries.size(), WARM_UP, RUNS);
        for (Map.Entry<String, JournalFilter> filter : filters().entrySet()) {
            time(filter.getKey(), filter.getValue(), entries);
        }
    }

    private static Map<String, JournalFilter> filters() {
        JournalFilter all = JournalFilter.all(ZoneOffset.UTC);
        Map<String, JournalFilter> filters = new LinkedHashMap<>();
        filters.put("no filter", all);
        filters.put("closed + reviewed, tag breakout", all.withStatus(PlanStatus.CLOSED, PlanStatus.REVIEWED)
                .withTag("breakout"));
        filters.put("short BTC-MICRO-0.01", all.withSide(Direction.SHORT).withSymbol("BTC-MICRO-0.01"));
        filters.put("text \"level failed\"", all.withText("level failed"));
        filters.put("one year of dates", all.withDates(LocalDate.parse("2021-01-01"), LocalDate.parse("2021-12-31")));
        return filters;
    }

    private static void time(String name, JournalFilter filter, List<JournalEntry> entries) {
        Supplier<JournalStatistics> work = () -> JournalStatistics.of(filter.apply(entries), filter.zone());
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        JournalStatistics statistics = null;
        for (int i = 0; i < RUNS; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            statistics = work.get();
            times.add(System.nanoTime() - t);
            cpuTimes.add(THREADS.getCurrentThreadCpuTime() - cpu);
        }
        times.sort(Comparator.naturalOrder());
        System.out.printf("  %-34s %6d plans %6d trades   median %6.1f ms   max %6.1f ms   (CPU median %5.1f ms)%n",
                name, statistics.plans(), statistics.overall().trades(), ms(median(times)),
                ms(times.get(times.size() - 1)), ms(median(cpuTimes)));
    }

    private static void report(String what, long start) {
        System.out.printf("%-58s %7.0f ms%n", what, ms(System.nanoTime() - start));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void deleteAll(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
