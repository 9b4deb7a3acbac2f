package app.microplan.ui.shell;

import static app.microplan.ui.WindowInput.text;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan's Fills and Review tabs are built when first selected, not with the plan's numbers (decision 0017), and
 * once built they show whichever plan is selected, bound once per plan however often the tab is selected.
 */
@ExtendWith(ApplicationExtension.class)
class LazyTradeTabsTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path journal;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private MainWindow open(FxRobot robot) throws Exception {
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            window.set(new MainWindow(stage, AppContext.forTests(journal)));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.get().viewModel().getCurrentPlan() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window.get();
    }

    @Test
    void theTradeTabsAreBuiltOnFirstSelectionAndFollowThePlanShown(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.closedExample1(T),
                JournalFixtures.example1(PlanStatus.READY, T.minusSeconds(3600)));
        MainWindow window = open(robot);
        assertThat(text(robot, "position-size")).as("the plan's numbers are shown").isNotBlank();
        assertThat(window.planArea().tradeTabsBuilt()).as("neither trade tab built with the plan").isFalse();
        assertThat(robot.lookup("#outcome-pnl").tryQuery()).isEmpty();
        int bindingsWithoutTabs = window.planArea().bindingCount();

        robot.clickOn("#review-tab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.planArea().tradeTabsBuilt()).isTrue();
        assertThat(text(robot, "outcome-pnl")).isEqualTo("+$109.50");
        int withReview = window.planArea().bindingCount();
        assertThat(withReview).isGreaterThan(bindingsWithoutTabs);

        robot.clickOn("#fills-tab");
        robot.clickOn("#review-tab");
        WaitForAsyncUtils.waitForFxEvents();
        int withBoth = window.planArea().bindingCount();
        robot.clickOn("#fills-tab");
        robot.clickOn("#review-tab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.planArea().bindingCount()).as("selecting a tab again binds nothing twice")
                .isEqualTo(withBoth);
    }
}
