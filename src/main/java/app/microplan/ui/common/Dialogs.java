package app.microplan.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs the view models ask for, always owned by the main window; tests hand in their own. */
public interface Dialogs {

    Optional<Path> chooseFolder(String title, Path initial);

    void showError(String title, String message);
}
