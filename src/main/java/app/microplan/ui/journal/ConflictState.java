package app.microplan.ui.journal;

import app.microplan.domain.TradePlan;
import app.microplan.store.PlanConflict;

/**
 * Why a plan waits for the trader: another program saved another version (the trader's own is in the conflict
 * file), or deleted the plan's file. Shown above the plan until the trader chooses.
 *
 * @param conflict the trader's version and where it waits; null when the plan was deleted elsewhere
 * @param theirs   the other program's version as it is on disk; null when it was deleted or cannot be read
 */
public record ConflictState(PlanConflict conflict, TradePlan theirs) {

    static ConflictState deletedElsewhere() {
        return new ConflictState(null, null);
    }

    public boolean isDeletedElsewhere() {
        return conflict == null;
    }
}
