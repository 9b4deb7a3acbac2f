package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.AppVersion;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** About and Keyboard shortcuts. */
final class HelpDialogs {
    private static final String[][] SHORTCUTS = {
        {"Ctrl+N", "New plan"},
        {"Ctrl+D", "Duplicate the selected plan"},
        {"Delete (in the journal list)", "Delete the selected plan (Undo delete brings it back)"},
        {"Ctrl+S", "Save now (plans also save themselves as you type)"},
        {"Ctrl+F", "Search the journal"},
        {"Ctrl+,", "Preferences"},
        {"Ctrl+J", "Journal review: the table, statistics and charts (again: back to the plans)"},
        {"Ctrl+I", "Import executions from an exchange's CSV into the selected plan"},
        {"Alt+M", "Mark ready"},
        {"Alt+A / Alt+C", "Go to the account / contract"},
        {"Alt+P / Alt+S / Alt+T", "Go to the first entry price / the stop / the first target"},
        {"Alt+L / Alt+R / Alt+Z", "Go to leverage / risk / size"},
        {"Alt+I / Alt+Y / Alt+X / Alt+U / Alt+N / Alt+G", "Go to thesis / entry criteria / exit strategy / risk rules / notes / tags"},
        {"F1", "This list"},
        {"Ctrl+Q", "Quit"},
    };

    private HelpDialogs() {
    }

    static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("help.aboutTitle"));
        alert.setHeaderText("Microplan " + AppVersion.get());
        alert.setContentText(Messages.text("help.about"));
        alert.show();
    }

    static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label keys = new Label(SHORTCUTS[i][0]);
            keys.getStyleClass().add("shortcut-keys");
            // Looked up by its keys, so a shortcut added to the list without words yet still reads in English.
            grid.addRow(i, keys, new Label(Messages.current().getOr("help.shortcut."
                    + SHORTCUTS[i][0].replaceAll("[^A-Za-z0-9+,]", ""), SHORTCUTS[i][1])));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("help.shortcutsTitle"));
        alert.setHeaderText(Messages.text("help.shortcutsTitle"));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().getStylesheets().add(
                HelpDialogs.class.getResource("/app/microplan/ui/shell/shell.css").toExternalForm());
        alert.show();
    }
}
