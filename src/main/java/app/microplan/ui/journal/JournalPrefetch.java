package app.microplan.ui.journal;

import app.microplan.store.JournalIndex;
import app.microplan.store.JournalLocation;
import app.microplan.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the journal the window is about to open on a spare core while the FX thread builds the journal list and
 * the plan area: when the window asks for it, it is read already (or nearly). Used once; any later opening reads
 * the folder afresh. (Started any earlier, during JavaFX's own start-up, it was measured to delay the first frame.)
 */
public final class JournalPrefetch {
    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private record Pending(JournalLocation location, CompletableFuture<JournalIndex.Summaries> summaries,
                           CompletableFuture<OpenedJournal> journal) {
    }

    private JournalPrefetch() {
    }

    /**
     * Starts finding the journal (the location may have to read the default folder's settings) and reading it in the
     * background; the returned future completes when it is read.
     */
    public static CompletableFuture<OpenedJournal> start(JournalLocation location) {
        CompletableFuture<OpenedJournal> journal = new CompletableFuture<>();
        CompletableFuture<JournalIndex.Summaries> summaries = new CompletableFuture<>();
        PENDING.set(new Pending(location, summaries, journal));
        Thread reader = new Thread(() -> {
            try {
                Path folder = location.resolve();
                // A big journal's list first (from its summary index), then every plan.
                summaries.complete(readSummaries(folder));
                journal.complete(OpenedJournal.read(folder));
            } catch (StoreException | RuntimeException e) {
                summaries.complete(null);
                journal.completeExceptionally(e);
            }
        }, "microplan-journal-prefetch");
        reader.setDaemon(true);
        reader.start();
        return journal;
    }

    /**
     * The summaries of a big journal read ahead for {@code location} (waiting for them), else read now; null for a
     * small journal ({@link JournalPreview}). Leaves the journal's own read for {@link #read}.
     */
    public static JournalIndex.Summaries summaries(JournalLocation location) throws StoreException {
        Pending pending = PENDING.get();
        if (pending == null || !pending.location().equals(location)) {
            return JournalPreview.readIfBig(location.resolve());
        }
        return pending.summaries().join();
    }

    private static JournalIndex.Summaries readSummaries(Path folder) {
        try {
            return JournalPreview.readIfBig(folder);
        } catch (StoreException | RuntimeException e) {
            return null;   // only a shortcut: the full read says what is wrong
        }
    }

    /** The journal read ahead for {@code location}, waiting for the read to finish, else a fresh read. */
    public static OpenedJournal read(JournalLocation location) throws StoreException {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null || !pending.location().equals(location)) {
            return OpenedJournal.read(location.resolve());
        }
        try {
            return pending.journal().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException storeError) {
                throw storeError;
            }
            if (e.getCause() instanceof RuntimeException runtimeError) {
                throw runtimeError;
            }
            throw e;
        }
    }
}
