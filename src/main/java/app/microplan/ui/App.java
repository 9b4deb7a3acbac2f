package app.microplan.ui;

import app.microplan.ui.checklist.SaveFileChooser;
import app.microplan.ui.common.FxDebouncer;
import app.microplan.ui.common.FxTaskRunner;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.shell.AppContext;
import app.microplan.ui.shell.JournalLocation;
import app.microplan.ui.shell.MainWindow;
import app.microplan.ui.shell.StartupWarmup;
import app.microplan.ui.shell.UnexpectedErrors;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop application: opens the journal given by {@code --journal DIR} or the one in the user's data
 * folder, saving edits in the background half a second after typing stops.
 */
public class App extends Application {
    private static final Duration AUTOSAVE_QUIET = Duration.millis(600);

    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = new AppContext(JournalLocation.resolve(getParameters().getRaw()), new FxTaskRunner(),
                new FxDebouncer(AUTOSAVE_QUIET), new LocaleNumbers(Locale.getDefault(Locale.Category.FORMAT)),
                Clock.systemUTC(), SaveFileChooser.system());
        MainWindow window = new MainWindow(stage, context);
        UnexpectedErrors.install(window.viewModel());
        stage.show();
        shown(stage);
    }

    /** Called once the main window is on screen (the startup benchmark hooks in here). */
    protected void shown(Stage stage) {
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

    /** Starts loading classes on a spare core, then the toolkit and {@code appClass}. */
    public static void launchApp(Class<? extends App> appClass, String[] args) {
        StartupWarmup.begin();
        launch(appClass, args);
    }
}
