package app.microplan.bench;

import app.microplan.domain.Direction;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.JournalFilter;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.store.StoreException;
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
 * One filter's filter + statistics over a journal's entries (what the journal review does on every change of a
 * filter): the plans and trades it lets through and the median wall and CPU time of a run, after warm-up runs.
 */
record FilterTime(String name, int plans, int trades, double wallMillis, double cpuMillis) {
    static final String CHILD = "--filters";
    /** CPU time of this thread: on a machine shared with other work, wall time alone overstates the cost. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The filters timed, each a kind the review offers: none, status and tag, side and symbol, words. */
    static Map<String, JournalFilter> filters() {
        JournalFilter all = JournalFilter.all(ZoneOffset.UTC);
        Map<String, JournalFilter> filters = new LinkedHashMap<>();
        filters.put("no filter", all);
        filters.put("closed + reviewed, tag breakout", all.withStatus(PlanStatus.CLOSED, PlanStatus.REVIEWED)
                .withTag("breakout"));
        filters.put("short BTC-MICRO-0.01", all.withSide(Direction.SHORT).withSymbol("BTC-MICRO-0.01"));
        filters.put("text \"level failed\"", all.withText("level failed"));
        return filters;
    }

    /** Every filter of {@link #filters} in turn, in this JVM. */
    static List<FilterTime> timeAll(List<JournalEntry> entries, int size) {
        int warmUp = size >= 100_000 ? 5 : 20;
        int timed = size >= 100_000 ? 7 : 30;
        List<FilterTime> times = new ArrayList<>();
        for (Map.Entry<String, JournalFilter> filter : filters().entrySet()) {
            times.add(time(filter.getKey(), filter.getValue(), entries, warmUp, timed));
        }
        return times;
    }

    private static FilterTime time(String name, JournalFilter filter, List<JournalEntry> entries, int warmUp,
                                   int timed) {
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
        return new FilterTime(name, statistics.plans(), statistics.overall().trades(), Stats.median(wall) / 1e6,
                Stats.median(cpu) / 1e6);
    }

    /** The same in a fresh JVM with the app's JIT options, the journal loaded there from its files. */
    static List<FilterTime> inAppJvm(Path journal, int size) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JournalIndexBenchmark.APP_JIT_OPTIONS);
        command.addAll(List.of("-cp", JournalBenchmark.classPath(), JournalBenchmark.class.getName(), CHILD,
                journal.toString(), Integer.toString(size)));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the fresh JVM timing the filters of " + journal + " failed");
        }
        List<FilterTime> times = new ArrayList<>();
        for (String line : output.strip().split("\n")) {
            String[] f = line.split("\t");
            times.add(new FilterTime(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4])));
        }
        if (times.size() != filters().size()) {
            throw new IllegalStateException("the fresh JVM timed " + times.size() + " filters: " + output);
        }
        return times;
    }

    /** The fresh JVM's side: loads the journal, works out its outcomes, prints one line per filter. */
    static void main(Path journal, int size) throws StoreException {
        List<TradePlan> plans = JournalStore.open(journal).loadPlans().plans().stream().map(LoadedPlan::plan).toList();
        if (plans.size() != size) {
            throw new IllegalStateException("loaded " + plans.size() + " of " + size + " plans");
        }
        for (FilterTime time : timeAll(JournalEntry.ofAll(plans), size)) {
            System.out.println(time.name() + "\t" + time.plans() + "\t" + time.trades() + "\t" + time.wallMillis()
                    + "\t" + time.cpuMillis());
        }
    }
}
