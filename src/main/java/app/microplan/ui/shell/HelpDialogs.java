package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.AppVersion;
import java.util.List;
import app.microplan.ui.common.DialogFit;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
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

    /* Wide enough for most descriptions on one line, narrow enough for a 1024 px screen. */
    private static final double WHAT_WIDTH = 520;

    private HelpDialogs() {
    }

    static void about(Window owner) {
        Alert alert = closable();
        alert.initOwner(owner);
        alert.setTitle(Messages.text("help.aboutTitle"));
        alert.setHeaderText("Microplan " + AppVersion.get());
        alert.setContentText(Messages.text("help.about"));
        alert.show();
    }

    static void shortcuts(Window owner) {
        shortcuts(owner, List.of());
    }

    /** The list, with every accelerator of {@code menus} the written rows do not name (see {@link ShortcutList}). */
    static void shortcuts(Window owner, List<Menu> menus) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        List<String[]> rows = ShortcutList.rows(SHORTCUTS, menus);
        for (int i = 0; i < rows.size(); i++) {
            Label keys = new Label(rows.get(i)[0]);
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            // Looked up by its keys, so a shortcut added to the list without words yet still reads in English.
            Label what = new Label(Messages.current().getOr("help.shortcut."
                    + rows.get(i)[0].replaceAll("[^A-Za-z0-9+,]", ""), rows.get(i)[1]));
            // Long descriptions wrap rather than end in "…".
            what.setWrapText(true);
            what.setMaxWidth(WHAT_WIDTH);
            what.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(i, keys, what);
        }
        Alert alert = closable();
        alert.initOwner(owner);
        alert.setTitle(Messages.text("help.shortcutsTitle"));
        alert.setHeaderText(Messages.text("help.shortcutsTitle"));
        // On a low screen the list scrolls; Close stays in sight below it.
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.getDialogPane().getStylesheets().add(
                HelpDialogs.class.getResource("/app/microplan/ui/shell/shell.css").toExternalForm());
        alert.show();
    }

    /* Close, not OK: nothing here is confirmed, and a Close button is what Escape presses. */
    private static Alert closable() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        DialogFit.install(alert);
        return alert;
    }
}
