package app.microplan.bench;

import app.microplan.domain.PlanStatus;
import app.microplan.store.JournalIndex;
import app.microplan.store.JournalStore;
import app.microplan.store.PlanSummary;
import app.microplan.store.StoreException;
import app.microplan.ui.journal.ListFilter;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The journal list usable without parsing every plan: in fresh JVMs (as when the app starts), the time until the
 * list's rows are known, filtered by a status and a word and sorted newest first — from the summary index
 * ({@link JournalIndex}) against from every plan file. Runs the two in turn so the machine's other work falls on both
 * alike; prints medians, the ratio and the heap each holds. Then the goal itself: Microplan started on the journal as
 * {@code java -jar} starts it, from its first frame to the list's rows painted. Figures only: it fails on a broken
 * run, never on speed.
 */
final class JournalIndexBenchmark {
    private static final String CHILD = "--list-usable";
    private static final int ROUNDS = 3;
    private static final int WINDOW_STARTS = 5;
    /** The JIT options both of the app's launch ways give its JVM (ArchiveRelaunch, packaging/build.sh). */
    static final List<String> APP_JIT_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");

    private final PrintStream out;

    JournalIndexBenchmark(PrintStream out) {
        this.out = out;
    }

    /** One fresh JVM's figures. */
    record Usable(long wallMillis, long cpuMillis, long heapBytes, int plans, int shown, int parsed) {
    }

    void measure(Path journal, int size) throws Exception {
        Files.deleteIfExists(JournalIndex.fileOf(journal.resolve("plans")));
        Usable building = run(journal, "index");
        List<Long> fromIndex = new ArrayList<>();
        List<Long> fromFiles = new ArrayList<>();
        Usable indexed = null;
        Usable parsed = null;
        for (int i = 0; i < ROUNDS; i++) {
            indexed = run(journal, "index");
            parsed = run(journal, "files");
            fromIndex.add(indexed.wallMillis());
            fromFiles.add(parsed.wallMillis());
            if (indexed.plans() != size || parsed.plans() != size || indexed.shown() != parsed.shown()
                    || indexed.parsed() != 0) {
                throw new IllegalStateException("index and files disagree: " + indexed + " / " + parsed);
            }
        }
        long index = Stats.median(fromIndex);
        long files = Stats.median(fromFiles);
        out.printf("      list usable (READY + \"breakout\", newest first; %,d shown), fresh JVM (the app's JIT options),"
                        + " medians of %d:"
                        + " from the index %,6d ms (CPU %,d ms, heap %s), from every plan file %,6d ms (heap %s):"
                        + " %.2f× ; first open builds the index in %,d ms (index file %s)%n",
                indexed.shown(), ROUNDS, index, indexed.cpuMillis(), Heap.mb(indexed.heapBytes()), files,
                Heap.mb(parsed.heapBytes()), (double) index / files, building.wallMillis(),
                Heap.mb(Files.size(JournalIndex.fileOf(journal.resolve("plans")))));
        long goal = size >= 100_000 ? 1_000 : size >= 10_000 ? 500 : 0;
        if (goal > 0) {
            List<ProbeJvm.Times> starts = inTheWindow(journal);
            long firstFrame = Stats.median(starts.stream().map(ProbeJvm.Times::firstFrame).toList());
            long afterFirstFrame = Stats.median(starts.stream().map(t -> t.contentShown() - t.firstFrame()).toList());
            long fromLaunch = Stats.median(starts.stream().map(ProbeJvm.Times::contentShown).toList());
            // From launch too: reading the list while JavaFX starts moves work before the first frame (decision 0027).
            out.printf("      in the window (java -jar, relaunched; medians of %d starts): first frame %,d ms from launch,"
                    + " the list's rows painted %,d ms after it, %,d ms from launch (each start, after the first frame:"
                    + " %s)%n", WINDOW_STARTS, firstFrame, afterFirstFrame, fromLaunch,
                    starts.stream().map(t -> String.valueOf(t.contentShown() - t.firstFrame()))
                            .collect(java.util.stream.Collectors.joining(", ")));
            out.printf("      the list usable within %,d ms of the first frame at %,d plans: %s (%,d ms)%n",
                    goal, size, afterFirstFrame <= goal ? "met" : "not met", afterFirstFrame);
        }
    }

    /** Microplan's window on the journal, started {@link #WINDOW_STARTS} times after one untimed start. */
    private static List<ProbeJvm.Times> inTheWindow(Path journal) throws Exception {
        Path archives = Files.createTempDirectory("microplan-list-archive");
        ProbeJvm jvm = Harness.jarJvm(Harness.target()).withOptions("jar+relaunch",
                List.of("-D" + app.microplan.ArchiveRelaunch.FOLDER_PROPERTY + "=" + archives,
                        "-D" + AppWindowProbe.CONTENT + "=" + AppWindowProbe.LIST));
        List<String> args = List.of("--journal", journal.toString());
        String probe = RelaunchingAppWindowProbe.class.getName();
        jvm.run(probe, args);   // makes the archive, as the first start after an install does
        List<ProbeJvm.Times> starts = new ArrayList<>();
        for (int i = 0; i < WINDOW_STARTS; i++) {
            starts.add(jvm.run(probe, args));
        }
        return starts;
    }

    private static Usable run(Path journal, String how) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(APP_JIT_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), JournalIndexBenchmark.class.getName(), CHILD,
                how, journal.toString()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String[] f = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
        if (child.waitFor() != 0 || f.length != 6) {
            throw new IllegalStateException("the fresh JVM listing " + journal + " failed");
        }
        return new Usable(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Integer.parseInt(f[3]),
                Integer.parseInt(f[4]), Integer.parseInt(f[5]));
    }

    /** The fresh JVM's side: the list's rows, filtered and sorted, from the index or from every plan file. */
    public static void main(String[] args) throws StoreException {
        if (args.length != 3 || !args[0].equals(CHILD)) {
            throw new IllegalArgumentException("usage: " + CHILD + " index|files JOURNAL (run by the harness)");
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long t = System.nanoTime();
        JournalStore store = JournalStore.openExisting(Path.of(args[2]));
        List<PlanSummary> all;
        int parsed;
        if (args[1].equals("index")) {
            JournalIndex.Summaries summaries = store.loadSummaries();
            all = summaries.plans();
            parsed = summaries.parsed();
        } else {
            all = store.loadPlans().plans().stream().map(p -> PlanSummary.of(p.plan(), p.readOnly())).toList();
            parsed = all.size();
        }
        ListFilter filter = ListFilter.of(List.of(PlanStatus.READY), "breakout");
        List<PlanSummary> shown = all.stream().filter(s -> filter.matches(s.status(), s.searchText()))
                .sorted(Comparator.comparing(PlanSummary::createdAt).reversed()).toList();
        long wall = System.nanoTime() - t;
        long cpuUsed = os.getProcessCpuTime() - cpu;
        long heap = Heap.usedAfterGc();
        java.lang.ref.Reference.reachabilityFence(all);
        System.out.println(wall / 1_000_000 + " " + cpuUsed / 1_000_000 + " " + heap + " " + all.size() + " "
                + shown.size() + " " + parsed);
    }
}
