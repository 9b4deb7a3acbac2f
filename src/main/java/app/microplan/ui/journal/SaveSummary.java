package app.microplan.ui.journal;

import app.microplan.ui.common.Messages;
import java.util.Collection;

/**
 * The status bar's save indicator for the whole journal: "Saved", "Saving…", "Unsaved", or the error in words.
 */
public record SaveSummary(SaveState state, String text) {

    public static SaveSummary of(Collection<PlanEntry> entries) {
        for (PlanEntry entry : entries) {
            if (entry.getSaveState() == SaveState.FAILED) {
                return new SaveSummary(SaveState.FAILED, Messages.text("save.failed", entry.getSaveError()));
            }
        }
        if (entries.stream().anyMatch(e -> e.getSaveState() == SaveState.SAVING)) {
            return new SaveSummary(SaveState.SAVING, Messages.text("save.saving"));
        }
        if (entries.stream().anyMatch(e -> e.getSaveState() == SaveState.UNSAVED)) {
            return new SaveSummary(SaveState.UNSAVED, Messages.text("save.unsaved"));
        }
        return new SaveSummary(SaveState.SAVED, Messages.text("save.saved"));
    }
}
