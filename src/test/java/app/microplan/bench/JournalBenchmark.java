package app.microplan.bench;

import app.microplan.domain.Direction;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.JournalFilter;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.store.StoreException;
import app.microplan.store.UnsyncedPlanFiles;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journal at 1,000 / 10,000 / 100,000 plans of the sample journal (sized, ruled, mostly closed and reviewed):
 * loading the plan files (in a fresh JVM, as when the app starts, and again warm), working out every plan's outcome
 * once (what the journal does when plans load), then filtering and recomputing the statistics (what it does on every
 * change of a filter). Times and the heap the loaded journal holds. The files come from the operating system's cache,
 * as they do when the app is restarted; the first load after a reboot also waits for the disk.
 */
final class JournalBenchmark {
    /** CPU time of this thread: on a machine shared with other work, wall time alone overstates the cost. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String COLD = "--cold-load";

    private final PrintStream out;
    private final Path work;

    JournalBenchmark(PrintStream out, Path work) {
        this.out = out;
        this.work = work;
    }

    void run(int... sizes) throws Exception {
        out.println("Journal: load, outcomes, filter + statistics (times are medians; CPU = this thread's CPU time):");
        for (int size : sizes) {
            Path journal = work.resolve("journal-" + size);
            List<TradePlan> generated = BenchJournal.plans(size);
            UnsyncedPlanFiles.write(journal, generated);
            generated = null;
            measure(journal, size);
        }
    }

    private void measure(Path journal, int size) throws Exception {
        ColdLoad cold = ColdLoad.inFreshJvm(journal);
        if (cold.plans() != size) {
            throw new IllegalStateException("the fresh JVM loaded " + cold.plans() + " of " + size + " plans");
        }
        long before = Heap.usedAfterGc();
        int warmRuns = size >= 100_000 ? 1 : 3;
        List<Long> loads = new ArrayList<>();
        JournalLoad load = null;
        for (int i = 0; i < warmRuns; i++) {
            long t = System.nanoTime();
            load = JournalStore.open(journal).loadPlans();
            loads.add(System.nanoTime() - t);
        }
        check(load, size);
        List<TradePlan> plans = load.plans().stream().map(LoadedPlan::plan).toList();
        load = null;
        List<Long> outcomes = new ArrayList<>();
        List<JournalEntry> entries = null;
        for (int i = 0; i < warmRuns; i++) {
            long t = System.nanoTime();
            entries = JournalEntry.ofAll(plans);
            outcomes.add(System.nanoTime() - t);
        }
        long held = Heap.usedAfterGc() - before;
        java.lang.ref.Reference.reachabilityFence(plans);
        out.printf("  %,7d plans: load %,6d ms in a fresh JVM (%,d ms CPU, heap after %s), %,6d ms warm;"
                        + " outcomes %,5d ms; plans + outcomes hold %s of heap%s%n",
                size, cold.wallMillis(), cold.cpuMillis(), Heap.mb(cold.heapBytes()), millis(Stats.median(loads)),
                millis(Stats.median(outcomes)), Heap.mb(held), size == 100_000 ? " (goal ≤ 520 MB)" : "");
        int warmUp = size >= 100_000 ? 5 : 20;
        int timed = size >= 100_000 ? 7 : 30;
        for (Map.Entry<String, JournalFilter> filter : filters().entrySet()) {
            time(filter.getKey(), filter.getValue(), entries, warmUp, timed);
        }
        new JournalIndexBenchmark(out).measure(journal, size);
        if (plans.size() != size) {
            throw new IllegalStateException("kept " + plans.size() + " plans");
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
        return filters;
    }

    private void time(String name, JournalFilter filter, List<JournalEntry> entries, int warmUp, int timed) {
        for (int i = 0; i < warmUp; i++) {
            JournalStatistics.of(filter.apply(entries), filter.zone());
        }
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        JournalStatistics statistics = null;
        for (int i = 0; i < timed; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            statistics = JournalStatistics.of(filter.apply(entries), filter.zone());
            wall.add(System.nanoTime() - t);
            cpu.add(THREADS.getCurrentThreadCpuTime() - c);
        }
        out.printf("      filter + statistics, %-32s %,7d plans %,6d trades: %8.1f ms (CPU %6.1f ms)%n", name,
                statistics.plans(), statistics.overall().trades(), Stats.median(wall) / 1e6, Stats.median(cpu) / 1e6);
    }

    private static void check(JournalLoad load, int size) {
        if (load.plans().size() != size || !load.problems().isEmpty()) {
            throw new IllegalStateException("loaded " + load.plans().size() + " of " + size + ": " + load.problems());
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** What loading costs in a JVM that has run none of this code yet: wall time, CPU time, heap after. */
    record ColdLoad(long wallMillis, long cpuMillis, long heapBytes, int plans) {

        static ColdLoad inFreshJvm(Path journal) throws Exception {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(java.toString(), "-cp", classPath(),
                    JournalBenchmark.class.getName(), COLD, journal.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String[] figures = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()
                    .split(" ");
            if (child.waitFor() != 0 || figures.length != 4) {
                throw new IllegalStateException("the fresh JVM loading " + journal + " failed");
            }
            return new ColdLoad(Long.parseLong(figures[0]), Long.parseLong(figures[1]), Long.parseLong(figures[2]),
                    Integer.parseInt(figures[3]));
        }
    }

    /** Under {@code mvn exec:java} the JVM's class path is Maven's own: then ask the class loader for the project's. */
    private static String classPath() throws Exception {
        if (JournalBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** The fresh JVM's side: loads the journal once and prints wall ms, CPU ms and heap bytes after. */
    public static void main(String[] args) throws StoreException {
        if (args.length != 2 || !args[0].equals(COLD)) {
            throw new IllegalArgumentException("usage: " + COLD + " JOURNAL (run by the benchmark harness)");
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long t = System.nanoTime();
        JournalLoad load = JournalStore.open(Path.of(args[1])).loadPlans();
        long wall = System.nanoTime() - t;
        long cpuUsed = os.getProcessCpuTime() - cpu;
        long heap = Heap.usedAfterGc();
        java.lang.ref.Reference.reachabilityFence(load);
        System.out.println(millis(wall) + " " + millis(cpuUsed) + " " + heap + " " + load.plans().size());
    }
}
