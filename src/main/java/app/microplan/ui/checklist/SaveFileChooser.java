package app.microplan.ui.checklist;

import app.microplan.checklist.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a file. The window uses the system's file chooser; tests answer with a path. */
@FunctionalInterface
public interface SaveFileChooser {

    Optional<Path> choose(Window owner, Path initialFolder, String suggestedName, ExportFormat format);

    /** The system's save dialog, opening in {@code initialFolder} with the suggested name filled in. */
    static SaveFileChooser system() {
        return (owner, initialFolder, suggestedName, format) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export checklist");
            chooser.setInitialDirectory(initialFolder.toFile());
            chooser.setInitialFileName(suggestedName);
            for (ExportFormat each : new ExportFormat[] {format, other(format)}) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(each.label(), "*." + each.extension()));
            }
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    private static ExportFormat other(ExportFormat format) {
        return format == ExportFormat.PDF ? ExportFormat.MARKDOWN : ExportFormat.PDF;
    }
}
