package app.microplan.ui.tools;

import app.microplan.ui.CsvFileAnswer;
import app.microplan.domain.EntryFill;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeReview;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.checklist.SaveFileChooser;
import app.microplan.ui.common.FxDebouncer;
import app.microplan.ui.common.FxTaskRunner;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.journal.PlanEntry;
import app.microplan.ui.shell.AppContext;
import app.microplan.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Opens the real window on the sample journal (assets/samples/journal) plus example 1 traded and reviewed, a
 * ready and an open plan, and writes PNGs of the journal's screens in the light and dark theme. Not a test:
 * run under a display, e.g.
 * {@code DISPLAY=:95 java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * app.microplan.ui.tools.JournalScreenshots target/shots}; journal-review.png and trade-review.png go to
 * assets/screenshots.
 */
public final class JournalScreenshots {
    private static final Instant NOW = Instant.parse("2026-03-05T09:30:00Z");
    private static final Deque<Runnable> steps = new ArrayDeque<>();

    public static void main(String[] args) throws Exception {
        ScreenshotTool.launch(args, "target/shots", JournalScreenshots::start);
    }

    private static void start(Stage stage) throws Exception {
        Path journal = journal();
        Path badCsv = Files.createTempFile("bybit-history", ".csv");
        Files.writeString(badCsv, """
                time,symbol,side,price,quantity,fee
                2026-03-04T09:30:00Z,BTCUSDT,Buy,70000,4,0.50
                2026-03-04T09:41:00Z,BTCUSDT,Buy,7O050,3,0.40
                2026-03-04T14:00:00Z,BTCUSDT,Sell,72100,4,0.50
                2026-03-04T15:10:00Z,BTCUSDT,Sell,71000,-3,0.40
                """);
        AppContext context = new AppContext(journal, new FxTaskRunner(), new FxDebouncer(Duration.millis(300)),
                new LocaleNumbers(Locale.US), Clock.systemUTC(), SaveFileChooser.system())
                .withCsvFileChooser(CsvFileAnswer.opening(badCsv));
        MainWindow window = new MainWindow(stage, context);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        for (String theme : List.of("light", "dark")) {
            String suffix = theme.equals("light") ? "" : "-dark";
            steps.add(() -> window.viewModel().setTheme(theme));
            steps.add(() -> select(window, "example-1-traded", "review-tab"));
            steps.add(() -> ScreenshotTool.shoot(window.scene(), "trade-review" + suffix + ".png"));
            steps.add(() -> select(window, "example-1-ready", "fills-tab"));
            steps.add(() -> ScreenshotTool.shoot(window.scene(), "fills-ready" + suffix + ".png"));
            steps.add(() -> select(window, "example-1-open", "fills-tab"));
            steps.add(() -> ScreenshotTool.shoot(window.scene(), "fills-open" + suffix + ".png"));
            steps.add(() -> review(window).setSelected(true));
            steps.add(() -> ScreenshotTool.shoot(window.scene(), "journal-review" + suffix + ".png"));
            steps.add(() -> review(window).setSelected(false));
            steps.add(() -> select(window, "example-1-ready", "fills-tab"));
            steps.add(() -> item(window, "menu-import-executions").fire());
            steps.add(() -> shootTopDialog(stage, "csv-import" + suffix + ".png"));
        }
        steps.add(() -> {
            context.tasks().shutdown();
            Platform.exit();
        });
        next();
    }

    private static Path journal() throws Exception {
        Path journal = Files.createTempDirectory("microplan-journal-shot");
        Files.createDirectories(journal.resolve("plans"));
        try (var samples = Files.list(Path.of("assets/samples/journal/plans"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, journal.resolve("plans").resolve(sample.getFileName()));
            }
        }
        TradePlan traded = TradeLifecycle.review(JournalFixtures.closedExample1(NOW.minusSeconds(4 * 86_400)),
                new TradeReview("Waited for the 4-hour close above 70,000 and entered in two fills, as written.",
                        "Took the second half off by hand at 71,000 instead of letting it run to the target.",
                        "The plan had a reason for 72,100: leave the stop and target orders alone once placed.", 4,
                        List.of("calm", "impatient"), TradeReview.allFollowed(
                        JournalFixtures.example1(PlanStatus.READY, NOW).checklist())), NOW);
        TradePlan ready = JournalFixtures.example1(PlanStatus.READY, NOW).toBuilder().id("example-1-ready").build();
        TradePlan open = TradeLifecycle.open(JournalFixtures.example1(PlanStatus.READY, NOW.minusSeconds(3600))
                .toBuilder().id("example-1-open").build(), List.of(EntryFill.of("2026-03-05T08:40:00Z", "70000", "4",
                "0.50"), EntryFill.of("2026-03-05T08:52:00Z", "70050", "3", "0.40")), NOW);
        JournalFixtures.write(journal, traded.toBuilder().id("example-1-traded").build(), ready, open);
        return journal;
    }

    private static void select(MainWindow window, String planId, String tabId) {
        for (PlanEntry entry : window.viewModel().getSession().entries()) {
            if (entry.id().equals(planId)) {
                window.viewModel().getJournal().select(entry);
            }
        }
        TabPane tabs = (TabPane) window.planArea().lookup(".tab-pane");
        for (Tab tab : tabs.getTabs()) {
            if (tabId.equals(tab.getId())) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }

    private static CheckMenuItem review(MainWindow window) {
        return (CheckMenuItem) item(window, "menu-journal-review");
    }

    private static MenuItem item(MainWindow window, String id) {
        for (Menu menu : window.menus().bar().getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new IllegalStateException("no menu item " + id);
    }

    private static void next() {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        PauseTransition pause = new PauseTransition(Duration.seconds(1.2));
        pause.setOnFinished(e -> {
            try {
                step.run();
            } catch (RuntimeException failure) {
                failure.printStackTrace();
            }
            next();
        });
        pause.play();
    }

    private static void shootTopDialog(Stage main, String name) {
        for (Window window : Window.getWindows()) {
            if (window != main && window instanceof Stage dialog && dialog.isShowing()) {
                ScreenshotTool.shoot(dialog.getScene(), name);
                dialog.close();
                return;
            }
        }
    }

}
