package app.microplan.ui.tools;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** What the screenshot tools share: starting JavaFX on a stage of their own and writing a scene as a PNG. */
final class ScreenshotTool {
    private static Path output;

    /** What a tool does once JavaFX runs. */
    @FunctionalInterface
    interface Start {
        void start(Stage stage) throws Exception;
    }

    private ScreenshotTool() {
    }

    /** Writes into the folder named by the first argument (or {@code defaultFolder}) and starts the tool. */
    static void launch(String[] args, String defaultFolder, Start tool) throws IOException {
        output = Files.createDirectories(Path.of(args.length > 0 ? args[0] : defaultFolder));
        Platform.startup(() -> {
            try {
                tool.start(new Stage());
            } catch (Exception e) {
                e.printStackTrace();
                Platform.exit();
            }
        });
    }

    static void shoot(Scene scene, String name) {
        try {
            File file = output.resolve(name).toFile();
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
            System.out.println("wrote " + file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
