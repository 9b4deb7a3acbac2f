package app.microplan.bench;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The bare window with the AtlantaFX theme applied: what the theme alone costs, to read the app's figure against. */
public final class ThemedWindowProbe {
    private ThemedWindowProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Themed.class, args);
    }

    /** The themed bare application. */
    public static final class Themed extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage.setScene(new Scene(new Label("Hello"), 1440, 900));
            stage.show();
            Probe.report(Probe.FIRST_FRAME, System.currentTimeMillis());
            Platform.exit();
        }
    }
}
