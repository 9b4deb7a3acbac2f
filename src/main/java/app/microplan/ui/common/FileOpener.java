package app.microplan.ui.common;

import java.nio.file.Path;

/**
 * Opens a file in the program the desktop uses for it (the log file in a text editor). The app asks JavaFX's host
 * services; tests record what would have been opened.
 */
@FunctionalInterface
public interface FileOpener {
    void open(Path file);
}
