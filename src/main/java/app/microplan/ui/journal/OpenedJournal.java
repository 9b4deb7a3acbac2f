package app.microplan.ui.journal;

import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.PlanConflict;
import app.microplan.store.Settings;
import app.microplan.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal read from disk: its store, settings and plans, and every file that could not be read, in words.
 * Built on a background thread.
 *
 * @param settingsReadable false when settings.json exists but could not be read: it is then never overwritten
 *                         until the trader saves new preferences
 * @param conflicts        plans whose save met another program's version, still waiting for the trader's choice
 * @param leftoversRemoved temporary files of interrupted saves that opening the journal removed
 */
public record OpenedJournal(JournalStore store, Settings settings, boolean settingsReadable, JournalLoad load,
                            List<String> problems, List<PlanConflict> conflicts, int leftoversRemoved) {

    public OpenedJournal {
        problems = List.copyOf(problems);
        conflicts = List.copyOf(conflicts);
    }

    public OpenedJournal(JournalStore store, Settings settings, boolean settingsReadable, JournalLoad load,
                         List<String> problems) {
        this(store, settings, settingsReadable, load, problems, List.of(), 0);
    }

    /** Opens (creating if need be) the folder and reads it: slow, so never on the FX thread. */
    public static OpenedJournal read(Path folder) throws StoreException {
        JournalStore store = JournalStore.open(folder);
        List<String> problems = new ArrayList<>();
        Settings settings;
        boolean readable = true;
        try {
            settings = store.loadSettings();
        } catch (StoreException e) {
            settings = Settings.defaults();
            readable = false;
            problems.add(e.getMessage() + " — using default preferences; the file is left as it is.");
        }
        JournalLoad load = store.loadPlans();
        load.problems().forEach(p -> problems.add(p.message() + " — set aside, not changed."));
        store.unreadableConflicts().forEach(p -> problems.add(p.message() + " — a conflict file that cannot be read;"
                + " set aside, not changed."));
        return new OpenedJournal(store, settings, readable, load, problems, store.conflicts(), store.leftoversRemoved());
    }
}
