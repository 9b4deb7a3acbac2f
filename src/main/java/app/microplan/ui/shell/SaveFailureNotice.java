package app.microplan.ui.shell;

import app.microplan.ui.journal.SaveState;
import app.microplan.ui.journal.SaveSummary;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * A save that failed is too important for the status bar alone, which a trader busy typing does not read: the
 * moment the journal turns from saved or saving to failed, ControlsFX's notification in the window's corner says
 * why (the view model's words) and offers Save again. It shows once per failure, not at every retry.
 */
final class SaveFailureNotice {
    static final String STYLE_CLASS = "save-failure-notice";
    private static final Duration SHOWN_FOR = Duration.seconds(12);

    private SaveFailureNotice() {
    }

    static void install(MainViewModel vm, Window owner) {
        vm.saveSummaryProperty().addListener((obs, old, now) -> {
            if (now.state() == SaveState.FAILED && (old == null || old.state() != SaveState.FAILED)) {
                show(now, vm, owner);
            }
        });
    }

    private static void show(SaveSummary summary, MainViewModel vm, Window owner) {
        Notifications.create()
                .owner(owner)
                .position(Pos.BOTTOM_RIGHT)
                .text(summary.text())
                .styleClass(STYLE_CLASS)
                .hideAfter(SHOWN_FOR)
                .action(new Action("Save again", e -> vm.saveAll()))
                .showError();
    }
}
