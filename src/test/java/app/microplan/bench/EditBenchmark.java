package app.microplan.bench;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.plan.PlanViewModel;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One edit in the plan view model: typing a new stop into the plan of worked example 1 (docs/numbers.md) rebuilds the
 * plan and runs it through the lifecycle, the sizer and the rule book, and republishes every derived property,
 * synchronously. Timed from the text change to its return, after a warm-up (a trader's session is warm after the
 * first few edits).
 */
final class EditBenchmark {
    private static final int WARM_UP = 5_000;
    private static final int TIMED = 20_000;
    private static final String[] STOPS = {"69,300", "69,310", "69,250", "69,420"};

    /** The thread's own CPU time tells the edit's work from time the machine gave to other programs. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PrintStream out;

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    EditBenchmark(PrintStream out) {
        this.out = out;
    }

    void run() {
        Instant t = Instant.parse("2026-03-02T09:30:00Z");
        TradePlan plan = JournalFixtures.example1(PlanStatus.DRAFT, t);
        int[] published = new int[1];
        PlanViewModel vm = new PlanViewModel(plan, false, new LocaleNumbers(Locale.US), Clock.fixed(t, ZoneOffset.UTC),
                (id, account) -> new AccountSnapshot(account, new BigDecimal("5000"), BigDecimal.ZERO),
                List.of(plan.account().accountName()), edited -> published[0]++);
        for (int i = 0; i < WARM_UP; i++) {
            vm.setup().stop().setText(STOPS[i % STOPS.length]);
        }
        List<Long> times = new ArrayList<>(TIMED);
        List<Long> cpuTimes = new ArrayList<>(TIMED);
        long collections = collections();
        for (int i = 0; i < TIMED; i++) {
            String stop = STOPS[i % STOPS.length];
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            vm.setup().stop().setText(stop);
            times.add(System.nanoTime() - start);
            cpuTimes.add(THREADS.getCurrentThreadCpuTime() - cpu);
        }
        collections = collections() - collections;
        SizingResult sizing = vm.getSizing();
        if (published[0] < TIMED || sizing == null || !vm.getPlan().setup().stop().equals(new BigDecimal(
                STOPS[(TIMED - 1) % STOPS.length].replace(",", "")))) {
            throw new IllegalStateException("the edits did not reach the plan: " + published[0] + " published");
        }
        out.printf("Recompute after one edit (a stop typed into the example-1 plan; %,d edits after %,d warm-up):%n"
                        + "  wall median %.3f ms, p99 %.3f ms, max %.1f ms; CPU median %.3f ms, p99 %.3f ms"
                        + " (%d garbage collections meanwhile)%n", TIMED, WARM_UP, Stats.median(times) / 1e6,
                Stats.percentile(times, 99) / 1e6, Stats.percentile(times, 100) / 1e6, Stats.median(cpuTimes) / 1e6,
                Stats.percentile(cpuTimes, 99) / 1e6, collections);
    }
}
