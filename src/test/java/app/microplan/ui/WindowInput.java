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

    public static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }
}
