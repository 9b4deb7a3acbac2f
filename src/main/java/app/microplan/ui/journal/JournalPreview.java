package app.microplan.ui.journal;

import app.microplan.store.JournalIndex;
import app.microplan.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The summaries a big journal's list shows while its plans are read ({@link JournalIndex}). A small journal is read
 * whole about as fast, so it gets none: no second pass over its files, nothing more before its plan shows.
 */
public final class JournalPreview {
    /** Plan files from which a journal counts as big: reading 500 plans whole takes a few hundred ms. */
    static final int BIG_JOURNAL = 500;

    private JournalPreview() {
    }

    /** The summaries of the journal in {@code folder}, or null when it has fewer than {@link #BIG_JOURNAL} plans. */
    public static JournalIndex.Summaries readIfBig(Path folder) throws StoreException {
        return isBig(folder) ? JournalIndex.read(folder.resolve("plans")) : null;
    }

    /** Whether the journal in {@code folder} has {@link #BIG_JOURNAL} plan files or more (it counts no further). */
    static boolean isBig(Path folder) {
        Path plans = folder.resolve("plans");
        if (!Files.isDirectory(plans)) {
            return false;
        }
        try (Stream<Path> files = Files.list(plans)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.startsWith(".")).limit(BIG_JOURNAL).count() >= BIG_JOURNAL;
        } catch (IOException e) {
            return false;   // the full read names what is wrong with the folder
        }
    }
}
