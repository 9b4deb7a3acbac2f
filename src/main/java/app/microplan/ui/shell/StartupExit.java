package app.microplan.ui.shell;

import javafx.beans.value.ChangeListener;

/**
 * Notices the end of start-up: the journal has been read (or failed to open) and the frame showing it, with the
 * selected plan's panels, has been drawn. Used to quit a scripted start (see {@code microplan.exitAfterFirstFrame}).
 */
public final class StartupExit {
    private StartupExit() {
    }

    public static void whenStarted(MainWindow window, Runnable action) {
        MainViewModel vm = window.viewModel();
        ChangeListener<Boolean> loaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (!now) {
                    vm.loadingProperty().removeListener(this);
                    // The plan is selected (and its panels built) right after loading ends, in the same event; the
                    // panels after its numbers join a frame later (PlanArea), and start-up ends with them drawn.
                    AfterNextFrame.run(window.scene(), () -> afterPanels(window, action));
                }
            }
        };
        vm.loadingProperty().addListener(loaded);
    }

    /* Runs now when every panel was drawn in that frame, or no plan is shown (an empty journal, a failed opening). */
    private static void afterPanels(MainWindow window, Runnable action) {
        PlanArea area = window.planArea();
        if (area == null || area.panelsCompleteProperty().get()
                || window.viewModel().currentPlanProperty().get() == null) {
            action.run();
            return;
        }
        area.panelsCompleteProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                area.panelsCompleteProperty().removeListener(this);
                AfterNextFrame.run(window.scene(), action);
            }
        });
    }
}
