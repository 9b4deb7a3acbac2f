package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.LayoutProblems;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.Messages;
import app.microplan.ui.journal.PlanEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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
 * Every tab of the plan area (plan, fills, review) at laptop sizes, on the sample journal with a closed trade
 * selected (so the fills and the review have something to show): no number, verdict or button cut off or outside
 * the window; then the journal review (Ctrl+J) and each of its tabs: statistics, playbooks, plan vs execution,
 * risk of ruin and calendar.
 */
@ExtendWith(ApplicationExtension.class)
class EveryTabLayoutTest {
    @TempDir
    Path journal;

    private Stage stage;
    private MainWindow window;
    /** Set by the German tests: the window's words and numbers in German (longer headers, "1.234,56 $"). */
    private boolean german;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private Set<String> problemsOfEveryTab(FxRobot robot, double width, double height) throws Exception {
        copy(Path.of("assets/samples/journal"), journal);
        robot.interact(() -> {
            AppContext context = AppContext.forTests(journal);
            window = new MainWindow(stage, german ? context.withNumbers(
                    new LocaleNumbers(Messages.current().numberLocale())) : context);
            stage.show();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> selectAClosedTrade(window));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> problems = new LinkedHashSet<>();
        walkTabs(robot, problems, "plan area");
        return problems;
    }

    /** Selects the newest closed or reviewed trade, so the fills and the review tabs have something to show. */
    static void selectAClosedTrade(MainWindow window) {
        var list = window.viewModel().getJournal();
        PlanEntry closed = list.shownPlans().stream()
                .filter(e -> e.getPlan().status() == PlanStatus.REVIEWED || e.getPlan().status() == PlanStatus.CLOSED)
                .findFirst().orElseThrow();
        list.select(closed);
    }

    /** The journal review (Ctrl+J) and each of its tabs, on the same sample journal. */
    private Set<String> problemsOfEveryReviewTab(FxRobot robot, double width, double height) throws Exception {
        problemsOfEveryTab(robot, width, height);
        return problemsOfTheJournalReview(robot);
    }

    /** The plan area's tabs, then the journal review's. */
    private Set<String> problemsOfBoth(FxRobot robot, double width, double height) throws Exception {
        Set<String> problems = problemsOfEveryTab(robot, width, height);
        problems.addAll(problemsOfTheJournalReview(robot));
        return problems;
    }

    private Set<String> problemsOfTheJournalReview(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> problems = new LinkedHashSet<>();
        walkTabs(robot, problems, "journal review");
        return problems;
    }

    private void walkTabs(FxRobot robot, Set<String> problems, String where) {
        List<TabPane> panes = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(Node::isVisible).filter(p -> p.getScene() == window.scene()).toList();
        assertThat(panes).as("tab panes in the " + where).isNotEmpty();
        for (TabPane pane : panes) {
            for (Tab tab : pane.getTabs()) {
                if (tab.isDisabled()) {
                    continue;
                }
                robot.interact(() -> pane.getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    window.scene().getRoot().applyCss();
                    window.scene().getRoot().layout();
                    LayoutProblems.under(window.scene().getRoot())
                            .forEach(p -> problems.add(where + " › " + tab.getText() + ": " + p));
                });
            }
        }
    }

    @AfterEach
    void backToTheSystemsLanguage() {
        Messages.use(Messages.forLanguage(null));
    }

    private void inGerman() {
        german = true;
        Messages.use(Messages.forLanguage("de"));
    }

    @Test
    void inGermanAt1280By720EveryTabAndEveryJournalReviewTabReadsWhole(FxRobot robot) throws Exception {
        inGerman();
        assertThat(problemsOfBoth(robot, 1280, 720)).isEmpty();
    }

    @Test
    void inGermanAt1024By640EveryTabAndEveryJournalReviewTabReadsWhole(FxRobot robot) throws Exception {
        inGerman();
        assertThat(problemsOfBoth(robot, 1024, 640)).isEmpty();
    }

    @Test
    void at1280By720EveryTabReadsWhole(FxRobot robot) throws Exception {
        assertThat(problemsOfEveryTab(robot, 1280, 720)).isEmpty();
    }

    @Test
    void at1024By640EveryTabReadsWhole(FxRobot robot) throws Exception {
        assertThat(problemsOfEveryTab(robot, 1024, 640)).isEmpty();
    }

    @Test
    void at1280By720EveryJournalReviewTabReadsWhole(FxRobot robot) throws Exception {
        assertThat(problemsOfEveryReviewTab(robot, 1280, 720)).isEmpty();
    }

    @Test
    void at1024By640EveryJournalReviewTabReadsWhole(FxRobot robot) throws Exception {
        assertThat(problemsOfEveryReviewTab(robot, 1024, 640)).isEmpty();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
