package app.microplan.ui.checklist;

import java.nio.file.Path;
import java.util.Optional;

/** An export-folder memory held in a field, as settings would hold it. */
final class RememberedFolder implements ExportFolderMemory {
    Path folder;

    RememberedFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public void remember(Path newFolder) {
        folder = newFolder;
    }
}
