package app.microplan.ui.shell;

import static app.microplan.ui.WindowInput.text;
import static app.microplan.ui.WindowInput.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.ui.JournalFixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole life of a trade in the real window: example 1 marked ready, opened with two entry fills, closed
 * with two exits and the funding, reviewed — and then found in the journal review with its R-multiple, the
 * statistics counting it.
 */
@ExtendWith(ApplicationExtension.class)
class TradeLifeTest {
    @TempDir
    Path journal;

    private Stage stage;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage primary) {
        stage = primary;
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
    }

    @AfterEach
    void noExceptionEscaped() {
        assertThat(uncaught).isEmpty();
    }


    /** Types fill number {@code n} of its kind ("entry", "exit"). */
    private static void fill(FxRobot robot, String kind, int n, String time, String price, String contracts,
                             String fee) {
        type(robot, "fill-" + kind + "-time-" + n, time);
        type(robot, "fill-" + kind + "-price-" + n, price);
        type(robot, "fill-" + kind + "-contracts-" + n, contracts);
        type(robot, "fill-" + kind + "-fee-" + n, fee);
    }


    private static void toggleJournalReview(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void readyOpenedClosedAndReviewedTheTradeShowsItsRMultipleInTheJournalAndTheStatistics(FxRobot robot)
            throws Exception {
        JournalFixtures.write(journal,
                JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-03-01T08:00:00Z")));
        robot.interact(() -> {
            new MainWindow(stage, AppContext.forTests(journal));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });

        robot.clickOn("#mark-ready");
        assertThat(text(robot, "plan-status")).isEqualTo("Ready");

        // Two entry fills: 4 at 70,000 (fee 0.50) and 3 at 70,050 (fee 0.40).
        robot.clickOn("#fills-tab");
        fill(robot, "entry", 1, "2026-03-02 09:30", "70000", "4", "0.50");
        robot.clickOn("#add-entry-fill");
        fill(robot, "entry", 2, "2026-03-02 09:41", "70050", "3", "0.40");
        robot.clickOn("#record-fills");
        assertThat(text(robot, "plan-status")).isEqualTo("Open");
        assertThat(text(robot, "fills-position")).isEqualTo("Entered 7 contracts at 70,021.4 on average · 7 open");

        toggleJournalReview(robot);
        assertThat(text(robot, "stat-trades")).isEqualTo("0");
        toggleJournalReview(robot);

        // Two exits: 4 at the 72,100 target (fee 0.50), 3 by hand at 71,000 (fee 0.40); $1.20 funding paid.
        fill(robot, "exit", 1, "2026-03-03 14:00", "72100", "4", "0.50");
        robot.clickOn("#add-exit-fill");
        fill(robot, "exit", 2, "2026-03-03 15:10", "71000", "3", "0.40");
        type(robot, "funding", "1.20");
        assertThat(text(robot, "record-fills")).isEqualTo("Close trade");
        robot.clickOn("#record-fills");
        assertThat(text(robot, "plan-status")).isEqualTo("Closed");

        // Gross (4×72,100 + 3×71,000 − 4×70,000 − 3×70,050) × 0.01 = 11,250 × 0.01 = $112.50; fees
        // 0.50 + 0.40 + 0.50 + 0.40 = $1.80; funding $1.20 → realized $109.50. Planned risk: 7 contracts ×
        // (70,000 − 69,300) × 0.01 = $49.00: 109.50 / 49.00 = 2.2347 → "+2.23 R" against the plan. The risk the fills
        // took: 4 × 700 × 0.01 + 3 × 750 × 0.01 + $0.90 entry fees = $51.40 → R = 2.1303 → "+2.13 R".
        robot.clickOn("#to-review");
        assertThat(text(robot, "outcome-pnl")).isEqualTo("+$109.50");
        assertThat(text(robot, "outcome-r")).isEqualTo("+2.13 R");
        assertThat(text(robot, "outcome-planned-r")).isEqualTo("+2.23 R");
        assertThat(text(robot, "outcome-verdict")).isEqualTo("Followed the plan");

        type(robot, "went-to-plan", "Entered on the 4h close in two fills.");
        type(robot, "mistakes", "Took the second half off early.");
        robot.clickOn("#rating-4");
        robot.clickOn("#emotion-calm");
        robot.clickOn("#save-review");
        assertThat(text(robot, "plan-status")).isEqualTo("Reviewed");

        toggleJournalReview(robot);
        TableView<?> table = robot.lookup("#journal-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#journal-table .table-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("+$109.50", "+2.13 R", "BTC-MICRO-0.01");
        assertThat(text(robot, "stat-trades")).isEqualTo("1 (1 won, 0 lost)");
        assertThat(text(robot, "stat-average-r")).isEqualTo("+2.13 R");
        assertThat(text(robot, "stat-net")).isEqualTo("+$109.50");

        List<LoadedPlan> saved = JournalStore.open(journal).loadPlans().plans();
        TradePlan onDisk = saved.get(0).plan();
        assertThat(onDisk.status()).isEqualTo(PlanStatus.REVIEWED);
        assertThat(onDisk.execution().exits()).hasSize(2);
        assertThat(onDisk.review().executionRating()).isEqualTo(4);
        assertThat(onDisk.review().emotions()).containsExactly("calm");
    }
}
