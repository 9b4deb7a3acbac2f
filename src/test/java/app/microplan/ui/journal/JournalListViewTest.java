package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.samples.SampleJournal;
import app.microplan.store.PlanSummary;
import app.microplan.ui.common.BindingScope;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A big journal's start: the summaries' list stands in the list's place while the journal opens, the plans' own list
 * is not even made a skin for it, and the plans' list comes back whether the summaries came or not.
 */
@ExtendWith(ApplicationExtension.class)
class JournalListViewTest {
    private JournalListView view;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        view = new JournalListView(new JournalActions() {
            @Override
            public void newPlan() {
            }

            @Override
            public void duplicateSelected() {
            }

            @Override
            public void deleteSelected() {
            }
        });
        view.showLoading(true);
        stage.setScene(new Scene(view, 320, 600));
    }

    /** As the window does at a big journal's start: before the list's first frame. */
    private void awaitPreviewAndShow(FxRobot robot) {
        robot.interact(() -> {
            view.awaitPreview();
            stage.show();
        });
    }

    @Test
    void whileABigJournalOpensOnlyTheSummariesListIsShownAndItSaysSo(FxRobot robot) {
        awaitPreviewAndShow(robot);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> summaries = robot.lookup("#journal-preview").queryAs(ListView.class);
        assertThat(summaries.getPlaceholder()).isInstanceOf(Labeled.class);
        assertThat(((Labeled) summaries.getPlaceholder()).getText()).isEqualTo("Opening the journal…");
        assertThat(robot.lookup("#journal-list").tryQuery()).isEmpty();
        assertThat(view.listView().getSkin()).as("the plans' list made for a frame that shows nothing of it").isNull();
        assertThat(shown(robot)).isEqualTo("Opening the journal…");
    }

    @Test
    void theSummariesRowsThenThePlansListOnceTheirScopeCloses(FxRobot robot) {
        SummaryListViewModel preview = new SummaryListViewModel(summaries(5));
        BindingScope scope = new BindingScope();
        awaitPreviewAndShow(robot);
        robot.interact(() -> view.showPreview(preview, scope));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> rows = robot.lookup("#journal-preview").queryAs(ListView.class);
        assertThat(rows.getItems()).hasSize(5);
        assertThat(robot.lookup(".plan-cell").tryQuery()).isPresent();

        robot.interact(() -> {
            view.showLoading(false);   // the plans are read: loading ends before the summaries go
            scope.close();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#journal-preview").tryQuery()).isEmpty();
        assertThat(robot.lookup("#journal-list").queryAs(ListView.class)).isSameAs(view.listView());
    }

    @Test
    void summariesThatNeverComeGiveWayToThePlansListOnceTheJournalIsOpen(FxRobot robot) {
        awaitPreviewAndShow(robot);
        robot.interact(() -> view.showLoading(false));   // the index could not be read: the plans were read instead
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#journal-preview").tryQuery()).isEmpty();
        assertThat(robot.lookup("#journal-list").queryAs(ListView.class)).isSameAs(view.listView());
        assertThat(shown(robot)).isEqualTo("No plans yet");
    }

    /** The title of what the list's place shows when it has no rows. */
    private static String shown(FxRobot robot) {
        return robot.lookup(".list-empty").match(Node::isVisible).tryQuery()
                .map(node -> node instanceof Labeled label ? label.getText()
                        : robot.from(node).lookup(".label").queryAs(Labeled.class).getText())
                .orElse("(nothing)");
    }

    private static List<PlanSummary> summaries(int count) {
        return new SampleJournal(7L, Instant.parse("2024-01-08T07:00:00Z"), "v").plans(count).stream()
                .map(plan -> PlanSummary.of(plan, false)).toList();
    }
}
