package app.microplan.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Text areas for the trader's prose (a plan's sections, a review), which wrap and let Tab move on. */
public final class TextAreas {
    private TextAreas() {
    }

    public static TextArea prose(String id, String prompt, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        tabMovesFocus(area);
        return area;
    }

    /*
     * A TextArea types a tab character on Tab, which traps keyboard-only users in it. Tab moves on (as in every
     * form) by re-sending it as Ctrl+Tab, which the TextArea treats as "next field"; nobody plans a trade in tabs.
     */
    private static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }
}
