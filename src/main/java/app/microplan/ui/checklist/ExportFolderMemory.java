package app.microplan.ui.checklist;

import java.nio.file.Path;
import java.util.Optional;

/** Where the last checklist went, so the next export opens there. The caller keeps it (in settings, say). */
public interface ExportFolderMemory {

    Optional<Path> lastFolder();

    void remember(Path folder);
}
