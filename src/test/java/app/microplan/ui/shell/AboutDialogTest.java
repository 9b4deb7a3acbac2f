package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.AppVersion;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ About Microplan names the version that was built. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    @TempDir
    Path journal;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    void aboutShowsTheVersion(FxRobot robot) {
        robot.interact(() -> {
            new MainWindow(stage, AppContext.forTests(journal));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Help").clickOn("About Microplan");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("Microplan " + AppVersion.get()).matches("Microplan \\d+\\.\\d+.*");
    }
}
