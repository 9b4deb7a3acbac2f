package app.microplan.bench;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * First frame on screen: fresh JVMs that open a bare JavaFX window (one Label) or Microplan's main window on a
 * small journal (the docs/numbers.md example-1 plan selected), started in turn so the machine's other work falls on
 * both alike. Each reports the time from process start to its first painted frame, and Microplan also to the
 * first frame with the plan's numbers painted. Prints medians and the ratio to the bare window.
 */
final class StartupBenchmark {
    private final PrintStream out;
    private final int runs;
    private final Path journal;

    /** One way of starting a window: which JVM, which probe. */
    record Contender(String name, ProbeJvm jvm, String mainClass, List<String> args) {
    }

    StartupBenchmark(PrintStream out, int runs) throws Exception {
        this.out = out;
        this.runs = runs;
        this.journal = Files.createTempDirectory("microplan-startup");
        Instant t = Instant.parse("2026-03-02T09:30:00Z");
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, t),
                JournalFixtures.ethShortDraft(t.minusSeconds(3600)), JournalFixtures.cmeCancelled(t.minusSeconds(7200)),
                JournalFixtures.openPlanHolding("120", t.minusSeconds(9000)));
    }

    Contender bare(String name, ProbeJvm jvm) {
        return new Contender(name, jvm, BareWindowProbe.class.getName(), List.of());
    }

    Contender microplan(String name, ProbeJvm jvm) {
        return new Contender(name, jvm, AppWindowProbe.class.getName(), List.of("--journal", journal.toString()));
    }

    /** Runs every contender {@code runs} times in turn (after one untimed round) and prints the medians. */
    List<Long> compare(String title, List<Contender> contenders, List<Contender> more) throws Exception {
        List<Contender> all = new ArrayList<>(contenders);
        all.addAll(more);
        return compare(title, all);
    }

    List<Long> compare(String title, List<Contender> contenders) throws Exception {
        out.println(title);
        for (Contender c : contenders) {
            c.jvm().run(c.mainClass(), c.args());
        }
        List<List<ProbeJvm.Times>> times = new ArrayList<>();
        contenders.forEach(c -> times.add(new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            StringBuilder line = new StringBuilder(String.format("  run %2d:", run + 1));
            for (int i = 0; i < contenders.size(); i++) {
                Contender c = contenders.get(i);
                ProbeJvm.Times t = c.jvm().run(c.mainClass(), c.args());
                times.get(i).add(t);
                line.append(String.format("  %s %5d", c.name(), t.firstFrame()));
                if (t.contentShown() != t.firstFrame()) {
                    line.append(String.format(" (plan %5d)", t.contentShown()));
                }
            }
            out.println(line);
        }
        long floor = Stats.median(times.get(0).stream().map(ProbeJvm.Times::firstFrame).toList());
        // CPU time of all the process's threads: on a machine other builds keep busy, steadier than wall time.
        long cpuFloor = Stats.median(times.get(0).stream().map(ProbeJvm.Times::cpuAtFirstFrame).toList());
        List<Long> medians = new ArrayList<>();
        for (int i = 0; i < contenders.size(); i++) {
            Contender c = contenders.get(i);
            long first = Stats.median(times.get(i).stream().map(ProbeJvm.Times::firstFrame).toList());
            long content = Stats.median(times.get(i).stream().map(ProbeJvm.Times::contentShown).toList());
            long cpuFirst = Stats.median(times.get(i).stream().map(ProbeJvm.Times::cpuAtFirstFrame).toList());
            long cpuContent = Stats.median(times.get(i).stream().map(ProbeJvm.Times::cpuAtContent).toList());
            medians.add(first);
            String plan = content == first ? "" : String.format(";  plan's numbers on screen %5d ms (%.2f×)",
                    content, (double) content / floor);
            out.printf("  median %-34s first frame %5d ms (%.2f×)%s%n", c.name(), first, (double) first / floor, plan);
            String cpuPlan = content == first ? "" : String.format(";  to the plan's numbers %5d ms (%.2f×)",
                    cpuContent, (double) cpuContent / cpuFloor);
            out.printf("         %-34s CPU to the first frame %5d ms (%.2f×)%s%n", "", cpuFirst,
                    (double) cpuFirst / cpuFloor, cpuPlan);
        }
        return medians;
    }
}
