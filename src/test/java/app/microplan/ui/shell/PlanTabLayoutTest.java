package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.LayoutProblems;
import app.microplan.ui.common.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan tab at laptop sizes: buttons, the verdict, field labels and figures read whole, and Mark ready stays in
 * the window, for a plan that can be marked ready and one with reasons it cannot.
 */
@ExtendWith(ApplicationExtension.class)
class PlanTabLayoutTest {
    @TempDir
    Path journal;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private List<String> problemsAt(FxRobot robot, double width, double height) throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, t),
                JournalFixtures.ethShortDraft(t.plusSeconds(60)), JournalFixtures.example1(PlanStatus.READY,
                        t.plusSeconds(120)));
        robot.interact(() -> {
            window = new MainWindow(stage, AppContext.forTests(journal));
            stage.show();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        List<String> problems = new ArrayList<>();
        for (int plan = 0; plan < 3; plan++) {
            int index = plan;
            robot.interact(() -> {
                var list = window.viewModel().getJournal();
                list.select(list.shownPlans().get(index));
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                window.scene().getRoot().applyCss();
                window.scene().getRoot().layout();
                problems.addAll(LayoutProblems.under(window.scene().getRoot()));
            });
        }
        return problems;
    }

    @AfterEach
    void backToTheSystemsLanguage() {
        Messages.use(Messages.forLanguage(null));
    }

    @Test
    void inGermanAt1280By720AndAt1366By768TheLongerWordsStillFit(FxRobot robot) throws Exception {
        Messages.use(Messages.forLanguage("de"));

        assertThat(problemsAt(robot, 1280, 720)).isEmpty();
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        List<String> at1366 = new ArrayList<>();
        robot.interact(() -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            at1366.addAll(LayoutProblems.under(window.scene().getRoot()));
        });
        assertThat(at1366).isEmpty();
        assertThat(robot.lookup("#mark-ready").queryButton().getText()).isEqualTo("Als _bereit markieren");
    }

    @Test
    void at1280By720NothingThatMattersIsCutOff(FxRobot robot) throws Exception {
        assertThat(problemsAt(robot, 1280, 720)).isEmpty();
        assertThat(window.scene().getWidth()).isEqualTo(1280);
    }

    @Test
    void theWindowOpensDownTo1024By640AndStillShowsEverythingThatMatters(FxRobot robot) throws Exception {
        List<String> problems = problemsAt(robot, 1024, 640);

        assertThat(stage.getMinWidth()).isLessThanOrEqualTo(1024);
        assertThat(stage.getMinHeight()).isLessThanOrEqualTo(640);
        assertThat(window.scene().getHeight()).isEqualTo(640);
        assertThat(problems).isEmpty();
    }
}
