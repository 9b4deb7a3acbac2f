package app.microplan.bench;

import app.microplan.ui.App;
import app.microplan.ui.shell.MainWindow;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

/**
 * The real app, launched as the jar's launcher launches it, reporting its first painted frame and the first frame
 * with the selected plan's numbers (the position size) painted.
 */
public final class AppWindowProbe {
    private AppWindowProbe() {
    }

    public static void main(String[] args) {
        App.launchApp(Probed.class, args);
    }

    /** The app with a hook once its window is shown. */
    public static final class Probed extends App {
        @Override
        protected void shown(Stage stage, MainWindow window) {
            Probe.watch(stage.getScene(), AppWindowProbe::planNumbersShown);
        }
    }

    static boolean planNumbersShown(Scene scene) {
        Node size = scene.lookup("#position-size");
        return size instanceof Labeled label && size.isVisible() && !label.getText().isBlank()
                && !label.getText().equals("—") && size.getScene() != null && visibleUpTo(size);
    }

    private static boolean visibleUpTo(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
