package app.microplan.store;

import app.microplan.domain.TradePlan;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The child JVM of {@link CrashSafetyTest}: opens the journal as the app does after a restart, says "saving",
 * then saves {@value #PLANS} plans in turn, generation after generation, until it is killed.
 * <p>
 * It is a slow writer: each save pauses {@value #PAUSE_MILLIS} ms between writing its synced temporary file and
 * renaming it into place. Unpaused, that window is a few hundred microseconds and most kills land between saves,
 * proving little; paused, most kills land inside it, where a crash-safe save has to prove itself.
 */
public final class CrashingSaver {
    static final int PLANS = 5;
    static final String READY = "saving";
    static final int PAUSE_MILLIS = 10;

    private CrashingSaver() {
    }

    public static void main(String[] args) throws Exception {
        JournalStore store = JournalStore.open(Path.of(args[0]));
        JournalLoad load = store.loadPlans();
        if (!load.problems().isEmpty()) {
            System.err.println("unreadable after a kill: " + load.problems());
            System.exit(3);
        }
        warmUp(Long.parseLong(args[1]));
        AtomicFiles.beforeRename = () -> LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PAUSE_MILLIS));
        System.out.println(READY);
        System.out.flush();
        for (long generation = Long.parseLong(args[1]); ; generation++) {
            for (int plan = 0; plan < PLANS; plan++) {
                store.savePlan(version(plan, generation));
            }
        }
    }

    /**
     * Saves into a journal of its own first, so the kills land in saves of the real journal, not in class loading
     * or the random number generator's seeding before the first one.
     */
    private static void warmUp(long generation) throws Exception {
        Path scratch = Files.createTempDirectory("crash-warm-up");
        try {
            JournalStore warmUp = JournalStore.open(scratch);
            for (int round = 0; round < 2 * PLANS; round++) {
                warmUp.savePlan(version(round % PLANS, generation + round));
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Plan {@code plan} as saved in {@code generation}; its size varies, so a torn file could not pass as whole. */
    static TradePlan version(int plan, long generation) {
        TradePlan base = TestPlans.btcLong("crash-" + plan);
        return TestPlans.withNotes(base, "generation " + generation + " " + "x".repeat((int) (generation * 37 % 2000)))
                .toBuilder().updatedAt(TestPlans.CREATED.plusSeconds(generation))
                .setup(base.setup().toBuilder().contracts(BigDecimal.valueOf(generation % 7 + 1)).build()).build();
    }

    static long generationOf(TradePlan plan) {
        return Long.parseLong(plan.written().notes().split(" ")[1]);
    }
}
