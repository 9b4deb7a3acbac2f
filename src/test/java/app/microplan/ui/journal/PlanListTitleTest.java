package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.PlanSummary;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.shell.AppContext;
import app.microplan.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Two BTC longs of one day are told apart in the journal list by their titles, the thesis' first words. */
@ExtendWith(ApplicationExtension.class)
class PlanListTitleTest {
    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");

    @TempDir
    Path journal;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private static TradePlan withThesis(TradePlan plan, String thesis) {
        WrittenPlan w = plan.written();
        return plan.toBuilder().written(new WrittenPlan(thesis, w.entryCriteria(), w.exitStrategy(), w.riskRules(),
                w.notes())).build();
    }

    @Test
    void eachRowShowsItsPlansTitleBesideTheRisk(FxRobot robot) throws Exception {
        TradePlan breakout = withThesis(JournalFixtures.example1(PlanStatus.DRAFT, T),
                "Breakout above the weekly high with funding negative and open interest rising");
        TradePlan retest = withThesis(JournalFixtures.example1(PlanStatus.DRAFT, T.plusSeconds(60)),
                "70k retest holds. Volume confirms.");
        JournalFixtures.write(journal, breakout, retest);

        robot.interact(() -> {
            new MainWindow(stage, AppContext.forTests(journal));
            stage.setWidth(1280);
            stage.setHeight(720);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".plan-cell .plan-cell-title").match(Node::isVisible).queryAllAs(Labeled.class))
                .extracting(Labeled::getText)
                .containsExactlyInAnyOrder("Breakout above the weekly high with…", "70k retest holds");
        assertThat(robot.lookup(".plan-cell .plan-cell-details").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).allSatisfy(details -> assertThat(details).contains("risk 0.98 %"));
        assertThat(PlanSummary.of(retest, false).title()).isEqualTo("70k retest holds");
    }
}
