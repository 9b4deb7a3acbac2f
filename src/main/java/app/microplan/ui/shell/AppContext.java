package app.microplan.ui.shell;

import app.microplan.store.JournalLocation;
import app.microplan.ui.checklist.SaveFileChooser;
import app.microplan.ui.common.CsvFileChooser;
import app.microplan.ui.common.Debouncer;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * What the window is given rather than finds for itself: which journal to open, where slow work runs, how long
 * autosave waits, the trader's number format and the clock. Tests pass a temporary folder, a direct runner and
 * an immediate debouncer; the file choosers are the system's dialogs in the app and fixed answers in tests.
 *
 * @param journal the journal to open first: the one given, or the trader's usual one (found after the first frame)
 */
public record AppContext(JournalLocation journal, TaskRunner tasks, Debouncer saveDebouncer, LocaleNumbers numbers,
                         Clock clock, SaveFileChooser saveFileChooser, CsvFileChooser csvFileChooser) {

    /** With the system's CSV file dialogs. */
    public AppContext(JournalLocation journal, TaskRunner tasks, Debouncer saveDebouncer, LocaleNumbers numbers,
                      Clock clock, SaveFileChooser saveFileChooser) {
        this(journal, tasks, saveDebouncer, numbers, clock, saveFileChooser, CsvFileChooser.system());
    }

    /** The journal in {@code journalFolder}, with the system's CSV file dialogs. */
    public AppContext(Path journalFolder, TaskRunner tasks, Debouncer saveDebouncer, LocaleNumbers numbers,
                      Clock clock, SaveFileChooser saveFileChooser) {
        this(JournalLocation.given(journalFolder), tasks, saveDebouncer, numbers, clock, saveFileChooser);
    }

    /** Everything on the calling thread at once: for tests of the real window. */
    public static AppContext forTests(Path journalFolder) {
        return new AppContext(JournalLocation.given(journalFolder), new DirectTaskRunner(), Debouncer.immediate(),
                new LocaleNumbers(Locale.US), Clock.systemUTC(), SaveFileChooser.system());
    }

    /** The same context answering "where to save?" with the given chooser (tests pick a temporary file). */
    public AppContext withSaveFileChooser(SaveFileChooser chooser) {
        return new AppContext(journal, tasks, saveDebouncer, numbers, clock, chooser, csvFileChooser);
    }

    /** The same context answering "which CSV file?" with the given chooser. */
    public AppContext withCsvFileChooser(CsvFileChooser chooser) {
        return new AppContext(journal, tasks, saveDebouncer, numbers, clock, saveFileChooser, chooser);
    }
}
