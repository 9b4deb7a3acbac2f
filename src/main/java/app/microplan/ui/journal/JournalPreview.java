package app.microplan.ui.journal;

import app.microplan.store.JournalIndex;
import app.microplan.store.StoreException;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * Whether the journal in {@code folder} has {@link #BIG_JOURNAL} plan files or more (it counts no further). A
     * plain loop: it runs as JavaFX starts (JournalPrefetch), where a stream's first lambdas cost class loading.
     */
    static boolean isBig(Path folder) {
        Path plans = folder.resolve("plans");
        if (!Files.isDirectory(plans)) {
            return false;
        }
        int count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(plans)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") && !name.startsWith(".") && ++count >= BIG_JOURNAL) {
                    return true;
                }
            }
            return false;
        } catch (IOException | DirectoryIteratorException e) {
            return false;   // the full read names what is wrong with the folder
        }
    }
}
