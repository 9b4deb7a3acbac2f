package app.microplan.ui.journal;

import java.util.Collection;

/**
 * The status bar's save indicator for the whole journal: "Saved", "Saving…", "Unsaved", or the error in words.
 */
public record SaveSummary(SaveState state, String text) {

    public static SaveSummary of(Collection<PlanEntry> entries) {
        for (PlanEntry entry : entries) {
            if (entry.getSaveState() == SaveState.FAILED) {
                return new SaveSummary(SaveState.FAILED, "Not saved — " + entry.getSaveError());
            }
        }
        if (entries.stream().anyMatch(e -> e.getSaveState() == SaveState.SAVING)) {
            return new SaveSummary(SaveState.SAVING, "Saving…");
        }
        if (entries.stream().anyMatch(e -> e.getSaveState() == SaveState.UNSAVED)) {
            return new SaveSummary(SaveState.UNSAVED, "Unsaved");
        }
        return new SaveSummary(SaveState.SAVED, "Saved");
    }
}
