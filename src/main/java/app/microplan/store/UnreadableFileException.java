package app.microplan.store;

import java.nio.file.Path;

/** A journal file that cannot be read: which file, and why in words ("the file is empty"). */
public class UnreadableFileException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public UnreadableFileException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The reason alone, without the file name. */
    public String reason() {
        return reason;
    }
}
