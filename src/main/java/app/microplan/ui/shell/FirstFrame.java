package app.microplan.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The window's first frame: the places of the menu bar, of the journal and plan, and of the status bar, as plain
 * regions in the light theme's colours and the bars' heights. Painted before any stylesheet is read or any control
 * is made: the theme and the app's stylesheets, and the split pane's skin, cost that frame about 0.1 s on two cores
 * (decision 0021); they come with the content right after it. The real bars take these places, so nothing moves;
 * QuickStartTest compares the sizes and colours with theirs.
 */
final class FirstFrame {
    /** The menu bar's and the status bar's heights in the theme. */
    static final double MENU_BAR_HEIGHT = 38;
    static final double STATUS_BAR_HEIGHT = 28;
    /** Primer light's -color-bg-default, -color-bg-subtle and -color-border-default (also its -color-border-muted). */
    private static final Color BACKGROUND = Color.rgb(0xff, 0xff, 0xff);
    private static final Color BAR = Color.rgb(0xf6, 0xf8, 0xfa);
    private static final Color LINE = Color.rgb(0xd0, 0xd7, 0xde);

    private FirstFrame() {
    }

    /** The menu bar's place: the bar's colour, its line at the bottom. */
    static Region menuBarSpace() {
        return strip("menu-bar-space", MENU_BAR_HEIGHT, new Insets(0, 0, 1, 0));
    }

    /** The status bar's place: its line at the top, the bar's colour. */
    static Region statusBarSpace() {
        return strip("status-bar-space", STATUS_BAR_HEIGHT, new Insets(1, 0, 0, 0));
    }

    /** The journal's and the plan's place: the window's background. */
    static Region contentSpace() {
        Region space = new Region();
        space.getStyleClass().add("content-space");
        space.setBackground(new Background(new BackgroundFill(BACKGROUND, CornerRadii.EMPTY, Insets.EMPTY)));
        return space;
    }

    private static Region strip(String styleClass, double height, Insets barInsideLine) {
        Region strip = new Region();
        strip.getStyleClass().add(styleClass);
        strip.setMinHeight(height);
        strip.setPrefHeight(height);
        strip.setBackground(new Background(new BackgroundFill(LINE, CornerRadii.EMPTY, Insets.EMPTY),
                new BackgroundFill(BAR, CornerRadii.EMPTY, barInsideLine)));
        return strip;
    }
}
