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
        Path plans = folder.resolve("plans");
        if (!Files.isDirectory(plans)) {
            return null;
        }
        try (Stream<Path> files = Files.list(plans)) {
            long count = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.startsWith(".")).limit(BIG_JOURNAL).count();
            if (count < BIG_JOURNAL) {
                return null;
            }
        } catch (IOException e) {
            return null;   // the full read names what is wrong with the folder
        }
        return JournalIndex.read(plans);
    }
}
