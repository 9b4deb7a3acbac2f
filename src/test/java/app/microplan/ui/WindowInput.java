package app.microplan.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** How the window tests type into a field and read a label, found by id, as a person would. */
public final class WindowInput {
    private WindowInput() {
    }

    /** Replaces the field's text by typing (an empty text clears it with Backspace), then lets the UI settle. */
    public static void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        if (text.isEmpty()) {
            robot.push(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits (up to ten seconds, for a loaded machine) until the node with this id is in the window: a tab builds its
     * content on first selection, a click under load may take several pulses to land.
     */
    public static void awaitShown(FxRobot robot, String id) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#" + id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }
}
