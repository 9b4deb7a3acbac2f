package app.microplan.store;

import app.microplan.domain.TradePlan;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * The child JVM of {@link CrashSafetyTest}: opens the journal as the app does after a restart, says "saving",
 * then saves {@value #PLANS} plans in turn, generation after generation, until it is killed.
 */
public final class CrashingSaver {
    static final int PLANS = 5;
    static final String READY = "saving";

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
        System.out.println(READY);
        System.out.flush();
        for (long generation = Long.parseLong(args[1]); ; generation++) {
            for (int plan = 0; plan < PLANS; plan++) {
                store.savePlan(version(plan, generation));
            }
        }
    }

    /** Serializes without writing, so the kills land in saves, not in class loading before the first one. */
    private static void warmUp(long generation) throws Exception {
        for (int round = 0; round < 200; round++) {
            PlanFiles.bytes(version(round % PLANS, generation));
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
