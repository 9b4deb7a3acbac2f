package app.microplan.store;

import java.nio.file.Path;

/**
 * A save found that the file on disk is not the one the store read (a sync tool or a second window changed it,
 * or it was never read). Nothing was overwritten: the file keeps the other version, and the trader's version
 * was written beside it as {@link #conflictFile()}.
 */
public class SaveConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient Path conflictFile;

    public SaveConflictException(String message, Path file, Path conflictFile) {
        super(message);
        this.file = file;
        this.conflictFile = conflictFile;
    }

    /** The file that was left as another program wrote it. */
    public Path file() {
        return file;
    }

    /** Where the trader's version went instead. */
    public Path conflictFile() {
        return conflictFile;
    }
}
