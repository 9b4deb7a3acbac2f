package app.microplan.ui.sizing;

import static app.microplan.ui.WindowInput.text;
import static app.microplan.ui.WindowInput.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.ui.RealWindowTest;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: a long at 70,000 with 0.05 % fees in and out shows its ladder under the position. */
class LadderViewTest extends RealWindowTest {
    @TempDir
    Path journal;

    @Start
    void start(Stage primary) {
        started(primary);
    }

    private void typeTheLong(FxRobot robot) {
        open(robot, journal);
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "entry-price-1", "70000");
        type(robot, "stop", "69300");
        type(robot, "leverage", "10");
        type(robot, "risk-percent", "1");
        type(robot, "entry-fee", "0.05");
        type(robot, "exit-fee", "0.05");
    }

    /** Scrolls the position column until {@code node} is on screen, as the trader would. */
    private static void scrollTo(Node node) {
        Parent parent = node.getParent();
        while (!(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        ScrollPane scroll = (ScrollPane) parent;
        Node content = scroll.getContent();
        double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
        scroll.layout();
    }

    @Test
    void theStopRowReadsTheRiskAtTheStopAndTheBreakevenRowZero(FxRobot robot) {
        typeTheLong(robot);

        String risk = text(robot, "risk-amount");
        assertThat(text(robot, "ladder-stop-price")).isEqualTo("69,300");
        assertThat(text(robot, "ladder-stop-pnl")).isEqualTo("−" + risk);
        assertThat(text(robot, "ladder-stop-r")).isEqualTo("-1.00");
        assertThat(text(robot, "ladder-breakeven-price")).isEqualTo("70,070.04");
        assertThat(text(robot, "ladder-breakeven-pnl")).isEqualTo("$0.00");
        assertThat(text(robot, "breakeven")).isEqualTo("70,070.04 (fees of both sides)");
    }

    @Test
    void aTargetForFiftyPercentOnMarginBecomesATakeProfitInOneClick(FxRobot robot) {
        typeTheLong(robot);

        type(robot, "target-return", "50");
        assertThat(text(robot, "target-return-price")).startsWith("73,571.79 — ");
        Button add = robot.lookup("#add-target-take-profit").queryAs(Button.class);
        robot.interact(() -> scrollTo(add));
        robot.clickOn(add);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#target-price-1").queryAs(TextInputControl.class).getText()).isEqualTo("73,571.8");
        assertThat(robot.lookup(".ladder-target").tryQuery()).isPresent();
    }
}
