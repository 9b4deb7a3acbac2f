package app.microplan.ui.journal;

import app.microplan.store.EarlySettings;
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
 * Reads the journal the window is about to open while the window starts, so that when the window asks for it, it is
 * read already (or nearly). Used once; any later opening reads the folder afresh.
 * <p>
 * {@link #begin} comes first, as JavaFX starts: it counts the journal's files and, when its summary index is long
 * (tens of thousands of plans), reads the list from it on one thread, the other core left to the window's start
 * (decision 0027). The rest waits for {@link #start}, which comes after the first frame: a small journal's plans read
 * during JavaFX's own start-up delayed it, and a shorter index is read as quickly then.
 * A big journal's plans are not read ahead at all: their reading took both cores from the window while it was
 * drawing the list, and the window reads them once the list is on screen (decision 0022).
 */
public final class JournalPrefetch {
    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    /**
     * @param big      whether the journal has a big journal's count of files, as counted in the folder found before
     *                 the settings are fully read: for the window's layout, which it chooses before they are
     * @param list     a big journal's list, of the folder the settings name; null for a small journal
     * @param released completed by {@link #start}: what is read after the first frame may be read from then on
     */
    private record Pending(JournalLocation location, CompletableFuture<Boolean> big,
                           CompletableFuture<SummaryListViewModel> list, AtomicBoolean listTaken,
                           CompletableFuture<Void> released, CompletableFuture<OpenedJournal> journal) {

        /** Its list read ahead (waiting for it), handed out once; null once taken or for a small journal. */
        SummaryListViewModel takeList() {
            SummaryListViewModel read = list.join();
            return read != null && listTaken.compareAndSet(false, true) ? read : null;
        }
    }

    private JournalPrefetch() {
    }

    /**
     * Starts reading the journal at {@code location} ahead, as JavaFX starts (before the first frame): its count of
     * files and, when its index is long, its list, both on one thread. The rest waits for {@link #start}.
     */
    public static void begin(JournalLocation location) {
        begin(location, JournalPreview.LONG_INDEX_BYTES);
    }

    /** {@link #begin}, with the index's size from which its list is read before the window (tests: 0). */
    static void begin(JournalLocation location, long longIndexBytes) {
        launch(location, new CompletableFuture<>(), longIndexBytes);
    }

    /**
     * Lets the reading begun for {@code location} go on to what waits for the first frame, or starts reading it now
     * (on every core); the returned future completes when it is read, with null for a big journal (only its list is
     * read ahead).
     */
    public static CompletableFuture<OpenedJournal> start(JournalLocation location) {
        Pending begun = pendingFor(location);
        if (begun != null && !begun.released().isDone()) {
            begun.released().complete(null);
            return begun.journal();
        }
        return launch(location, CompletableFuture.completedFuture(null), Long.MAX_VALUE).journal();
    }

    private static Pending launch(JournalLocation location, CompletableFuture<Void> released, long longIndexBytes) {
        Pending pending = new Pending(location, new CompletableFuture<>(), new CompletableFuture<>(),
                new AtomicBoolean(), released, new CompletableFuture<>());
        PENDING.set(pending);
        boolean beforeTheWindow = !released.isDone();
        Thread reader = new Thread(() -> read(pending, beforeTheWindow, longIndexBytes), "microplan-journal-prefetch");
        reader.setDaemon(true);
        reader.start();
        return pending;
    }

    private static void read(Pending pending, boolean beforeTheWindow, long longIndexBytes) {
        try {
            // Before the first frame the folder is found without Jackson, whose loading would take the window's
            // core; the settings are read in full once a long index's list is read (it is wanted as soon as the
            // window is up), or once the window is up, and a folder they name otherwise is read then.
            Path early = beforeTheWindow ? EarlySettings.journalFolder(pending.location())
                    : pending.location().resolve();
            boolean big = JournalPreview.isBig(early);
            pending.big().complete(big);
            // Only an index that takes most of a second is read before the window, on this thread alone: a shorter
            // one is read as quickly once the window is up, on both cores (decision 0027).
            SummaryListViewModel list;
            Path folder;
            if (beforeTheWindow && big && JournalPreview.indexBytes(early) >= longIndexBytes) {
                list = listOf(readSummaries(early, true));
                folder = pending.location().resolve();
                if (!folder.equals(early)) {
                    pending.released().join();
                    list = bigJournalsList(folder);
                }
            } else {
                pending.released().join();
                folder = beforeTheWindow ? pending.location().resolve() : early;
                list = bigJournalsList(folder);
            }
            pending.list().complete(list);
            pending.released().join();
            pending.journal().complete(list == null ? OpenedJournal.read(folder) : null);
        } catch (StoreException | RuntimeException e) {
            pending.big().complete(false);
            pending.list().complete(null);
            pending.journal().completeExceptionally(e);
        }
    }

    /**
     * The list of a big journal read ahead for {@code location} (waiting for it), else read now; null for a small
     * journal ({@link JournalPreview}). Leaves the journal's own read for {@link #read}. Off the FX thread: sorting
     * and filtering 100,000 summaries takes a tenth of a second or more.
     */
    public static SummaryListViewModel list(JournalLocation location) throws StoreException {
        Pending pending = pendingFor(location);
        if (pending != null) {
            pending.released().complete(null);
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

    /** For tests: the list being read ahead for {@code location}, without letting a begun reading go on. */
    static CompletableFuture<SummaryListViewModel> pendingList(JournalLocation location) {
        return pendingFor(location).list();
    }

    /** For tests: the journal being read ahead for {@code location}, without letting a begun reading go on. */
    static CompletableFuture<OpenedJournal> pendingJournal(JournalLocation location) {
        return pendingFor(location).journal();
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

    /** The list of the journal in {@code folder} from its index, on every core; null for a small journal. */
    private static SummaryListViewModel bigJournalsList(Path folder) {
        return JournalPreview.isBig(folder) ? listOf(readSummaries(folder, false)) : null;
    }

    private static JournalIndex.Summaries readSummaries(Path folder, boolean oneThread) {
        Path plans = folder.resolve("plans");
        try {
            return oneThread ? JournalIndex.readOnOneThread(plans) : JournalIndex.read(plans);
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
        pending.released().complete(null);
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
