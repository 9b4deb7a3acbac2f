package app.microplan.store;

import java.nio.file.Path;

/** A plan file that was set aside while loading: which file, and why, in words. */
public record LoadProblem(Path file, String reason) {
    public String message() {
        return file.getFileName() + ": " + reason;
    }
}
