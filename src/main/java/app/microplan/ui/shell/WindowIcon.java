package app.microplan.ui.shell;

import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The Microplan icon in the sizes window managers and task bars pick from (assets/icon has the source). */
public final class WindowIcon {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private WindowIcon() {
    }

    /**
     * Decodes the icons on a spare thread once the window's next frame is out, and gives them to the window when
     * they are ready: decoding them before would hold up that frame for a picture the task bar shows a moment later
     * anyway. Call after the window's scene is set; the app's window calls it once its content is there.
     */
    public static void applySoon(Stage stage) {
        AfterNextFrame.run(stage.getScene(), () -> load(stage));
    }

    private static void load(Stage stage) {
        Thread loader = new Thread(() -> {
            List<Image> images = images();
            Platform.runLater(() -> stage.getIcons().setAll(images));
        }, "microplan-window-icon");
        loader.setDaemon(true);
        loader.start();
    }

    static List<Image> images() {
        return Arrays.stream(SIZES)
                .mapToObj(size -> new Image(WindowIcon.class.getResource("/app/microplan/ui/icon/microplan-" + size
                        + ".png").toExternalForm()))
                .toList();
    }
}
