package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status picker edits the statuses it was bound to last, as a big journal's start binds the plans' list while
 * the preview's scope is still open, and shows whatever that list holds.
 */
@ExtendWith(ApplicationExtension.class)
class StatusPickerTest {
    private StatusPicker picker;
    private final ObservableList<PlanStatus> preview = FXCollections.observableArrayList();
    private final ObservableList<PlanStatus> plans = FXCollections.observableArrayList();

    @Start
    void start(Stage stage) {
        picker = new StatusPicker("picker");
        stage.setScene(new Scene(new VBox(picker.control()), 300, 300));
        stage.show();
    }

    @Test
    void afterTheEarlierScopeClosesTheLaterListIsStillEditedAndShown(FxRobot robot) {
        BindingScope previewScope = new BindingScope();
        BindingScope plansScope = new BindingScope();
        robot.interact(() -> {
            picker.bind(preview, previewScope);
            plans.add(PlanStatus.OPEN);
            picker.bind(plans, plansScope);
            previewScope.close();
        });
        assertThat(picker.control().getText()).isEqualTo("Open");

        robot.clickOn("#picker");
        robot.clickOn("#picker-ready");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plans).containsExactly(PlanStatus.READY, PlanStatus.OPEN);
        assertThat(preview).isEmpty();
        assertThat(picker.control().getText()).isEqualTo("Ready, Open");
        assertThat(robot.lookup("#picker-ready .check-box").queryAs(CheckBox.class).isSelected()).isTrue();

        // Far along a short row, past its words: level with the end of the longest one.
        Bounds longest = robot.lookup("#picker-cancelled").query().localToScreen(
                robot.lookup("#picker-cancelled .check-box").query().getBoundsInParent());
        Bounds draft = robot.lookup("#picker-draft").query().localToScreen(
                robot.lookup("#picker-draft").query().getLayoutBounds());
        robot.clickOn(new Point2D(longest.getMaxX() - 2, draft.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plans).containsExactly(PlanStatus.DRAFT, PlanStatus.READY, PlanStatus.OPEN);
        robot.clickOn(new Point2D(longest.getMaxX() - 2, draft.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plans).containsExactly(PlanStatus.READY, PlanStatus.OPEN);

        // Changed by the view model (Clear, say): the ticks and the title follow; the closed scope's list does not.
        robot.interact(() -> {
            plans.clear();
            preview.add(PlanStatus.DRAFT);
        });
        assertThat(picker.control().getText()).isEqualTo("All statuses");
        assertThat(robot.lookup("#picker-ready .check-box").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#picker-draft .check-box").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.interact(() -> picker.control().hide());
    }
}
