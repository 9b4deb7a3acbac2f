package app.microplan.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to a trade's fills or funding after they were first recorded: a correction typed on the Fills tab
 * or an import. Kept with the execution so a review can tell what was measured then and what was corrected
 * later (the plan's status history is another list: it records the life cycle, this one the numbers).
 *
 * @param description what changed, with the numbers before and after ("Exit 2 price 72,100 → 72,000")
 */
public record ExecutionChange(Instant time, String description) {
    public ExecutionChange {
        Objects.requireNonNull(time, "time of the change");
        ContractSpec.requireText(description, "description of the change");
    }
}
