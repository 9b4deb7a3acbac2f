package app.microplan.ui.conflict;

import static app.microplan.ui.WindowInput.text;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.JournalStore;
import app.microplan.store.SaveConflictException;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.RealWindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a journal where a save met another program's version (before the restart): the plan shows
 * the banner with both versions side by side, is not editable until the choice, and each button does its choice.
 */
class ConflictViewTest extends RealWindowTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path journal;

    private TradePlan plan;

    @Start
    void start(Stage primary) {
        started(primary);
    }

    @Test
    void theBannerShowsBothVersionsAndTheMineIsNotEditableUntilTheChoice(FxRobot robot) throws Exception {
        aConflictOnDisk();
        var window = open(robot, journal);

        assertThat(window.viewModel().getCurrentPlan().readOnlyReason())
                .isEqualTo("Choose a version above before changing this plan.");
        assertThat(text(robot, "conflict-heading")).isEqualTo("Another version was saved by another program");
        assertThat(robot.lookup(".conflict-field").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Notes");
        assertThat(robot.lookup(".conflict-mine").queryAs(Label.class).getText()).isEqualTo("mine, from this window");
        assertThat(robot.lookup(".conflict-theirs").queryAs(Label.class).getText()).isEqualTo("theirs, from a sync");
        assertThat(robot.lookup("#notes").queryAs(TextInputControl.class).getText()).isEqualTo("mine, from this window");
        assertThat(robot.lookup("#notes").queryAs(TextInputControl.class).isEditable()
                && !robot.lookup("#notes").queryAs(TextInputControl.class).isDisabled())
                .as("the plan waits for the choice before it can be edited").isFalse();
    }

    @Test
    void keepTheirsShowsTheirsAndTheBannerGoes(FxRobot robot) throws Exception {
        choose(robot, "#conflict-keep-theirs");

        assertThat(robot.lookup("#conflict-banner").tryQuery()).isEmpty();
        assertThat(robot.lookup("#notes").queryAs(TextInputControl.class).getText()).isEqualTo("theirs, from a sync");
        try (Stream<Path> files = Files.list(journal.resolve("plans"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.contains(".conflict-"));
        }
    }

    @Test
    void keepMineWritesMineAndTheBannerGoes(FxRobot robot) throws Exception {
        choose(robot, "#conflict-keep-mine");

        assertThat(robot.lookup("#conflict-banner").tryQuery()).isEmpty();
        assertThat(JournalStore.readPlanFile(JournalStore.open(journal).planFile(plan.id())).plan().written().notes())
                .isEqualTo("mine, from this window");
        assertThat(robot.lookup("#notes").queryAs(TextInputControl.class).isEditable()).isTrue();
    }

    @Test
    void keepBothAddsMineAsANewDraft(FxRobot robot) throws Exception {
        choose(robot, "#conflict-keep-both");

        assertThat(JournalStore.open(journal).loadPlans().plans()).extracting(p -> p.plan().written().notes())
                .containsExactlyInAnyOrder("theirs, from a sync", "mine, from this window");
        assertThat(robot.lookup("#conflict-banner").tryQuery()).isEmpty();
    }

    /** The window on a journal with a conflict, and the button clicked. */
    private void choose(FxRobot robot, String button) throws Exception {
        aConflictOnDisk();
        open(robot, journal);
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** This window saved, a sync tool wrote its version, this window saved again: a conflict file is left. */
    private void aConflictOnDisk() throws Exception {
        plan = JournalFixtures.example1(PlanStatus.DRAFT, T);
        JournalFixtures.write(journal, plan);
        JournalStore thisWindow = JournalStore.open(journal);
        thisWindow.loadPlans();
        JournalStore syncTool = JournalStore.open(journal);
        syncTool.loadPlans();
        syncTool.savePlan(withNotes(plan, "theirs, from a sync"));
        try {
            thisWindow.savePlan(withNotes(plan, "mine, from this window"));
        } catch (SaveConflictException expected) {
            return;
        }
        throw new AssertionError("the second save should have met the sync tool's version");
    }

    private static TradePlan withNotes(TradePlan plan, String notes) {
        WrittenPlan w = plan.written();
        return plan.withWritten(new WrittenPlan(w.thesis(), w.entryCriteria(), w.exitStrategy(), w.riskRules(), notes));
    }
}
