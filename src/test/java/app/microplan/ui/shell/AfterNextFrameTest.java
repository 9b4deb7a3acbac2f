package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work after a frame: after its pulse, or after a few more pulses too (time for the frame to be painted). */
@ExtendWith(ApplicationExtension.class)
class AfterNextFrameTest {
    private Scene scene;
    private final AtomicInteger pulses = new AtomicInteger();

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 200, 100);
        scene.addPostLayoutPulseListener(pulses::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void workWaitsForTheNextPulseAndAsManyMoreAsAskedEvenWhenNothingChanges(FxRobot robot) throws Exception {
        int[] pulsesBefore = new int[1];
        AtomicInteger pulsesWhenNextFrameWorkRan = new AtomicInteger(-1);
        AtomicInteger pulsesWhenLaterWorkRan = new AtomicInteger(-1);

        robot.interact(() -> {
            pulsesBefore[0] = pulses.get();
            AfterNextFrame.run(scene, () -> pulsesWhenNextFrameWorkRan.set(pulses.get()));
            AfterNextFrame.runAfterFrames(scene, 3, () -> pulsesWhenLaterWorkRan.set(pulses.get()));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pulsesWhenLaterWorkRan.get() >= 0);

        // At least: a pulse the toolkit had already planned may come in between, never one fewer.
        assertThat(pulsesWhenNextFrameWorkRan.get() - pulsesBefore[0]).isGreaterThanOrEqualTo(1);
        assertThat(pulsesWhenLaterWorkRan.get() - pulsesWhenNextFrameWorkRan.get()).isGreaterThanOrEqualTo(3);
    }
}
