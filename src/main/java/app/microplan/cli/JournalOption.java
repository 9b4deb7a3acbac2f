package app.microplan.cli;

import app.microplan.store.JournalLoad;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.domain.TradePlan;
import app.microplan.store.Settings;
import app.microplan.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --journal DIR} of a command: a folder that must be a Microplan journal (it holds a {@code plans}
 * folder), read without creating or changing anything. Anything else is bad input, named in one line.
 */
final class JournalOption {
    private JournalOption() {
    }

    /** A journal as a command reads it: its settings and plans; files that could not be read go to {@code err}. */
    record Read(Settings settings, List<TradePlan> plans) {
    }

    static Read read(Path journal, PrintWriter err, String command) {
        JournalLoad load = load(journal);
        Settings settings;
        try {
            settings = JournalStore.openExisting(journal).loadSettings();
        } catch (StoreException e) {
            throw new BadInputException("--journal: " + e.getMessage());
        }
        load.problems().forEach(p -> err.println(command + ": skipped " + p.message()));
        err.flush();
        return new Read(settings, load.plans().stream().map(LoadedPlan::plan).toList());
    }

    /** Every plan file of the journal that could be read, and the files that could not. */
    static JournalLoad load(Path journal) {
        requireJournal(journal);
        try {
            return JournalStore.openExisting(journal).loadPlans();
        } catch (StoreException e) {
            throw new BadInputException("--journal: " + e.getMessage());
        }
    }

    static void requireJournal(Path journal) {
        if (!Files.isDirectory(journal)) {
            throw new BadInputException("--journal: " + journal + " is not a folder");
        }
        Path plans = journal.resolve("plans");
        if (Files.exists(plans) && !Files.isDirectory(plans)) {
            throw new BadInputException("--journal: " + journal + " is not a Microplan journal: its plans is a file,"
                    + " not a folder");
        }
        if (!Files.isDirectory(plans)) {
            throw new BadInputException("--journal: " + journal + " has no plans folder (is it a Microplan journal?)");
        }
    }
}
