package app.microplan.ui.shell;

import static app.microplan.ui.WindowInput.text;
import static app.microplan.ui.WindowInput.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanPlaybook;
import app.microplan.domain.TradePlan;
import app.microplan.store.PlaybookStore;
import app.microplan.ui.SampleEntries;
import app.microplan.ui.simulation.FanChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
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
 * The real window on a copy of the sample journal, days counted in UTC: playbooks edited and a
 * plan started from one, then the journal review's Playbooks, Plan vs execution, Risk of ruin and Calendar tabs.
 */
@ExtendWith(ApplicationExtension.class)
class InsightsWindowTest {
    @TempDir
    Path journal;
    @TempDir
    Path reports;

    private Stage stage;
    private MainWindow window;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage primary) {
        stage = primary;
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
    }

    private final java.util.TimeZone zoneBefore = java.util.TimeZone.getDefault();

    /** The window counts days in the computer's time zone; the expected days and times below are UTC's. */
    @org.junit.jupiter.api.BeforeEach
    void inUtc() {
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void noExceptionEscaped() {
        java.util.TimeZone.setDefault(zoneBefore);
        assertThat(uncaught).isEmpty();
    }

    private void open(FxRobot robot) throws Exception {
        SampleEntries.copyTo(journal);
        // The sample's settings too: its account Main's equity follows the journal from a 5,000 starting balance.
        Files.copy(Path.of("assets/samples/journal/settings.json"), journal.resolve("settings.json"));
        AppContext context = AppContext.forTests(journal)
                .withSaveFileChooser((owner, initial, name, format) -> Optional.of(reports.resolve(name)));
        robot.interact(() -> {
            window = new MainWindow(stage, context);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void journalReview(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void tab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab-label").match(n -> ((Label) n).getText().equals(title))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> labels(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(VBox.class).getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void playbooksAreEditedAndANewPlanStartsFromOneWithItsPromptsToAnswer(FxRobot robot) throws Exception {
        open(robot);

        robot.push(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#playbook-list").queryAs(ListView.class).getItems().size()).isEqualTo(4);
        robot.clickOn("#add-playbook");
        type(robot, "playbook-name", "Opening range");
        type(robot, "playbook-prompts", "Where is the opening range?");
        type(robot, "playbook-risk", "0.5");
        robot.clickOn("#save-playbooks");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(PlaybookStore.in(journal).load()).extracting(p -> p.name())
                .containsExactly("Breakout", "Pullback", "Range-fade", "News", "Opening range");
        robot.push(KeyCode.ESCAPE);

        // File ▸ New plan from playbook ▸ Opening range. Monocle opens the submenu but gives its popup no screen
        // position to click at, so the item the menu made on opening is fired as a click would.
        robot.clickOn("File").clickOn("New plan from playbook");
        javafx.scene.control.Menu fromPlaybook = (javafx.scene.control.Menu) window.menus().bar().getMenus().get(0)
                .getItems().stream().filter(i -> "menu-new-from-playbook".equals(i.getId())).findFirst().orElseThrow();
        assertThat(fromPlaybook.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("Breakout", "Pullback", "Range-fade", "News", "Opening range");
        robot.interact(() -> fromPlaybook.getItems().get(4).fire());
        robot.push(KeyCode.ESCAPE).push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        TradePlan plan = window.viewModel().getCurrentPlan().getPlan();
        assertThat(plan.playbook().name()).isEqualTo("Opening range");
        assertThat(plan.policy().riskCap()).isEqualByComparingTo("0.005");
        assertThat(labels(robot, "plan-playbook-prompts")).contains("From the Opening range playbook",
                "Where is the opening range?");

        type(robot, "playbook-answer-1", "High and low of the first hour");
        assertThat(window.viewModel().getCurrentPlan().getPlan().playbook().answers())
                .containsExactly(new PlanPlaybook.PromptAnswer("Where is the opening range?", "High and low of the first hour"));
    }

    @Test
    void theReviewsTabsShowTheSampleJournalsPlaybooksCostsRiskOfRuinAndCalendar(FxRobot robot) throws Exception {
        open(robot);
        journalReview(robot);

        tab(robot, "Playbooks");
        assertThat(robot.lookup("#playbook-results").queryAs(TableView.class).getItems().size()).isEqualTo(4);
        assertThat(robot.lookup("#playbook-criteria").queryAs(TableView.class).getItems().size()).isEqualTo(2);

        tab(robot, "Plan vs execution");
        // docs/samples/sample_playbook_figures.py: 13 trades left 175.9463 (3.8669 R) short of their targets
        assertThat(text(robot, "execution-headline")).startsWith("Exits short of the targets cost you $175.95 (3.9 R)"
                + " over 13 trades.");
        assertThat(robot.lookup("#execution-trades").queryAs(TableView.class).getItems().size()).isEqualTo(36);

        tab(robot, "Risk of ruin");
        type(robot, "simulation-paths", "1000");
        type(robot, "simulation-trades", "120");
        robot.clickOn("#run-simulation");
        WaitForAsyncUtils.waitForFxEvents();
        FanChart fan = robot.lookup("#fan-chart").queryAs(FanChart.class);
        assertThat(fan.medianPoints()).isEqualTo(121);                   // trade 0 to 120, every trade
        assertThat(fan.lookup(".fan-outer").isVisible()).isTrue();
        assertThat(fan.lookup(".fan-outer").getBoundsInParent().getWidth()).isGreaterThan(200);
        assertThat(robot.lookup("#simulation-table").queryAs(TableView.class).getItems().size()).isEqualTo(2);
        assertThat(text(robot, "simulation-safer-risk")).endsWith("under 5.00 %.");
        // Main's equity follows the journal: 5,000 starting balance + 395.1845 of closed trades, down to the cent
        assertThat(text(robot, "simulation-description")).contains("from $5,395.18");
        assertThat(robot.lookup("#simulation-warning").queryAs(Label.class).isVisible()).isFalse();

        tab(robot, "Calendar");
        assertThat(text(robot, "calendar-title")).isEqualTo("February 2026");
        // docs/samples/sample_journal_figures.py's February calendar (as CalendarViewModelTest)
        assertThat(text(robot, "calendar-summary")).isEqualTo("+$461.99 over 19 trades · 8 winning, 10 losing days");
        assertThat(labels(robot, "calendar-day-2026-02-14")).containsExactly("14", "+$201.97", "2 trades");
        assertThat(robot.lookup("#calendar-day-2026-02-14").query().getStyleClass()).contains("heat-plus-3");
        robot.clickOn("#calendar-day-2026-02-02");
        assertThat(text(robot, "calendar-day-title")).isEqualTo("Monday 2 February 2026 · −$55.92");
        assertThat(labels(robot, "calendar-day-details")).containsExactly(
                "Closed 10:32 · BTC-MICRO-0.01 long · range-fade · −$55.92 · −1.26 R",
                "Cool-down from 10:32 to 11:32: 2 losses in a row on Main");

        robot.clickOn("#week-report");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reports.resolve("review-week-2026-02-02.pdf")).exists();
        assertThat(text(robot, "calendar-notice")).startsWith("Saved the review of 2–8 February 2026");
        assertThat(Files.size(reports.resolve("review-week-2026-02-02.pdf"))).isGreaterThan(10_000);
    }
}
