package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.store.JournalStore;
import app.microplan.ui.JournalFixtures;
import atlantafx.base.controls.Message;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A READY plan whose rule breaks is a DRAFT at once, with the reason in the list, the header and the rule strip. */
@ExtendWith(ApplicationExtension.class)
class ReadyGateWindowTest {
    private static final String REASON = "Back to draft: equity lowered to $4,000.00 — risk now $49.00 (1.23 %), above"
            + " the 1.00 % cap; margin now 12.25 %, above the 10.00 % cap";

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

    @Test
    void loweringTheEquityOfAReadyPlansAccountShowsItAsADraftWithTheReason(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, Instant.parse("2026-03-02T09:00:00Z")));
        robot.interact(() -> {
            new MainWindow(stage, AppContext.forTests(journal));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plan-status").queryLabeled().getText()).isEqualTo("Ready");

        robot.clickOn("#equity-link");
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl equity = robot.lookup("#account-equity-1").queryAs(TextInputControl.class);
        robot.clickOn(equity);
        robot.interact(equity::selectAll);
        robot.write("4000");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "OK".equals(b.getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#plan-status").queryLabeled().getText()).isEqualTo("Draft");
        Message header = robot.lookup("#back-to-draft").queryAs(Message.class);
        assertThat(header.isVisible()).isTrue();
        assertThat(header.getDescription()).isEqualTo(REASON);
        assertThat(robot.lookup("#strip-back-to-draft").queryLabeled().getText()).isEqualTo(REASON);
        Label listReason = robot.lookup(".plan-cell-reason").match(Node::isVisible).queryAs(Label.class);
        assertThat(listReason.getText()).isEqualTo(REASON);
        assertThat(robot.lookup(".plan-cell .status-badge").queryLabeled().getText()).isEqualTo("Draft");
        assertThat(robot.lookup("#mark-ready").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#equity-link").queryLabeled().getText()).isEqualTo("Equity $4,000.00");
        assertThat(JournalStore.open(journal).loadPlans().plans().get(0).plan().backToDraftReason()).contains(REASON);
    }
}
