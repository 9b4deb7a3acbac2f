package app.microplan.ui.conflict;

/** What the trader's choice does; the window's journal carries it out (off the screen's thread). */
public interface ConflictActions {
    /** Keep mine; for a plan deleted elsewhere: keep the plan (save it again). */
    void keepMine();

    /** Keep theirs; for a plan deleted elsewhere: let it go (the list forgets it, nothing is deleted). */
    void keepTheirs();

    /** Keep theirs as this plan and mine as a new draft. */
    void keepBoth();
}
