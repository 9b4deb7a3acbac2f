package app.microplan.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once the scene's next frame has been styled, laid out and handed to the renderer. A post-layout pulse
 * listener fires inside that pulse; work posted from it with {@code runLater} runs after the pulse, while the render
 * thread paints the frame, so the frame never waits for the work to start. Heavy work can still slow that painting
 * on two cores: {@link #runAfterFrames} lets a few more pulses pass first.
 */
final class AfterNextFrame {
    private AfterNextFrame() {
    }

    static void run(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        boolean[] posted = new boolean[1];
        listener[0] = () -> {
            if (!posted[0]) {
                posted[0] = true;
                // Removed from the runLater, not here: the scene is iterating over its listeners right now.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    work.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        // A pulse comes only when something changed; the work must not wait for the next change.
        Platform.requestNextPulse();
    }

    /**
     * Runs work after the next frame's pulse and {@code more} pulses after it (a pulse comes every 1/60 s): time for
     * the render thread to paint that frame and put it on screen while the FX thread and the other core are free.
     */
    static void runAfterFrames(Scene scene, int more, Runnable work) {
        if (more <= 0) {
            run(scene, work);
        } else {
            run(scene, () -> runAfterFrames(scene, more - 1, work));
        }
    }
}
