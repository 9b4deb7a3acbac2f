package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.plan.PlanViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's first plan: its numbers are drawn a frame before its other panels. With three columns the position has
 * a column of its own and comes alone; with two it sits under the inputs, which then come with it so it never
 * jumps down (decisions 0018, 0019). The icons come with the other panels (decision 0020).
 */
@ExtendWith(ApplicationExtension.class)
class NumbersFirstTest {
    private static final Instant T = Instant.parse("2026-03-02T09:30:00Z");

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        // The shared stage keeps the minimum size an earlier test's main window gave it.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
    }

    @Test
    void withThreeColumnsThePositionIsDrawnAloneAndThePanelsFollow(FxRobot robot) throws Exception {
        // No icon either: the first one made loads the icon font, ~0.1 s the numbers need not wait for.
        assertThat(firstFrameWithTheSize(robot, 1200))
                .isEqualTo("stop absent, Mark ready absent, written plan absent, icons absent");

        assertEveryPanelFollows(robot);
    }

    @Test
    void withTwoColumnsTheInputsComeWithThePositionUnderThem(FxRobot robot) throws Exception {
        // The inputs' Add and remove buttons get their icons with the other panels too.
        assertThat(firstFrameWithTheSize(robot, 1050))
                .isEqualTo("stop present, Mark ready absent, written plan absent, icons absent");

        assertEveryPanelFollows(robot);
    }

    /* Shows example 1 in a plan area this wide, numbers first; says what the first frame with its size holds. */
    private String firstFrameWithTheSize(FxRobot robot, double width) throws Exception {
        AtomicReference<String> inScene = new AtomicReference<>();
        AtomicReference<PlanArea> built = new AtomicReference<>();
        robot.interact(() -> {
            PlanArea area = new PlanArea(() -> { });
            // As the window does while the journal is read: the numbers' panels built (hidden) ahead of the plan.
            area.prepareNumbersFirst(width);
            built.set(area);
            Scene scene = new Scene(area, width, 700);
            scene.getStylesheets().add(getClass().getResource("/app/microplan/ui/shell/shell.css").toExternalForm());
            scene.addPostLayoutPulseListener(() -> {
                if (inScene.get() == null && "7 contracts".equals(text(scene, "#position-size"))) {
                    inScene.set("stop " + present(scene, "#stop") + ", Mark ready " + present(scene, "#mark-ready")
                            + ", written plan " + present(scene, "#new-checklist-item")
                            + ", icons " + present(scene, ".ikonli-font-icon"));
                }
            });
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(700);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // As in the window: the plan area is laid out before its first plan is shown.
        PlanArea area = built.get();
        assertThat(area.getWidth()).isEqualTo(width);
        robot.interact(() -> area.show(example1()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene.get() != null);
        return inScene.get();
    }

    private void assertEveryPanelFollows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#mark-ready").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // Bound when they join: the written plan shows the plan's thesis, not an empty field.
        assertThat(robot.lookup(".text-area").queryAllAs(TextInputControl.class)).extracting(TextInputControl::getText)
                .contains(JournalFixtures.EXAMPLE_1_WRITTEN.thesis());
        assertThat(robot.lookup("#new-checklist-item").tryQuery()).isPresent();
        assertThat(robot.lookup("#stop").queryAs(TextInputControl.class).getText()).isEqualTo("69,300");
        assertThat(robot.lookup("#position-size").queryAs(Label.class).getText()).isEqualTo("7 contracts");
        assertThat(robot.lookup(".tab-pane .tab .ikonli-font-icon").queryAll()).as("Plan, Fills, Review").hasSize(3);
        assertThat(robot.lookup(".add-row .ikonli-font-icon").queryAll()).as("Add entry, Add target").hasSize(2);
        assertThat(robot.lookup(".input-row .button .ikonli-font-icon").queryAll()).as("remove the entry, the target")
                .isNotEmpty();
    }

    private static PlanViewModel example1() {
        return new PlanViewModel(JournalFixtures.example1(PlanStatus.READY, T), false,
                new LocaleNumbers(Locale.US), Clock.fixed(T, ZoneOffset.UTC),
                (id, account) -> AccountSnapshot.of(account, "5000", "0"), List.of("Main"), plan -> { });
    }

    private static String present(Scene scene, String query) {
        return scene.lookup(query) == null ? "absent" : "present";
    }

    private static String text(Scene scene, String query) {
        return scene.lookup(query) instanceof Label label ? label.getText() : null;
    }
}
