package app.microplan.bench;

import app.microplan.ui.App;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

/** The real app, launched as the jar launches it, reporting when its window is shown and when a plan is. */
public final class AppWindowProbe {
    private AppWindowProbe() {
    }

    public static void main(String[] args) {
        App.launchApp(Probed.class, args);
    }

    /** The app with a hook after its window is shown. */
    public static final class Probed extends App {
        @Override
        public void start(Stage stage) {
            Probe.report("START_MS=", System.currentTimeMillis());
            super.start(stage);
        }

        @Override
        protected void shown(Stage stage) {
            long shown = System.currentTimeMillis();
            Probe.report(Probe.FIRST_FRAME, shown);
            javafx.animation.PauseTransition giveUp = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(30));
            giveUp.setOnFinished(e -> Platform.exit());
            giveUp.play();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    Node title = stage.getScene().lookup("#plan-title");
                    if (title instanceof Labeled labeled && !labeled.getText().isEmpty() && title.isVisible()) {
                        Probe.report(Probe.PLAN_SHOWN, System.currentTimeMillis());
                        stop();
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
