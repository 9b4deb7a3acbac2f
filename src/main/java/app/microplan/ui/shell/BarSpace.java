package app.microplan.ui.shell;

import javafx.scene.layout.Region;

/**
 * The room the menu bar or the status bar takes in the window's first frame: an empty strip of the bar's height
 * and colours. Labels there (the menus' titles, "Opening the journal…") cost that frame about 0.1 s of skins,
 * styling and text layout on two cores (decision 0020); the plan below does not move when the real bar comes.
 */
final class BarSpace extends Region {
    private BarSpace(String styleClass) {
        getStyleClass().add(styleClass);
    }

    static BarSpace forMenuBar() {
        return new BarSpace("menu-bar-space");
    }

    static BarSpace forStatusBar() {
        // An empty status bar: its minimum height is the real one's.
        return new BarSpace("status-bar");
    }
}
