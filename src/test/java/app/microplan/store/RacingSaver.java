package app.microplan.store;

import app.microplan.domain.TradePlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the programs of {@link ConcurrentSavesTest}: opens the journal, then again and again reads the plan,
 * adds its own token to the notes and saves — as a window does when the trader types. Prints the tokens whose
 * saves succeeded and how many met a conflict.
 */
public final class RacingSaver {
    static final String SAVED = "saved";
    static final String CONFLICTS = "conflicts";

    private RacingSaver() {
    }

    public static void main(String[] args) throws Exception {
        JournalStore store = JournalStore.open(Path.of(args[0]));
        String name = args[1];
        int rounds = Integer.parseInt(args[2]);
        String planId = args[3];
        List<String> saved = new ArrayList<>();
        int conflicts = race(store, planId, name, rounds, saved);
        System.out.println(SAVED + " " + String.join(" ", saved));
        System.out.println(CONFLICTS + " " + conflicts);
    }

    /** Read, add a token, save: {@code rounds} times. Successful tokens go to {@code saved}; returns the conflicts. */
    static int race(JournalStore store, String planId, String name, int rounds, List<String> saved) throws Exception {
        int conflicts = 0;
        for (int round = 0; round < rounds; round++) {
            TradePlan current = store.loadPlan(store.planFile(planId)).plan();
            String token = name + round;
            try {
                store.savePlan(TestPlans.withNotes(current, current.written().notes() + " " + token));
                saved.add(token);
            } catch (SaveConflictException e) {
                conflicts++;
            }
        }
        return conflicts;
    }
}
