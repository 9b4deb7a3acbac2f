package app.microplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.ui.shell.AppContext;
import app.microplan.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every test of the real main window starts from: the stage TestFX gives, the window opened on a journal
 * folder with synchronous saving, and the check that no exception escaped to the FX thread meanwhile. TestFX looks
 * for {@code @Start} only in the test class itself, so each subclass declares one that calls {@link #started}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class RealWindowTest {
    protected Stage stage;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    protected void started(Stage primary) {
        stage = primary;
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
    }

    @AfterEach
    void noExceptionEscaped() {
        assertThat(uncaught).isEmpty();
    }

    /** The whole window on {@code journal}, 1280 × 800, shown and settled. */
    protected MainWindow open(FxRobot robot, Path journal) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, AppContext.forTests(journal));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }
}
