package app.microplan.bench;

import app.microplan.domain.PlanNotReadyException;
import app.microplan.domain.TradePlan;
import app.microplan.samples.SampleJournal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal of any size for the benchmarks, made of sample journals of 500 plans one after the other (each its own
 * account history from the same start equity). One sample journal of 100,000 plans is not possible: over centuries
 * of generated trades some plan always falls inside a cool-down the ready gate refuses.
 */
final class BenchJournal {
    private static final int CHUNK = 500;

    private BenchJournal() {
    }

    static List<TradePlan> plans(int count) {
        List<TradePlan> plans = new ArrayList<>(count);
        Instant start = Instant.parse("2020-01-06T07:00:00Z");
        long seed = 7;
        for (int chunk = 0; plans.size() < count; chunk++) {
            int size = Math.min(CHUNK, count - plans.size());
            while (true) {
                try {
                    plans.addAll(new SampleJournal(seed++, start, "bench" + chunk + "-").plans(size));
                    break;
                } catch (PlanNotReadyException e) {
                    // this seed's history hits a cool-down: the next seed's does not, or the one after
                }
            }
            start = start.plus(Duration.ofHours(37L * CHUNK));
        }
        return plans;
    }
}
