package app.microplan.ui.shell;

import app.microplan.ui.CsvFileAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.store.JournalStore;
import app.microplan.ui.JournalFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import executions… and Undo last import in the real window, with the ready example 1 plan. */
@ExtendWith(ApplicationExtension.class)
class ImportExecutionsTest {
    private static final String HEADER = "time,symbol,side,price,quantity,fee\n";

    @TempDir
    Path journal;
    @TempDir
    Path downloads;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private void open(FxRobot robot, Path history) throws Exception {
        JournalFixtures.write(journal,
                JournalFixtures.example1(PlanStatus.READY, Instant.parse("2026-03-01T08:00:00Z")));
        AppContext context = AppContext.forTests(journal).withCsvFileChooser(CsvFileAnswer.opening(history));
        robot.interact(() -> {
            new MainWindow(stage, context);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        robot.clickOn("File").clickOn("Import executions…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TradePlan planOnDisk(Path journal) throws Exception {
        return JournalStore.open(journal).loadPlans().plans().get(0).plan();
    }

    @Test
    void aFileWithABadRowReportsTheRowAndItsReasonAndImportsNothing(FxRobot robot) throws Exception {
        Path history = downloads.resolve("bybit.csv");
        Files.writeString(history, HEADER
                + "2026-03-02T09:30:00Z,BTCUSDT,Buy,70000,4,0.50\n"
                + "2026-03-02T09:41:00Z,BTCUSDT,Buy,7O050,3,0.40\n"
                + "2026-03-03T14:00:00Z,BTCUSDT,Sell,72100,7,0.90\n");
        open(robot, history);

        ListView<?> problems = robot.lookup("#import-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).map(Object::toString).containsExactly("row 3, price: '7O050' is not a number");
        assertThat(robot.lookup("#import-read-summary").queryAs(Labeled.class).getText())
                .startsWith("1 problem in the file, so nothing will be imported");
        assertThat(robot.lookup("#import-button").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#import-cancel");

        assertThat(robot.lookup("#plan-status").queryAs(Labeled.class).getText()).isEqualTo("Ready");
        assertThat(planOnDisk(journal).status()).isEqualTo(PlanStatus.READY);
        assertThat(planOnDisk(journal).execution()).isNull();
    }

    @Test
    void aCleanFileClosesTheTradeTheReviewMeasuresItAndUndoTakesItAllBack(FxRobot robot) throws Exception {
        Path history = downloads.resolve("bybit.csv");
        Files.writeString(history, HEADER
                + "2026-03-02T09:30:00Z,BTCUSDT,Buy,70000,4,0.50\n"
                + "2026-03-02T09:41:00Z,BTCUSDT,Buy,70050,3,0.40\n"
                + "2026-03-03T14:00:00Z,BTCUSDT,Sell,72100,4,0.50\n"
                + "2026-03-03T15:10:00Z,BTCUSDT,Sell,71000,3,0.40\n");
        open(robot, history);
        byte[] before = Files.readAllBytes(journal.resolve("plans").resolve(planOnDisk(journal).id() + ".json"));
        ListView<?> outcome = robot.lookup("#import-outcome").queryAs(ListView.class);
        assertThat(outcome.getItems()).map(Object::toString).containsExactly("Into the long BTC-MICRO-0.01 plan of"
                + " 2026-03-01 (ready): 2 entries, 2 exits, 0 funding payments; becomes closed");

        robot.clickOn("#import-button");
        WaitForAsyncUtils.waitForFxEvents();

        // $112.50 gross − $1.80 fees = $110.70; the fills took 4 × 700 × 0.01 + 3 × 750 × 0.01 + 0.90 = $51.40:
        // 2.154 R (against the plan's $49.00: 2.259 R).
        assertThat(robot.lookup("#plan-status").queryAs(Labeled.class).getText()).isEqualTo("Closed");
        robot.clickOn("#review-tab");
        assertThat(robot.lookup("#outcome-r").queryAs(Labeled.class).getText()).isEqualTo("+2.15 R");
        assertThat(planOnDisk(journal).status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(Files.readString(journal.resolve("csv-mappings.json"))).contains("\"source\" : \"bybit\"");

        robot.clickOn("File").clickOn("Undo import of bybit.csv");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#plan-status").queryAs(Labeled.class).getText()).isEqualTo("Ready");
        assertThat(planOnDisk(journal).status()).isEqualTo(PlanStatus.READY);
        assertThat(Files.readAllBytes(journal.resolve("plans").resolve(planOnDisk(journal).id() + ".json")))
                .isEqualTo(before);
        assertThat(journal.resolve("csv-mappings.json")).doesNotExist();
        assertThat(journal.resolve("imports")).doesNotExist();
    }
}
