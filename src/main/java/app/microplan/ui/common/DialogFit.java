package app.microplan.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps a dialog on a laptop screen: no larger than the window it belongs to (a window of at least 1024 × 640, so a
 * small main window does not squash it) nor the screen, and inside the screen. A dialog asks for a comfortable
 * size; at 1024 × 640 it gets what is there and its content scrolls (issue 12: nothing off screen).
 */
public final class DialogFit {
    /** The smallest window the app supports: a dialog may always be this large (less a margin). */
    public static final double SMALLEST_WIDTH = 1024;
    public static final double SMALLEST_HEIGHT = 640;
    /** Room around a dialog so its owner's title stays in sight. */
    private static final double MARGIN = 24;

    private DialogFit() {
    }

    /** Fits {@code stage} each time it is shown over its owner. */
    public static void install(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fit(stage, stage.getOwner()));
    }

    /** Fits {@code dialog}'s window each time it is shown over its owner. */
    public static void install(Dialog<?> dialog) {
        // A dialog sizes its window to its pane's preferred size, which a Region keeps within its maximum.
        dialog.setOnShowing(e -> {
            Rectangle2D room = room(dialog.getOwner(), dialog.getOwner());
            dialog.getDialogPane().setMaxSize(room.getWidth(), room.getHeight());
        });
        // After the dialog has placed itself (centred by its first, unbounded size): then moved within the room.
        dialog.setOnShown(e -> Platform.runLater(() -> {
            if (dialog.isShowing()) {
                fit(dialog.getDialogPane().getScene().getWindow(), dialog.getOwner());
            }
        }));
    }

    static void fit(Window window, Window owner) {
        Rectangle2D room = room(window, owner);
        if (window.getWidth() > room.getWidth()) {
            window.setWidth(room.getWidth());
        }
        if (window.getHeight() > room.getHeight()) {
            window.setHeight(room.getHeight());
        }
        double x = owner == null ? window.getX() : owner.getX() + (owner.getWidth() - window.getWidth()) / 2;
        double y = owner == null ? window.getY() : owner.getY() + (owner.getHeight() - window.getHeight()) / 3;
        window.setX(clamp(x, room.getMinX(), room.getMaxX() - window.getWidth()));
        window.setY(clamp(y, room.getMinY(), room.getMaxY() - window.getHeight()));
    }

    /* The owner's window (grown to the smallest supported size around its centre), within the owner's screen. */
    private static Rectangle2D room(Window window, Window owner) {
        Window on = owner != null ? owner : window;
        if (on == null) {
            return Screen.getPrimary().getVisualBounds();
        }
        Rectangle2D screen = Screen.getScreensForRectangle(on.getX(), on.getY(), Math.max(1, on.getWidth()),
                Math.max(1, on.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (owner == null) {
            return screen;
        }
        double width = Math.max(owner.getWidth(), SMALLEST_WIDTH) - MARGIN;
        double height = Math.max(owner.getHeight(), SMALLEST_HEIGHT) - MARGIN;
        double minX = Math.max(screen.getMinX(), owner.getX() + (owner.getWidth() - width) / 2);
        double minY = Math.max(screen.getMinY(), owner.getY() + (owner.getHeight() - height) / 2);
        double maxX = Math.min(screen.getMaxX(), minX + width);
        double maxY = Math.min(screen.getMaxY(), minY + height);
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
