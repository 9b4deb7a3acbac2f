package app.microplan.bench;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.store.StoreException;
import app.microplan.store.UnsyncedPlanFiles;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal at 1,000 / 10,000 / 100,000 plans of the sample journal (sized, ruled, mostly closed and reviewed):
 * loading the plan files (in a fresh JVM, as when the app starts, and again warm), working out every plan's outcome
 * once (what the journal does when plans load), then filtering and recomputing the statistics (what it does on every
 * change of a filter). Times and the heap the loaded journal holds. The files come from the operating system's cache,
 * as they do when the app is restarted; the first load after a reboot also waits for the disk.
 */
final class JournalBenchmark {
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
        // The app's own JVM compiles with C1 only (JournalIndexBenchmark.APP_JIT_OPTIONS): each filter is timed
        // here and again in a fresh JVM with those options, where the allocation-heavy code fares worse.
        List<FilterTime> appJit = FilterTime.inAppJvm(journal, size);
        List<FilterTime> here = FilterTime.timeAll(entries, size);
        for (int i = 0; i < here.size(); i++) {
            FilterTime h = here.get(i);
            FilterTime a = appJit.get(i);
            out.printf("      filter + statistics, %-32s %,7d plans %,6d trades: %8.1f ms (CPU %6.1f ms);"
                            + " the app's JIT options, fresh JVM: %6.1f ms (CPU %6.1f ms)%s%n", h.name(), h.plans(),
                    h.trades(), h.wallMillis(), h.cpuMillis(), a.wallMillis(), a.cpuMillis(),
                    size == 10_000 ? " (goal < 50 ms)" : "");
        }
        new JournalIndexBenchmark(out).measure(journal, size);
        if (plans.size() != size) {
            throw new IllegalStateException("kept " + plans.size() + " plans");
        }
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
    static String classPath() throws Exception {
        if (JournalBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /**
     * The fresh JVM's side: {@code --cold-load JOURNAL} loads the journal once and prints wall ms, CPU ms and heap
     * bytes after; {@code --filters JOURNAL SIZE} times each filter + statistics as {@link FilterTime} does.
     */
    public static void main(String[] args) throws StoreException {
        if (args.length == 3 && args[0].equals(FilterTime.CHILD)) {
            FilterTime.main(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
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
