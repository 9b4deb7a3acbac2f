package app.microplan.store;

import java.util.List;

/** Everything a journal load found: the plans that read, and the files set aside with the reason. */
public record JournalLoad(List<LoadedPlan> plans, List<LoadProblem> problems) {
    public JournalLoad {
        plans = List.copyOf(plans);
        problems = List.copyOf(problems);
    }
}
