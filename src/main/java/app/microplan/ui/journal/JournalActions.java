package app.microplan.ui.journal;

/** What the journal list's buttons ask the window to do. */
public interface JournalActions {
    void newPlan();

    void duplicateSelected();

    void deleteSelected();
}
