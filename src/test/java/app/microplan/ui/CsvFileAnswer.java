package app.microplan.ui;

import app.microplan.ui.common.CsvFileChooser;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** A file chooser for window tests: "open" answers with one file, "save" is cancelled. */
public final class CsvFileAnswer {
    private CsvFileAnswer() {
    }

    public static CsvFileChooser opening(Path file) {
        return new CsvFileChooser() {
            @Override
            public Optional<Path> open(Window owner, String title) {
                return Optional.of(file);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName) {
                return Optional.empty();
            }
        };
    }
}
