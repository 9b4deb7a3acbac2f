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
                    // The plan is selected (and its panels built) right after loading ends, in the same event.
                    AfterNextFrame.run(window.scene(), action);
                }
            }
        };
        vm.loadingProperty().addListener(loaded);
    }
}
