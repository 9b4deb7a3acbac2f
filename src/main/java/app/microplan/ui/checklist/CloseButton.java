package app.microplan.ui.checklist;

import app.microplan.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;

/**
 * Close for the export and print-preview windows: a way out that does nothing, reached with the mouse or with
 * Escape (a cancel button is what JavaFX fires on Escape).
 */
final class CloseButton {
    private CloseButton() {
    }

    static Button of(String id, Node inWindow) {
        Button close = new Button(Messages.text("dialog.close"));
        close.setId(id);
        close.setCancelButton(true);
        close.setOnAction(e -> inWindow.getScene().getWindow().hide());
        return close;
    }
}
