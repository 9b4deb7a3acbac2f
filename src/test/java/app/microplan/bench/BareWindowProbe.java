package app.microplan.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The floor: a bare JavaFX window with one Label. */
public final class BareWindowProbe {
    private BareWindowProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Bare.class, args);
    }

    /** The bare application. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            Probe.report("START_MS=", System.currentTimeMillis());
            stage.setScene(new Scene(new Label("Hello"), 1440, 900));
            stage.show();
            long shown = System.currentTimeMillis();
            Probe.report(Probe.FIRST_FRAME, shown);
            Platform.exit();
        }
    }
}
