package app.microplan.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Reads one plan file from anywhere (a file the trader names on the command line or picks to export), the same
 * way the journal reads its own, but without opening a journal folder (which would create one).
 */
public final class PlanFileReader {
    private PlanFileReader() {
    }

    /** The plan in the file; the message of the exception names the file and says why it cannot be read. */
    public static LoadedPlan read(Path file) throws StoreException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException(file + ": no such file");
        }
        try {
            return JournalStore.readPlanFile(file);
        } catch (UnreadableFileException e) {
            throw new StoreException("cannot read " + file + ": " + oneLine(e.reason()), e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unknown reason" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
