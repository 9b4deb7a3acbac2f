package app.microplan.bench;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.JournalStore;
import app.microplan.ui.JournalFixtures;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Saving one plan as autosave does: JSON, a temporary file written and synced, the old file kept as the backup, the
 * new one renamed into place and the folder synced. On the disk the work folder is on (the benchmark uses one under
 * target/, not /tmp, which may be memory where a sync costs nothing).
 */
final class SaveBenchmark {
    private static final int WARM_UP = 20;
    private static final int TIMED = 200;

    private final PrintStream out;
    private final Path work;

    SaveBenchmark(PrintStream out, Path work) {
        this.out = out;
        this.work = work;
    }

    void run() throws Exception {
        JournalStore store = JournalStore.open(work.resolve("save"));
        TradePlan plan = JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-03-02T09:30:00Z"));
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            TradePlan edited = withNotes(plan, "Edit " + i + ": waited for the 4h close before the entry.");
            long start = System.nanoTime();
            store.savePlan(edited);
            if (i >= WARM_UP) {
                times.add(System.nanoTime() - start);
            }
        }
        out.printf("Save one plan with sync (%d saves after %d warm-up, %s): median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                TIMED, WARM_UP, work.toAbsolutePath(), Stats.median(times) / 1e6, Stats.percentile(times, 90) / 1e6,
                Stats.percentile(times, 100) / 1e6);
    }

    private static TradePlan withNotes(TradePlan plan, String notes) {
        WrittenPlan w = plan.written();
        return plan.withWritten(new WrittenPlan(w.thesis(), w.entryCriteria(), w.exitStrategy(), w.riskRules(), notes));
    }
}
