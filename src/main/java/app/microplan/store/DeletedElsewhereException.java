package app.microplan.store;

import java.nio.file.Path;

/**
 * A save found that the plan's file, which the store had read, is gone: another program (or another Microplan
 * window) deleted it. Nothing was written; the window asks whether to keep the plan (save it again) or let it go.
 */
public class DeletedElsewhereException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public DeletedElsewhereException(String message, Path file) {
        super(message);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
