package app.microplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes journal files, but only over what this store itself last read or wrote. A file that another program
 * changed (a sync tool, a second window), or that the store never read (it was unreadable, or appeared later),
 * is left alone: the new content goes beside it as {@code <name>.conflict-<time>.json} and the caller is told.
 * A file from a newer schema is never overwritten: that would downgrade it. A plan file that this store read and
 * that is gone now was deleted by another program: it is not written again unless the trader says so.
 * <p>
 * The check and the write happen under the journal's {@link JournalLock}, so no other program (and no other
 * store in this one) can write between them: of two programs saving over the same version, one saves and the
 * other gets the conflict.
 */
final class GuardedWriter {
    private static final DateTimeFormatter CONFLICT_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What a file held when this store last read or wrote it. */
    private record Known(FileFingerprint fingerprint, int schemaVersion) {
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    private final Map<Path, Path> conflictFiles = new ConcurrentHashMap<>();
    private final JournalLock journalLock;
    private final Clock clock;

    GuardedWriter(JournalLock journalLock, Clock clock) {
        this.journalLock = journalLock;
        this.clock = clock;
    }

    /** The journal's one-writer lock: held for every change to its files. */
    JournalLock.Held lock() {
        return journalLock.acquire();
    }

    /** The file was just read: a later save may replace exactly this content. */
    void remember(Path file, FileFingerprint fingerprint, int schemaVersion) {
        known.put(file, new Known(fingerprint, schemaVersion));
        conflictFiles.remove(file);
    }

    void forget(Path file) {
        known.remove(file);
        conflictFiles.remove(file);
    }

    /** What to do when a file this store read has since been deleted by another program. */
    enum IfDeleted {
        /** Write it again: settings and contracts, which the trader expects to find after saving preferences. */
        WRITE_AGAIN,
        /** Refuse with {@link DeletedElsewhereException}: a deleted plan comes back only if the trader says so. */
        REFUSE
    }

    /**
     * Writes {@code content} (schema {@code version}) to {@code file} if the file is absent or still what this
     * store last saw; otherwise writes it beside the file and throws {@link SaveConflictException}.
     */
    void write(Path file, byte[] content, int version, IfDeleted ifDeleted) throws StoreException {
        try (JournalLock.Held held = lock()) {
            Known last = known.get(file);
            boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            // Only the file is gone, its folder is there: deleted. A folder gone as well is a failed save, said so.
            if (!exists && last != null && ifDeleted == IfDeleted.REFUSE && Files.isDirectory(file.getParent())) {
                throw new DeletedElsewhereException(file.getFileName() + " was deleted by another program after"
                        + " Microplan read it, so it was not written again.", file);
            }
            if (exists && !isAsKnown(file, last)) {
                throw conflict(file, content, last == null);
            }
            refuseIfNewer(file, last == null ? 0 : last.schemaVersion(), version);
            replace(file, content, version);
        }
    }

    /**
     * Writes over whatever is on disk now, or writes the file again if it was deleted: the trader compared a
     * conflict and chose their version, or chose to keep a plan another program deleted. The replaced content is
     * kept as the file's backup. A newer-schema file is still never overwritten.
     */
    void overwrite(Path file, byte[] content, int version) throws StoreException {
        try (JournalLock.Held held = lock()) {
            Known last = known.get(file);
            int onDisk = isAsKnown(file, last) ? last.schemaVersion() : VersionedJson.peekVersion(file);
            refuseIfNewer(file, onDisk, version);
            replace(file, content, version);
        }
    }

    private void replace(Path file, byte[] content, int version) throws StoreException {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new StoreException("Cannot save " + file.getFileName() + " in " + file.getParent() + ": "
                    + Reasons.words(e) + (Reasons.isRefusedWrite(e) ? "; the folder does not accept changes"
                    + " (is it read-only?)" : ""), e);
        }
        remember(file, FileFingerprint.of(content), version);
    }

    private boolean isAsKnown(Path file, Known last) throws StoreException {
        if (last == null || !Files.exists(file)) {
            return false;
        }
        try {
            return Files.size(file) == last.fingerprint().size() && last.fingerprint().matches(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new StoreException("Cannot check " + file.getFileName() + " before saving: " + Reasons.io(e), e);
        }
    }

    private static void refuseIfNewer(Path file, int onDisk, int version) throws StoreException {
        if (onDisk > version) {
            throw new StoreException(file.getFileName() + " was written by a newer Microplan (schema " + onDisk
                    + "; this version writes " + version + "). It is open read-only and was not overwritten.");
        }
    }

    private SaveConflictException conflict(Path file, byte[] content, boolean neverRead) throws StoreException {
        Path beside = conflictFiles.computeIfAbsent(file, this::freeConflictName);
        try {
            AtomicFiles.write(beside, content, false);
        } catch (IOException e) {
            throw new StoreException("Cannot save " + file.getFileName() + ": it changed on disk, and your version"
                    + " could not be written beside it either (" + Reasons.io(e) + ")", e);
        }
        String why = neverRead
                ? " already exists and Microplan has not read it (another program wrote it, or it could not be read)"
                : " was changed by another program after Microplan read it";
        return new SaveConflictException(file.getFileName() + why + ", so it was not overwritten. Your version was"
                + " saved beside it as " + beside.getFileName() + ".", file, beside);
    }

    private Path freeConflictName(Path file) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        String base = stem + ".conflict-" + LocalDateTime.now(clock).format(CONFLICT_TIME);
        Path candidate = file.resolveSibling(base + ".json");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(base + "-" + n + ".json");
        }
        return candidate;
    }

    static boolean isConflictFile(Path file) {
        return isConflictName(file.getFileName().toString());
    }

    static boolean isConflictName(String name) {
        return name.contains(".conflict-");
    }
}
