package app.microplan.store;

import app.microplan.domain.TradePlan;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long the journal takes to load: 1,000 and 10,000 plans (goal: 10,000 in under 2 s). A benchmark, not a
 * test: it prints figures and fails on nothing. Run it with
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=app.microplan.store.JournalLoadBenchmark -Dexec.classpathScope=test</pre>
 * The files are freshly written, so they come from the operating system's cache, as they do when the app is
 * restarted; the first load after a reboot also waits for the disk.
 */
public final class JournalLoadBenchmark {
    private static final int WARM_RUNS = 5;
    /** Fresh JVMs per figure: the best of a few, since a shared machine's other work only ever adds time. */
    private static final int COLD_RUNS = 3;

    private JournalLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--cold")) {
            long cpuBefore = processCpuNanos();
            long wall = time(() -> JournalStore.open(Path.of(args[1])).loadPlans());
            System.out.println(wall + " " + (processCpuNanos() - cpuBefore) / 1_000_000);
            return;
        }
        System.out.printf("Journal load, %d cores%n", Runtime.getRuntime().availableProcessors());
        for (int count : new int[] {1_000, 10_000}) {
            Path journal = Files.createTempDirectory("microplan-bench");
            try {
                writePlans(journal, count);
                measure(journal, count);
            } finally {
                deleteAll(journal);
            }
        }
    }

    private static void measure(Path journal, int count) throws Exception {
        long cold = Long.MAX_VALUE;
        long coldCpu = Long.MAX_VALUE;
        for (int run = 0; run < COLD_RUNS; run++) {
            long[] wallAndCpu = loadInAFreshJvm(journal);
            cold = Math.min(cold, wallAndCpu[0]);
            coldCpu = Math.min(coldCpu, wallAndCpu[1]);
        }
        long best = Long.MAX_VALUE;
        for (int run = 0; run < WARM_RUNS; run++) {
            best = Math.min(best, time(() -> check(JournalStore.open(journal).loadPlans(), count)));
        }
        long oneByOne = time(() -> readOneByOne(journal, count));
        System.out.printf("%,7d plans: %,5d ms in a fresh JVM (as when the app starts; best of %d; %,d ms of CPU),"
                + " %,5d ms warm (best of %d; one file after another: %,5d ms)%n",
                count, cold, COLD_RUNS, coldCpu, best, WARM_RUNS, oneByOne);
    }

    /**
     * What the trader waits for: the load in a JVM that has not run any of this code yet. Also the CPU time it
     * took, which other work on a shared machine disturbs less than the wall-clock time.
     */
    private static long[] loadInAFreshJvm(Path journal) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", classPath(), JournalLoadBenchmark.class.getName(),
                "--cold", journal.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String[] millis = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the fresh JVM failed");
        }
        return new long[] {Long.parseLong(millis[0]), Long.parseLong(millis[1])};
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** exec:java runs this inside Maven, whose own class path is not the project's: ask the class loader. */
    private static String classPath() throws Exception {
        if (JournalLoadBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new java.util.ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** The same parsing without the store's parallel loading, for comparison. */
    private static void readOneByOne(Path journal, int count) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(journal.resolve("plans"))) {
            files = listing.sorted().toList();
        }
        int read = 0;
        for (Path file : files) {
            JournalStore.readPlanFile(file);
            read++;
        }
        if (read != count) {
            throw new IllegalStateException("read " + read + " of " + count);
        }
    }

    private static void check(JournalLoad load, int count) {
        if (load.plans().size() != count || !load.problems().isEmpty()) {
            throw new IllegalStateException("loaded " + load.plans().size() + " of " + count + ": " + load.problems());
        }
    }

    /** Realistic plans written straight to disk: the benchmark measures loading, not saving. */
    private static void writePlans(Path journal, int count) throws IOException {
        Path plans = Files.createDirectories(journal.resolve("plans"));
        TradePlan base = TestPlans.btcLong("bench");
        for (int i = 0; i < count; i++) {
            TradePlan plan = TestPlans.withNotes(base.toBuilder().id(String.format("bench-%05d", i)).build(),
                    "Plan " + i + ": took the breakout after the retest, as written.");
            Files.write(plans.resolve(plan.id() + ".json"), PlanFiles.bytes(plan));
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
