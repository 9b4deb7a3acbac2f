package app.microplan.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks which CSV file to read (an exchange's trade history) or where to write one (the journal). The window
 * uses the system's file dialogs; tests answer with paths.
 */
public interface CsvFileChooser {

    Optional<Path> open(Window owner, String title);

    Optional<Path> save(Window owner, String title, String suggestedName);

    static CsvFileChooser system() {
        return new CsvFileChooser() {
            @Override
            public Optional<Path> open(Window owner, String title) {
                return Optional.ofNullable(chooser(title).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName) {
                FileChooser chooser = chooser(title);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
                return chooser;
            }
        };
    }
}
