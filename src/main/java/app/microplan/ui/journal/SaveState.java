package app.microplan.ui.journal;

/** Where a plan's latest edit is: on disk, on its way there, waiting, or refused by the disk. */
public enum SaveState {
    SAVED, SAVING, UNSAVED, FAILED
}
