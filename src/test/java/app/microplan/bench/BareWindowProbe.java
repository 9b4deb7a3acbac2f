package app.microplan.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The floor: a bare JavaFX window with one Label, the size of Microplan's window. */
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
            stage.setScene(new Scene(new Label("Hello"), 1440, 900));
            Probe.watch(stage.getScene(), scene -> true);
            stage.show();
        }
    }
}
