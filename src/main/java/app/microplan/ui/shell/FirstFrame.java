package app.microplan.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The window's first frame: the places of the menu bar, of the journal and plan, and of the status bar, as plain
 * regions in the theme's colours and the bars' heights. Painted before any stylesheet is read or any control is
 * made: the theme and the app's stylesheets, and the split pane's skin, cost that frame about 0.1 s on two cores
 * (decision 0021); they come with the content right after it. The real bars take these places, so nothing moves;
 * QuickStartTest compares the sizes and colours with theirs, in both themes.
 */
final class FirstFrame {
    /** The menu bar's and the status bar's heights in the theme. */
    private static final double MENU_BAR_HEIGHT = 38;
    private static final double STATUS_BAR_HEIGHT = 28;

    /**
     * A Primer theme's -color-bg-default, -color-bg-subtle, and the lines the bars draw: -color-border-muted under
     * the menu bar, -color-border-default over the status bar.
     */
    private record Palette(Color background, Color bar, Color menuBarLine, Color statusBarLine) {
    }

    private static final Palette LIGHT = new Palette(Color.rgb(0xff, 0xff, 0xff), Color.rgb(0xf6, 0xf8, 0xfa),
            Color.rgb(0xd0, 0xd7, 0xde), Color.rgb(0xd0, 0xd7, 0xde));
    private static final Palette DARK = new Palette(Color.rgb(0x0d, 0x11, 0x17), Color.rgb(0x16, 0x1b, 0x22),
            Color.rgb(0x21, 0x26, 0x2d), Color.rgb(0x30, 0x36, 0x3d));

    private FirstFrame() {
    }

    /** Puts the three places into {@code window}: the menu bar's at the top, the status bar's at the bottom. */
    static void fill(BorderPane window, boolean dark) {
        Palette palette = dark ? DARK : LIGHT;
        window.setTop(strip("menu-bar-space", MENU_BAR_HEIGHT, palette.menuBarLine(), palette.bar(),
                new Insets(0, 0, 1, 0)));
        Region content = new Region();
        content.getStyleClass().add("content-space");
        content.setBackground(new Background(
                new BackgroundFill(palette.background(), CornerRadii.EMPTY, Insets.EMPTY)));
        window.setCenter(content);
        window.setBottom(strip("status-bar-space", STATUS_BAR_HEIGHT, palette.statusBarLine(), palette.bar(),
                new Insets(1, 0, 0, 0)));
    }

    /** A bar's place: its line, and over it the bar's colour inside {@code barInsideLine}. */
    private static Region strip(String styleClass, double height, Color line, Color bar, Insets barInsideLine) {
        Region strip = new Region();
        strip.getStyleClass().add(styleClass);
        strip.setMinHeight(height);
        strip.setPrefHeight(height);
        strip.setBackground(new Background(new BackgroundFill(line, CornerRadii.EMPTY, Insets.EMPTY),
                new BackgroundFill(bar, CornerRadii.EMPTY, barInsideLine)));
        return strip;
    }
}
