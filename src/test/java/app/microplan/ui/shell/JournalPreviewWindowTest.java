package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.samples.SampleJournal;
import app.microplan.store.PlanSummary;
import app.microplan.store.UnsyncedPlanFiles;
import app.microplan.ui.common.HeldTasks;
import app.microplan.ui.journal.PlanEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a big journal whose plans are still being read (the reading held by the test): its list from
 * the summary index is on screen and searchable, and the plans' own list takes its place with the same search.
 */
@ExtendWith(ApplicationExtension.class)
class JournalPreviewWindowTest {
    @TempDir
    Path journal;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Test
    @SuppressWarnings("unchecked")
    void summariesFirstThenThePlans(FxRobot robot) throws Exception {
        UnsyncedPlanFiles.write(journal, new SampleJournal(7L, Instant.parse("2024-01-08T07:00:00Z"), "w").plans(520));
        HeldTasks tasks = new HeldTasks();
        robot.interact(() -> {
            new MainWindow(stage, AppContext.forTests(journal).withTasks(tasks));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        // The list from the index: shown at once when the window's read-ahead has it by then (no task), else once
        // its task is done; the plans' own reading stays held either way.
        if (tasks.submitted().stream().anyMatch(task -> task.title().equals("Reading the journal's list"))) {
            robot.interact(tasks::finishNext);
        }

        ListView<PlanSummary> preview = robot.lookup("#journal-preview").queryAs(ListView.class);
        assertThat(preview.isVisible()).isTrue();
        assertThat(preview.getItems()).hasSize(520);
        assertThat(robot.lookup("#journal-list").tryQuery()).isEmpty();
        robot.clickOn("#journal-search").write("breakout");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = preview.getItems().stream().map(PlanSummary::id).toList();
        assertThat(found).isNotEmpty().hasSizeLessThan(520);
        assertThat(robot.lookup(".plan-cell .plan-cell-symbol").tryQuery()).isPresent();

        robot.interact(tasks::finishAll);

        ListView<PlanEntry> list = robot.lookup("#journal-list").queryAs(ListView.class);
        assertThat(robot.lookup("#journal-preview").tryQuery()).isEmpty();
        assertThat(robot.lookup("#journal-search").queryAs(TextInputControl.class).getText()).isEqualTo("breakout");
        assertThat(list.getItems().stream().map(PlanEntry::id).toList()).isEqualTo(found);
    }
}
