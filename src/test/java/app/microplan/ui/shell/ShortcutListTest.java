package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.LayoutProblems;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F1 lists every shortcut the window's menus have (Ctrl+E, Ctrl+P, Ctrl+O …), each line readable in full. */
@ExtendWith(ApplicationExtension.class)
class ShortcutListTest {
    @TempDir
    Path journal;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    void f1ListsEveryMenuAcceleratorAndNothingIsCutOff(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-02-01T08:00:00Z")));
        robot.interact(() -> {
            window = new MainWindow(stage, AppContext.forTests(journal));
            stage.setWidth(1024);
            stage.setHeight(640);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        Node grid = robot.lookup(".shortcut-grid").query();
        List<String> keys = robot.from(grid).lookup(".shortcut-keys").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        List<String> accelerators = new ArrayList<>();
        for (Menu menu : window.menus().bar().getMenus()) {
            collect(menu, accelerators);
        }
        assertThat(accelerators).contains("Ctrl+E", "Ctrl+P", "Ctrl+O", "F1");
        String allKeys = String.join(" / ", keys);
        for (String accelerator : accelerators) {
            assertThat(allKeys).as("the list names " + accelerator).contains(accelerator);
        }
        assertThat(robot.from(grid).lookup(".label").queryAllAs(Label.class)).allSatisfy(label -> {
            Node shown = label.lookup(".text");
            assertThat(((javafx.scene.text.Text) shown).getText()).as(label.getText()).isEqualTo(label.getText());
        });
        assertThat(LayoutProblems.under(grid.getScene().getRoot())).isEmpty();
        robot.push(KeyCode.ESCAPE);
    }

    private static void collect(Menu menu, List<String> accelerators) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, accelerators);
            } else if (item.getAccelerator() != null) {
                accelerators.add(item.getAccelerator().getDisplayText());
            }
        }
    }
}
