package app.microplan.ui.journal;

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

    private record Pending(Path folder, CompletableFuture<OpenedJournal> journal) {
    }

    private JournalPrefetch() {
    }

    /** Starts reading {@code folder} in the background; the returned future completes when it is read. */
    public static CompletableFuture<OpenedJournal> start(Path folder) {
        CompletableFuture<OpenedJournal> journal = new CompletableFuture<>();
        PENDING.set(new Pending(folder, journal));
        Thread reader = new Thread(() -> {
            try {
                journal.complete(OpenedJournal.read(folder));
            } catch (StoreException | RuntimeException e) {
                journal.completeExceptionally(e);
            }
        }, "microplan-journal-prefetch");
        reader.setDaemon(true);
        reader.start();
        return journal;
    }

    /** The journal read ahead for {@code folder}, waiting for the read to finish, else a fresh read. */
    public static OpenedJournal read(Path folder) throws StoreException {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null || !pending.folder().equals(folder)) {
            return OpenedJournal.read(folder);
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
