package app.microplan.ui.shell;

import app.microplan.store.JournalLocation;
import app.microplan.ui.checklist.PrintChecklistService;
import app.microplan.ui.checklist.PrinterService;
import app.microplan.ui.checklist.SaveFileChooser;
import app.microplan.ui.common.CsvFileChooser;
import app.microplan.ui.common.Debouncer;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.FileOpener;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * What the window is given rather than finds for itself: which journal to open, where slow work runs, how long
 * autosave waits, the trader's number format and the clock, and the services that talk to the desktop (file
 * dialogs, printers, opening a file). Tests pass a temporary folder, a direct runner and an immediate debouncer;
 * the desktop services are the system's in the app and fakes in tests.
 *
 * @param journal the journal to open first: the one given, or the trader's usual one (found after the first frame)
 */
public record AppContext(JournalLocation journal, TaskRunner tasks, Debouncer saveDebouncer, LocaleNumbers numbers,
                         Clock clock, SaveFileChooser saveFileChooser, CsvFileChooser csvFileChooser,
                         PrinterService printers, FileOpener fileOpener) {

    /** With the system's CSV file dialogs and printers, and no way to open a file (set one with a wither). */
    public AppContext(JournalLocation journal, TaskRunner tasks, Debouncer saveDebouncer, LocaleNumbers numbers,
                      Clock clock, SaveFileChooser saveFileChooser) {
        // Made when first used: JavaFX's printing classes have no business in the first frame.
        this(journal, tasks, saveDebouncer, numbers, clock, saveFileChooser, CsvFileChooser.system(),
                (checklist, paper, owner) -> new PrintChecklistService().print(checklist, paper, owner), file -> { });
    }

    /** The journal in {@code journalFolder}, with the system's CSV file dialogs and printers. */
    public AppContext(Path journalFolder, TaskRunner tasks, Debouncer saveDebouncer, LocaleNumbers numbers,
                      Clock clock, SaveFileChooser saveFileChooser) {
        this(JournalLocation.given(journalFolder), tasks, saveDebouncer, numbers, clock, saveFileChooser);
    }

    /**
     * Everything on the calling thread at once: for tests of the real window. Printing refuses until a test gives a
     * fake printer ({@link #withPrinters}): a test must not depend on whether the machine has a printer.
     */
    public static AppContext forTests(Path journalFolder) {
        return new AppContext(JournalLocation.given(journalFolder), new DirectTaskRunner(), Debouncer.immediate(),
                new LocaleNumbers(Locale.US), Clock.systemUTC(), SaveFileChooser.system())
                .withPrinters((checklist, paper, owner) -> {
                    throw new IllegalStateException("A window test prints only through a fake: withPrinters(...)");
                });
    }

    /** The same context answering "where to save?" with the given chooser (tests pick a temporary file). */
    public AppContext withSaveFileChooser(SaveFileChooser chooser) {
        return new AppContext(journal, tasks, saveDebouncer, numbers, clock, chooser, csvFileChooser, printers,
                fileOpener);
    }

    /** The same context answering "which CSV file?" with the given chooser. */
    public AppContext withCsvFileChooser(CsvFileChooser chooser) {
        return new AppContext(journal, tasks, saveDebouncer, numbers, clock, saveFileChooser, chooser, printers,
                fileOpener);
    }

    /** The same context printing through {@code service}. */
    public AppContext withPrinters(PrinterService service) {
        return new AppContext(journal, tasks, saveDebouncer, numbers, clock, saveFileChooser, csvFileChooser, service,
                fileOpener);
    }

    /** The same context reading and writing numbers as {@code locale} does (a window test in German). */
    public AppContext withNumbers(LocaleNumbers locale) {
        return new AppContext(journal, tasks, saveDebouncer, locale, clock, saveFileChooser, csvFileChooser, printers,
                fileOpener);
    }

    /** The same context opening files with {@code opener}. */
    public AppContext withFileOpener(FileOpener opener) {
        return new AppContext(journal, tasks, saveDebouncer, numbers, clock, saveFileChooser, csvFileChooser, printers,
                opener);
    }

    /** The same context running slow work on {@code runner}. */
    public AppContext withTasks(TaskRunner runner) {
        return new AppContext(journal, runner, saveDebouncer, numbers, clock, saveFileChooser, csvFileChooser, printers,
                fileOpener);
    }
}
