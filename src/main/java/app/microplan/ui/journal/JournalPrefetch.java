package app.microplan.ui.journal;

import app.microplan.store.JournalLocation;
import app.microplan.store.StoreException;
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

    private record Pending(JournalLocation location, CompletableFuture<OpenedJournal> journal) {
    }

    private JournalPrefetch() {
    }

    /**
     * Starts finding the journal (the location may have to read the default folder's settings) and reading it in the
     * background; the returned future completes when it is read.
     */
    public static CompletableFuture<OpenedJournal> start(JournalLocation location) {
        CompletableFuture<OpenedJournal> journal = new CompletableFuture<>();
        PENDING.set(new Pending(location, journal));
        Thread reader = new Thread(() -> {
            try {
                journal.complete(OpenedJournal.read(location.resolve()));
            } catch (StoreException | RuntimeException e) {
                journal.completeExceptionally(e);
            }
        }, "microplan-journal-prefetch");
        reader.setDaemon(true);
        reader.start();
        return journal;
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
