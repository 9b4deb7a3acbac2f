package app.microplan.bench;

import app.microplan.ui.App;
import app.microplan.ui.shell.MainWindow;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * The real app, launched as the jar's launcher launches it, reporting its first painted frame and the first frame
 * with the selected plan's numbers (the position size) painted — or, with {@code -Dmicroplan.probe.content=list},
 * the first frame with the journal list's rows painted (from the summary index while a big journal's plans are
 * read, or the plans' own list).
 */
public final class AppWindowProbe {
    /** What the probe waits for: the plan's numbers, or ({@value #LIST}) the journal list's rows. */
    static final String CONTENT = "microplan.probe.content";
    static final String LIST = "list";

    private AppWindowProbe() {
    }

    public static void main(String[] args) {
        App.launchApp(Probed.class, args);
    }

    /** The app with a hook once its window is shown. */
    public static final class Probed extends App {
        @Override
        protected void shown(Stage stage, MainWindow window) {
            Probe.watch(stage.getScene(), LIST.equals(System.getProperty(CONTENT)) ? AppWindowProbe::listRowsShown
                    : AppWindowProbe::planNumbersShown);
        }
    }

    static boolean planNumbersShown(Scene scene) {
        Node size = scene.lookup("#position-size");
        return size instanceof Labeled label && size.isVisible() && !label.getText().isBlank()
                && !label.getText().equals("—") && size.getScene() != null && visibleUpTo(size);
    }

    static boolean listRowsShown(Scene scene) {
        return hasRows(scene.lookup("#journal-preview")) || hasRows(scene.lookup("#journal-list"));
    }

    private static boolean hasRows(Node node) {
        return node instanceof ListView<?> list && list.getScene() != null && list.getItems() != null
                && !list.getItems().isEmpty() && visibleUpTo(list);
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
