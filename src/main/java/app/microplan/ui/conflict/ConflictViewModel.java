package app.microplan.ui.conflict;

import app.microplan.domain.TradePlan;
import app.microplan.store.PlanDifferences;
import java.util.List;

/**
 * The choice a plan waits for when another program saved it too (or deleted it): a heading and an explanation in
 * words, the fields in which the two versions differ, side by side, and the buttons' names. Knows no Node; the
 * view shows what is here and forwards clicks.
 */
public final class ConflictViewModel {
    public static final String CONFLICT_HEADING = "Another version was saved by another program";
    public static final String DELETED_HEADING = "This plan was deleted by another program";

    private final boolean deleted;
    private final String explanation;
    private final List<PlanDifferences.Difference> differences;
    private final ConflictActions actions;

    private ConflictViewModel(boolean deleted, String explanation, List<PlanDifferences.Difference> differences,
                              ConflictActions actions) {
        this.deleted = deleted;
        this.explanation = explanation;
        this.differences = List.copyOf(differences);
        this.actions = actions;
    }

    /**
     * @param theirs       the other program's version as it is on disk, or null when it cannot be read
     * @param conflictFile the file name the trader's version waits in
     */
    public static ConflictViewModel conflict(TradePlan mine, TradePlan theirs, String conflictFile,
                                             ConflictActions actions) {
        List<PlanDifferences.Difference> differences = theirs == null ? List.of()
                : PlanDifferences.between(mine, theirs);
        String compared = theirs == null ? "The other version cannot be read, so it cannot be compared here."
                : differences.isEmpty() ? "The two versions hold the same plan; only the time of saving differs."
                : differences.size() == 1 ? "They differ in one field." : "They differ in " + differences.size()
                + " fields.";
        return new ConflictViewModel(false, "Your version is kept in " + conflictFile + " until you choose. "
                + compared + " Keep mine replaces theirs (theirs stays in the plan's backup); Keep theirs moves yours"
                + " to the trash; Keep both keeps theirs here and yours as a new draft.", differences, actions);
    }

    public static ConflictViewModel deleted(ConflictActions actions) {
        return new ConflictViewModel(true, "Its file is gone from the journal, so your changes were not saved."
                + " Keep this plan saves it again; Let it go removes it from this list (nothing more is deleted).",
                List.of(), actions);
    }

    public boolean isDeleted() {
        return deleted;
    }

    public String heading() {
        return deleted ? DELETED_HEADING : CONFLICT_HEADING;
    }

    public String explanation() {
        return explanation;
    }

    /** Field by field: the name, mine, theirs. Empty for a deleted plan. */
    public List<PlanDifferences.Difference> differences() {
        return differences;
    }

    public String keepMineLabel() {
        return deleted ? "Keep this plan" : "Keep mine";
    }

    public String keepTheirsLabel() {
        return deleted ? "Let it go" : "Keep theirs";
    }

    /** Keep both makes no sense for a deleted plan: there is only one version. */
    public boolean offersKeepBoth() {
        return !deleted;
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    public void keepMine() {
        actions.keepMine();
    }

    public void keepTheirs() {
        actions.keepTheirs();
    }

    public void keepBoth() {
        if (offersKeepBoth()) {
            actions.keepBoth();
        }
    }
}
