package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plan written, sized and marked ready with the keyboard alone: Ctrl+N, the fields' Alt keys and Tab, Alt+M.
 * No click anywhere.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyPlanTest {
    @TempDir
    Path journal;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private String focused() {
        Node owner = window.scene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void newPlanWrittenSizedAndMarkedReadyWithoutTheMouse(FxRobot robot) {
        robot.interact(() -> {
            window = new MainWindow(stage, AppContext.forTests(journal));
            stage.setWidth(1280);
            stage.setHeight(720);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();

        alt(robot, KeyCode.I);
        assertThat(focused()).isEqualTo("thesis");
        write(robot, "BTC reclaimed 70k on rising volume.");
        alt(robot, KeyCode.Y);
        assertThat(focused()).isEqualTo("entry-criteria");
        write(robot, "4h close above 70,000");
        alt(robot, KeyCode.X);
        write(robot, "Stop 69,300, target 72,100");
        alt(robot, KeyCode.U);
        write(robot, "Risk 1 %, never add to a loser");

        alt(robot, KeyCode.P);
        assertThat(focused()).isEqualTo("entry-price-1");
        write(robot, "70000");
        alt(robot, KeyCode.S);
        assertThat(focused()).isEqualTo("stop");
        write(robot, "69300");
        // Tab goes on in reading order: from the stop to the leverage beside it.
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused()).isEqualTo("leverage");
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        write(robot, "10");
        alt(robot, KeyCode.T);
        assertThat(focused()).isEqualTo("target-price-1");
        write(robot, "72100");

        assertThat(robot.lookup("#mark-ready").queryButton().isDisabled()).isFalse();
        alt(robot, KeyCode.M);

        assertThat(window.viewModel().getCurrentPlan().getStatus()).isEqualTo(PlanStatus.READY);
        assertThat(robot.lookup("#ready-verdict").queryLabeled().getAccessibleText())
                .isEqualTo("Ready: every blocking rule holds.");
        // The new plan's default fees make it 6 contracts, $420.00 of margin: 8.40 % of the $5,000.00 equity.
        assertThat(robot.lookup("#margin-gauge").query().getAccessibleText()).startsWith("Margin utilization 8.40 %")
                .endsWith("under the 10.00 % cap");
    }
}
