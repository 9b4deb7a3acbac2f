package app.microplan.ui.shell;

import app.microplan.domain.TradePlan;
import app.microplan.store.JournalLocation;
import app.microplan.store.JournalStore;
import app.microplan.store.EarlySettings;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.Messages;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The main window on a journal set to German, opened as App.start opens it: the words chosen from the journal's
 * settings before any control is made, the numbers in the German format. Tests reset the language afterwards.
 */
final class GermanWindows {
    private GermanWindows() {
    }

    /** Writes {@code plan} as the journal's only plan, sets the journal to German and opens it, the plan selected. */
    static MainWindow openOnPlan(FxRobot robot, Stage stage, Path journal, TradePlan plan) throws Exception {
        JournalFixtures.write(journal, plan);
        MainWindow window = open(robot, stage, journal, AppContext.forTests(journal));
        robot.interact(() -> {
            var list = window.viewModel().getJournal();
            list.select(list.shownPlans().get(0));
        });
        return window;
    }

    /** Sets the journal in {@code journal} to German and opens the window on it with {@code context}. */
    static MainWindow open(FxRobot robot, Stage stage, Path journal, AppContext context) throws Exception {
        JournalStore store = JournalStore.open(journal);
        store.saveSettings(store.loadSettings().withLanguage("de"));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            Messages.use(Messages.forLanguage(EarlySettings.of(JournalLocation.given(journal)).language()));
            window.set(new MainWindow(stage, context.withNumbers(new LocaleNumbers(Messages.current().numberLocale()))));
            // Within Monocle's headless screen (1280 × 800): a wider window overflows its frame buffer.
            stage.setWidth(1280);
            stage.setHeight(768);
            stage.show();
        });
        return window.get();
    }
}
