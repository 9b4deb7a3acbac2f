package app.microplan.bench;

import app.microplan.domain.TradePlan;
import app.microplan.samples.SampleJournal;
import app.microplan.store.JournalStore;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The journal review in the real window over 10,000 plans: how long a filter change takes until the table and
 * statistics show its result, and the longest gap between two frames meanwhile (how long the window could not
 * react). Not a test: run under a display, e.g.
 * {@code DISPLAY=:95 java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * app.microplan.bench.JournalReviewWindowProbe}.
 */
public final class JournalReviewWindowProbe {
    private static final int PLANS = 10_000;
    private static final String[] SEARCHES = {"level", "level failed", "", "breakout", "", "news london", "",
        "pullback", "", "held twice", ""};
    /** Rounds of the searches; the last round, with the code compiled by the JIT, is what the summary reports. */
    private static final int ROUNDS = 4;

    private static MainWindow window;
    private static final Deque<String> searches = new ArrayDeque<>();
    private static final List<Long> frameGaps = new ArrayList<>();
    private static long lastFrame;
    private static long changedAt;
    private static final List<Double> changes = new ArrayList<>();
    private static final List<Double> stalls = new ArrayList<>();

    private JournalReviewWindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("microplan-review-probe");
        List<TradePlan> plans = new SampleJournal(7L, Instant.parse("2020-01-06T07:00:00Z"), "probe").plans(PLANS);
        JournalStore store = JournalStore.open(folder);
        for (TradePlan plan : plans) {
            store.savePlan(plan);
        }
        System.out.println("wrote " + PLANS + " plans to " + folder);
        Platform.startup(() -> start(folder));
    }

    private static void start(Path folder) {
        Stage stage = new Stage();
        AppContext context = new AppContext(folder, new FxTaskRunner(), new FxDebouncer(Duration.millis(600)),
                new LocaleNumbers(Locale.US), Clock.systemUTC(), SaveFileChooser.system());
        window = new MainWindow(stage, context);
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastFrame != 0) {
                    frameGaps.add(now - lastFrame);
                }
                lastFrame = now;
            }
        }.start();
        window.viewModel().loadingProperty().addListener((obs, was, loading) -> {
            if (!loading) {
                long opened = System.nanoTime();
                review().setSelected(true);
                Labeled summary = (Labeled) window.scene().lookup("#review-summary");
                // The spinner beside the summary shows while a run is under way: its going out is a result shown.
                window.scene().lookup(".filter-progress").visibleProperty().addListener((o, old, busy) -> {
                    if (!busy) {
                        shown(summary.getText());
                    }
                });
                System.out.printf("journal review opened: %.1f ms on the FX thread, first result follows%n",
                        (System.nanoTime() - opened) / 1e6);
                changedAt = opened;
                for (int round = 0; round < ROUNDS; round++) {
                    searches.addAll(List.of(SEARCHES));
                }
            }
        });
    }

    /** A result is on screen: note how long it took and the worst frame gap, then make the next change. */
    private static void shown(String summary) {
        long took = System.nanoTime() - changedAt;
        long worstGap = frameGaps.stream().max(Comparator.naturalOrder()).orElse(0L);
        System.out.printf("  %-40s result after %6.1f ms, longest frame gap %5.1f ms%n", summary, took / 1e6,
                worstGap / 1e6);
        if (searches.size() < SEARCHES.length) {
            changes.add(took / 1e6);
            stalls.add(worstGap / 1e6);
        } else if (searches.size() % SEARCHES.length == 0) {
            System.out.println("round " + (ROUNDS - searches.size() / SEARCHES.length + 1) + ":");
        }
        Platform.runLater(JournalReviewWindowProbe::nextChange);
    }

    private static void nextChange() {
        String next = searches.poll();
        if (next == null) {
            changes.sort(Comparator.naturalOrder());
            stalls.sort(Comparator.naturalOrder());
            System.out.printf("last round: median %.1f ms, max %.1f ms to the result; longest frame gap %.1f ms%n",
                    changes.get(changes.size() / 2), changes.get(changes.size() - 1), stalls.get(stalls.size() - 1));
            window.viewModel().context().tasks().shutdown();
            Platform.exit();
            return;
        }
        TextField search = (TextField) window.scene().lookup("#filter-text");
        frameGaps.clear();
        changedAt = System.nanoTime();
        search.setText(next);
    }

    private static CheckMenuItem review() {
        for (Menu menu : window.menus().bar().getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if ("menu-journal-review".equals(item.getId())) {
                    return (CheckMenuItem) item;
                }
            }
        }
        throw new IllegalStateException("no Journal review menu item");
    }
}
