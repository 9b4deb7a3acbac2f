package app.microplan.bench;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.RiskOfRuinSimulation;
import app.microplan.domain.SimulationResult;
import app.microplan.domain.SimulationRules;
import app.microplan.domain.SimulationSample;
import app.microplan.domain.SimulationSettings;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk-of-ruin simulation at the default size (10,000 paths of 200 trades) and at the size the issue names,
 * 10,000 paths of 500 trades, over the sample journal's
 * 36 trades, under the default account rules. Timed after a warm-up, as wall time and as the process's CPU time
 * (the run uses every core; on a shared machine the wall time includes waiting for them). Once for one run,
 * once for the whole of what the window and {@code stats --simulate} do: the run and the search for the safer
 * risk per trade.
 */
final class SimulationBenchmark {
    private static final int WARM_UP = 3;
    private static final int TIMED = 7;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final PrintStream out;

    SimulationBenchmark(PrintStream out) {
        this.out = out;
    }

    void run() throws Exception {
        List<JournalEntry> entries = JournalEntry.ofAll(JournalStore.open(Path.of("assets/samples/journal")).loadPlans()
                .plans().stream().map(LoadedPlan::plan).toList());
        SimulationSample sample = SimulationSample.of(entries, "Main", ZoneOffset.UTC);
        SimulationRules rules = SimulationRules.defaults();
        // The window's and the command's default size first, then the larger size the issue names.
        for (SimulationSettings settings : List.of(SimulationSettings.defaults(),
                new SimulationSettings(10_000, 500, 1, null))) {
            String size = String.format("%,d paths × %,d trades", settings.paths(), settings.trades());
            time("One run, " + size + " (with the fan chart's percentiles)",
                    () -> RiskOfRuinSimulation.simulate(sample, rules, settings));
            SimulationResult whole = time("The run and the search for the safer risk %, " + size,
                    () -> RiskOfRuinSimulation.run(sample, rules, settings));
            out.printf("  (%d cores; median equity %s, P(drawdown > 20 %%) %s, safer risk %s, %d paths capped)%n",
                    Runtime.getRuntime().availableProcessors(), whole.finalEquityAt(50),
                    whole.chanceOfDrawdownBeyond(new java.math.BigDecimal("0.20")), whole.saferRisk().riskFraction(),
                    whole.cappedPaths());
        }
    }

    private SimulationResult time(String what, java.util.function.Supplier<SimulationResult> work) {
        SimulationResult last = null;
        for (int i = 0; i < WARM_UP; i++) {
            last = work.get();
        }
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < TIMED; i++) {
            long cpuStart = OS.getProcessCpuTime();
            long start = System.nanoTime();
            last = work.get();
            wall.add(System.nanoTime() - start);
            cpu.add(OS.getProcessCpuTime() - cpuStart);
        }
        out.printf("%s: wall median %.0f ms (min %.0f), CPU median %.0f ms, over %d runs after %d warm-up%n", what,
                Stats.median(wall) / 1e6, Stats.percentile(wall, 0) / 1e6, Stats.median(cpu) / 1e6, TIMED, WARM_UP);
        return last;
    }
}
