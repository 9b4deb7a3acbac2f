package app.microplan.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time per journal folder, across threads and across programs: every change to the folder's
 * files (a save with its fingerprint check, a delete, a restore, a remembered CSV mapping, the clean-up of
 * leftovers) happens while this lock is held.
 * <p>
 * Across programs it is {@link FileChannel#lock()} on {@code .microplan.lock} in the journal folder; the operating
 * system releases it when a program dies, so a killed Microplan never leaves the journal locked. Within one Java
 * program that lock cannot be taken twice (Java throws instead of waiting), so a {@link ReentrantLock} shared by
 * every store of the same folder comes first. A save takes milliseconds, so waiting for one is not noticed.
 * <p>
 * Where the lock file cannot be created or locked (a read-only folder, a network drive without locks) the write
 * goes ahead with the in-program lock only: a read-only folder then refuses the write itself, with its own
 * message, and a drive without locks is no worse than before.
 */
final class JournalLock {
    static final String FILE_NAME = ".microplan.lock";

    private static final Map<Path, JournalLock> BY_FILE = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final ReentrantLock inProgram = new ReentrantLock();
    private FileChannel channel;
    private FileLock fileLock;

    private JournalLock(Path lockFile) {
        this.lockFile = lockFile;
    }

    /** The folder's lock, one per folder in this program however the folder is named (a link, a relative path). */
    static JournalLock of(Path journalFolder) {
        return BY_FILE.computeIfAbsent(sameNameForSameFolder(journalFolder).resolve(FILE_NAME), JournalLock::new);
    }

    private static Path sameNameForSameFolder(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    /** Waits for the lock; close the result to release it. Re-entrant within one thread. */
    Held acquire() {
        inProgram.lock();
        if (inProgram.getHoldCount() == 1) {
            lockAcrossPrograms();
        }
        return this::release;
    }

    /** Whether another program could be holding the journal now: for tests and diagnostics only. */
    boolean heldAcrossPrograms() {
        return fileLock != null && fileLock.isValid();
    }

    private void lockAcrossPrograms() {
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            fileLock = channel.lock();
        } catch (IOException | UnsupportedOperationException | OverlappingFileLockException e) {
            closeChannel();
        }
    }

    private void release() {
        try {
            if (inProgram.getHoldCount() == 1) {
                closeChannel();
            }
        } finally {
            inProgram.unlock();
        }
    }

    private void closeChannel() {
        try {
            if (fileLock != null && fileLock.isValid()) {
                fileLock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // Closing the channel releases the lock; nothing is left to undo if even that reports a problem.
        } finally {
            fileLock = null;
            channel = null;
        }
    }

    /** The lock while held; closing releases it (use with try-with-resources). */
    @FunctionalInterface
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
