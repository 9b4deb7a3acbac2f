package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.Icons;
import app.microplan.ui.journal.SaveState;
import app.microplan.ui.journal.SaveSummary;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * What just happened (with a link to the log file when the details are there), Undo delete, background progress,
 * and whether everything is saved.
 */
final class StatusBarView extends HBox {
    private final Label notice = new Label();
    private final Hyperlink details = new Hyperlink();
    private final Hyperlink undo = new Hyperlink(Messages.text("status.undoDelete"));
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Label saved = new Label();
    private final FontIcon savedIcon = Icons.of(Material2AL.CLOUD_DONE);

    StatusBarView(MainViewModel vm) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        notice.setId("status-notice");
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.setMinWidth(0);
        HBox.setHgrow(notice, Priority.SOMETIMES);
        details.setId("status-details");
        details.textProperty().bind(Bindings.createStringBinding(() -> vm.noticeDetailsProperty().get() == null ? ""
                : vm.noticeDetailsProperty().get().getFileName().toString(), vm.noticeDetailsProperty()));
        details.visibleProperty().bind(vm.noticeDetailsProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> vm.openNoticeDetails());
        undo.setId("undo-delete");
        undo.visibleProperty().bind(vm.canUndoDeleteProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.undoDelete());
        progress.getStyleClass().add(Styles.SMALL);
        progress.progressProperty().bind(vm.context().tasks().progressProperty());
        progress.visibleProperty().bind(vm.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progressText.textProperty().bind(vm.context().tasks().messageProperty());
        progressText.visibleProperty().bind(vm.loadingProperty());
        progressText.managedProperty().bind(progressText.visibleProperty());
        saved.setId("save-indicator");
        saved.getStyleClass().add("save-indicator");
        saved.setGraphic(savedIcon);
        saved.textProperty().bind(Bindings.createStringBinding(() -> vm.saveSummaryProperty().get().text(),
                vm.saveSummaryProperty()));
        show(vm.saveSummaryProperty().get());
        vm.saveSummaryProperty().addListener((obs, old, now) -> show(now));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(notice, details, undo, spacer, progressText, progress, saved);
    }

    private void show(SaveSummary summary) {
        saved.getStyleClass().removeAll("save-saved", "save-saving", "save-unsaved", "save-failed");
        saved.getStyleClass().add("save-" + summary.state().name().toLowerCase());
        savedIcon.setIconCode(switch (summary.state()) {
            case SAVED -> Material2AL.CLOUD_DONE;
            case SAVING -> Material2MZ.SYNC;
            case UNSAVED -> Material2AL.EDIT;
            case FAILED -> Material2AL.ERROR_OUTLINE;
        });
        saved.setMinWidth(summary.state() == SaveState.FAILED ? Region.USE_COMPUTED_SIZE : Region.USE_PREF_SIZE);
    }
}
