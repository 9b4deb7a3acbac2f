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
    /**
     * An index from which a list is read as the app starts (JournalPrefetch): about 35,000 plans. Read then, a
     * 46 MB index (100,000 plans) gave its list 300 ms sooner after the first frame, a 5 MB one (10,000) 20-40 ms
     * later than when read on both cores once the window was up (decision 0027).
     */
    static final long LONG_INDEX_BYTES = 16L << 20;

    private JournalPreview() {
    }

    /** The summaries of the journal in {@code folder}, or null when it has fewer than {@link #BIG_JOURNAL} plans. */
    public static JournalIndex.Summaries readIfBig(Path folder) throws StoreException {
        return isBig(folder) ? JournalIndex.read(folder.resolve("plans")) : null;
    }

    /** The size of the journal's summary index in {@code folder}, 0 when it has none. */
    static long indexBytes(Path folder) {
        try {
            return Files.size(JournalIndex.fileOf(folder.resolve("plans")));
        } catch (IOException e) {
            return 0;
        }
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
