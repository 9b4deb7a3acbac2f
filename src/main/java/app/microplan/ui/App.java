package app.microplan.ui;

import app.microplan.store.EarlySettings;
import app.microplan.store.JournalLocation;
import app.microplan.ui.checklist.SaveFileChooser;
import app.microplan.ui.common.FxDebouncer;
import app.microplan.ui.common.FxTaskRunner;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.Messages;
import app.microplan.ui.journal.JournalPrefetch;
import app.microplan.ui.shell.AppContext;
import app.microplan.ui.shell.MainWindow;
import app.microplan.ui.shell.StartupExit;
import app.microplan.ui.shell.UnexpectedErrors;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop application: opens the journal given by {@code --journal DIR} or the one in the user's data
 * folder, saving edits in the background half a second after typing stops.
 */
public class App extends Application {
    /**
     * {@code -Dmicroplan.exitAfterFirstFrame=true}: quit as soon as the window is up with the journal and its
     * selected plan on screen. The packaging script starts the app once like this to record which classes a start
     * loads (the AppCDS archive the installed launcher uses).
     */
    public static final String EXIT_AFTER_FIRST_FRAME = "microplan.exitAfterFirstFrame";
    private static final Duration AUTOSAVE_QUIET = Duration.millis(600);

    private AppContext context;

    @Override
    public void start(Stage stage) {
        JournalLocation location = JournalLocation.fromArguments(getParameters().getRaw());
        EarlySettings early = EarlySettings.of(location);
        // The words before any control is made: every view takes its texts when it is built.
        Messages.use(Messages.forLanguage(early.language()));
        context = new AppContext(location, new FxTaskRunner(),
                new FxDebouncer(AUTOSAVE_QUIET), new LocaleNumbers(Messages.current().numberLocale()),
                Clock.systemUTC(), SaveFileChooser.system())
                .withFileOpener(file -> getHostServices().showDocument(file.toUri().toString()));
        MainWindow window = MainWindow.showQuickly(stage, context, early.theme());
        UnexpectedErrors.install(window.viewModel());
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            StartupExit.whenStarted(window, Platform::exit);
        }
        shown(stage, window);
    }

    /** Called once the main window is shown (the startup benchmark hooks in here). */
    protected void shown(Stage stage, MainWindow window) {
        // Nothing to do in the app.
    }

    @Override
    public void stop() {
        if (context != null) {
            context.saveDebouncer().flush();
            context.tasks().shutdown();
        }
    }

    public static void main(String[] args) {
        launchApp(App.class, args);
    }

    /**
     * Starts the toolkit and {@code appClass}, and the journal's reading ahead: its files are counted and a long
     * summary index's list is read on one thread while the toolkit starts (decision 0027); nothing else, as other work
     * meanwhile (warming classes up, reading a small journal's plans) was measured to delay the first frame on two
     * cores. The rest of the journal is read while the window's content is built (see MainWindow).
     */
    public static void launchApp(Class<? extends App> appClass, String[] args) {
        JournalPrefetch.begin(JournalLocation.fromArguments(List.of(args)));
        launch(appClass, args);
    }
}
