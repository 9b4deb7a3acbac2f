package app.microplan.bench;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Startup benchmark (not a test: it prints figures and never fails on a slow machine). Alternates fresh JVMs
 * that open a bare JavaFX window (one Label) and the Microplan main window on a small journal, each reporting
 * the time from JVM start to the window shown; prints every run, the medians and the ratio. Run under a display:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * DISPLAY=:93 java -cp target/classes:target/test-classes:$(cat target/cp.txt) app.microplan.bench.StartupBenchmark 9
 * </pre>
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path journal = Files.createTempDirectory("microplan-bench");
        Instant t = Instant.parse("2026-03-02T09:30:00Z");
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, t),
                JournalFixtures.ethShortDraft(t.minusSeconds(3600)), JournalFixtures.cmeCancelled(t.minusSeconds(7200)),
                JournalFixtures.openPlanHolding("120", t.minusSeconds(9000)));
        List<Long> bare = new ArrayList<>();
        List<Long> themed = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        List<Long> appPlan = new ArrayList<>();
        List<String> appArgs = List.of("--journal", journal.toString());
        runOnce(BareWindowProbe.class.getName(), List.of());
        runOnce(AppWindowProbe.class.getName(), appArgs);
        for (int i = 0; i < runs; i++) {
            long[] b = runOnce(BareWindowProbe.class.getName(), List.of());
            long[] a = runOnce(AppWindowProbe.class.getName(), appArgs);
            long[] th = runOnce(ThemedWindowProbe.class.getName(), List.of());
            bare.add(b[0]);
            app.add(a[0]);
            appPlan.add(a[1]);
            themed.add(th[0]);
            System.out.printf("run %d: bare %d ms, bare + AtlantaFX theme %d ms, Microplan window %d ms "
                    + "(plan on screen %d ms)%n", i + 1, b[0], th[0], a[0], a[1]);
        }
        long bareMedian = median(bare);
        long appMedian = median(app);
        System.out.printf("medians over %d runs: bare %d ms, bare + theme %d ms, Microplan %d ms, plan on screen %d ms%n",
                runs, bareMedian, median(themed), appMedian, median(appPlan));
        System.out.printf("ratio Microplan / bare: %.2f×  (goal 1.3×; theme alone %.2f×)%n",
                (double) appMedian / bareMedian, (double) median(themed) / bareMedian);
    }

    /** Starts a JVM like this one on {@code mainClass}; returns the times it reported (first frame, plan shown). */
    private static long[] runOnce(String mainClass, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long firstFrame = -1;
        long planShown = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(Probe.FIRST_FRAME)) {
                    firstFrame = Long.parseLong(line.substring(Probe.FIRST_FRAME.length()).trim());
                } else if (line.startsWith(Probe.PLAN_SHOWN)) {
                    planShown = Long.parseLong(line.substring(Probe.PLAN_SHOWN.length()).trim());
                }
            }
        }
        process.waitFor();
        if (firstFrame < 0) {
            throw new IllegalStateException(mainClass + " did not report its first frame");
        }
        return new long[] {firstFrame, planShown};
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
