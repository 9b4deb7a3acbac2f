package app.microplan.ui.journal;

import app.microplan.store.JournalIndex;
import app.microplan.store.JournalLocation;
import app.microplan.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the journal the window is about to open on a spare core while the FX thread builds the journal list and
 * the plan area: when the window asks for it, it is read already (or nearly). Used once; any later opening reads
 * the folder afresh. (Started any earlier, during JavaFX's own start-up, it was measured to delay the first frame.)
 * A big journal's plans are not read ahead, only its list from the summary index: their reading took both cores
 * from the window while it was drawing that list, and the window reads them once the list is on screen
 * (decision 0022).
 */
public final class JournalPrefetch {
    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private record Pending(JournalLocation location, CompletableFuture<Boolean> big,
                           CompletableFuture<SummaryListViewModel> list, AtomicBoolean listTaken,
                           CompletableFuture<OpenedJournal> journal) {

        /** Its list read ahead (waiting for it), handed out once; null once taken or for a small journal. */
        SummaryListViewModel takeList() {
            SummaryListViewModel read = list.join();
            return read != null && listTaken.compareAndSet(false, true) ? read : null;
        }
    }

    private JournalPrefetch() {
    }

    /**
     * Starts finding the journal (the location may have to read the default folder's settings) and reading it in the
     * background; the returned future completes when it is read, with null for a big journal (only its list is read
     * ahead).
     */
    public static CompletableFuture<OpenedJournal> start(JournalLocation location) {
        CompletableFuture<OpenedJournal> journal = new CompletableFuture<>();
        CompletableFuture<SummaryListViewModel> list = new CompletableFuture<>();
        CompletableFuture<Boolean> big = new CompletableFuture<>();
        PENDING.set(new Pending(location, big, list, new AtomicBoolean(), journal));
        Thread reader = new Thread(() -> {
            try {
                Path folder = location.resolve();
                big.complete(JournalPreview.isBig(folder));
                // A big journal's list (from its summary index), its model made here too; a small journal's plans.
                SummaryListViewModel listModel = big.join() ? listOf(readSummaries(folder)) : null;
                list.complete(listModel);
                journal.complete(listModel == null ? OpenedJournal.read(folder) : null);
            } catch (StoreException | RuntimeException e) {
                big.complete(false);
                list.complete(null);
                journal.completeExceptionally(e);
            }
        }, "microplan-journal-prefetch");
        reader.setDaemon(true);
        reader.start();
        return journal;
    }

    /**
     * The list of a big journal read ahead for {@code location} (waiting for it), else read now; null for a small
     * journal ({@link JournalPreview}). Leaves the journal's own read for {@link #read}. Off the FX thread: sorting
     * and filtering 100,000 summaries takes a tenth of a second or more.
     */
    public static SummaryListViewModel list(JournalLocation location) throws StoreException {
        Pending pending = pendingFor(location);
        if (pending != null) {
            if (pending.list().join() == null) {
                return null;   // a small journal, or an index that could not be read: reading the plans says why
            }
            SummaryListViewModel readAhead = pending.takeList();
            if (readAhead != null) {
                return readAhead;
            }
        }
        return listOf(JournalPreview.readIfBig(location.resolve()));
    }

    /**
     * The list of a big journal read ahead for {@code location} if it is read by now, else null (not read yet, a
     * small journal, another journal): the window then shows it in the frame it is building, not a frame later.
     */
    public static SummaryListViewModel listIfReadAlready(JournalLocation location) {
        Pending pending = pendingFor(location);
        return pending != null && pending.list().isDone() ? pending.takeList() : null;
    }

    /** What is being read ahead for {@code location}, or null (nothing, or another journal). */
    private static Pending pendingFor(JournalLocation location) {
        Pending pending = PENDING.get();
        return pending != null && pending.location().equals(location) ? pending : null;
    }

    private static SummaryListViewModel listOf(JournalIndex.Summaries summaries) {
        return summaries == null ? null : new SummaryListViewModel(summaries.plans());
    }

    /**
     * Whether the journal being read ahead for {@code location} is big ({@link JournalPreview}): its list then comes
     * from its summary index. Counting its files takes a few ms; this waits for the count at most
     * {@code maxWaitMillis}, and says false when it is not known by then.
     */
    public static boolean isBig(JournalLocation location, long maxWaitMillis) {
        Pending pending = pendingFor(location);
        if (pending == null) {
            return false;
        }
        try {
            return pending.big().get(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private static JournalIndex.Summaries readSummaries(Path folder) {
        try {
            return JournalIndex.read(folder.resolve("plans"));
        } catch (StoreException | RuntimeException e) {
            return null;   // only a shortcut: the full read says what is wrong
        }
    }

    /**
     * The journal read ahead for {@code location}, waiting for the read to finish, else (another journal, a later
     * opening, a big journal) a fresh read.
     */
    public static OpenedJournal read(JournalLocation location) throws StoreException {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null || !pending.location().equals(location)) {
            return OpenedJournal.read(location.resolve());
        }
        try {
            OpenedJournal ahead = pending.journal().join();
            return ahead != null ? ahead : OpenedJournal.read(location.resolve());
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
