package app.microplan.ui.tools;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.checklist.SaveFileChooser;
import app.microplan.ui.common.FxDebouncer;
import app.microplan.ui.common.FxTaskRunner;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.shell.AppContext;
import app.microplan.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the real window on a journal holding worked example 1 of docs/numbers.md paying the preset's fees (and a few
 * other plans) and writes PNGs of it in the light and dark theme. Not a test: run under a display, e.g.
 * {@code DISPLAY=:93 java -cp target/classes:target/test-classes:$(cat target/cp.txt) app.microplan.ui.tools.Screenshots assets/screenshots}.
 */
public final class Screenshots {

    public static void main(String[] args) throws Exception {
        ScreenshotTool.launch(args, "assets/screenshots", Screenshots::start);
    }

    private static void start(Stage stage) throws Exception {
        Path journal = Files.createTempDirectory("microplan-shot");
        Instant now = Instant.parse("2026-03-02T09:30:00Z");
        TradePlan example1 = JournalFixtures.example1(PlanStatus.DRAFT, now);
        TradePlan withFees = example1.withSetup(example1.setup().toBuilder().entryFeeRate(null).exitFeeRate(null).build());
        JournalFixtures.write(journal, withFees,
                JournalFixtures.ethShortDraft(now.minusSeconds(86_400)),
                JournalFixtures.cmeCancelled(now.minusSeconds(5 * 86_400)));
        AppContext context = new AppContext(journal, new FxTaskRunner(), new FxDebouncer(Duration.millis(300)),
                new LocaleNumbers(Locale.US), Clock.systemUTC(), SaveFileChooser.system());
        MainWindow window = new MainWindow(stage, context);
        stage.setX(0);
        stage.setY(0);
        // A common laptop screen, as the README's other screenshots (docs/screenshots/take.sh).
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
        later(1.5, () -> {
            shoot(window, "main-window.png");
            window.viewModel().setTheme("dark");
            later(1.0, () -> {
                shoot(window, "main-window-dark.png");
                window.viewModel().setTheme("light");
                window.viewModel().getCurrentPlan().setup().contracts().setText("10");
                later(1.0, () -> {
                    shoot(window, "main-window-refused.png");
                    window.viewModel().getCurrentPlan().setup().contracts().setText("");
                    later(0.8, () -> {
                        var prefs = new app.microplan.ui.settings.PreferencesDialog(stage,
                                new app.microplan.ui.settings.PreferencesViewModel(
                                        window.viewModel().getSession().getSettings(), context.numbers()),
                                journal, () -> { });
                        prefs.show();
                        later(0.8, () -> {
                            ScreenshotTool.shoot(prefs.getDialogPane().getScene(), "preferences.png");
                            prefs.close();
                            context.tasks().shutdown();
                            Platform.exit();
                        });
                    });
                });
            });
        });
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private static void shoot(MainWindow window, String name) {
        ScreenshotTool.shoot(window.scene(), name);
    }

}
