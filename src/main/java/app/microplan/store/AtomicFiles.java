package app.microplan.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Crash-safe file replacement. The new content goes to a temporary file in the same folder, which is synced;
 * the old file becomes the backup {@code <name>.bak} in one rename (of a second name for it, or of a synced
 * copy where the file system has no hard links); then the new file is renamed over the old. A crash at any
 * moment leaves the old file or the new one, and a whole backup — never a torn file, never a missing backup.
 * <p>
 * The file keeps its permissions (a 644 plan stays 644). A save that fails leaves the file and its backup as they
 * were and removes its temporary file. Temporary files of a killed program are named
 * {@code .<name>.<random>.tmp}; {@link #isLeftover} recognises them so the journal can remove them when it opens.
 */
final class AtomicFiles {
    /**
     * ".plan.json.3f9c….tmp", ".plan.json.bak.….tmp", "..index.bin.….tmp" (the summary index); older versions put
     * decimal digits where the hex is.
     */
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.(json(\\.bak)?|bin)\\.[0-9a-f]+\\.tmp");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Called between syncing the new temporary file and renaming it into place: only the crash test sets it, to
     * widen that window so its kills land there (see CrashSafetyTest). Does nothing in the app.
     */
    static volatile Runnable beforeRename = () -> { };

    private AtomicFiles() {
    }

    static void write(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    /** @param keepBackup keep the file being replaced as {@code <name>.bak} */
    static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path file = throughLink(target.toAbsolutePath());
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Set<PosixFilePermission> mode = permissionsOf(file);
        Path temporary = temporaryBeside(file);
        try {
            writeSynced(temporary, content);
            keepPermissions(temporary, mode);
            if (keepBackup && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                backUp(file);
            }
            beforeRename.run();
            move(temporary, file);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /** A temporary file this class made and a killed program left behind. */
    static boolean isLeftover(Path file) {
        return LEFTOVER.matcher(file.getFileName().toString()).matches();
    }

    /**
     * The old file as {@code .bak}, replaced in one rename: a second name for the same file (no bytes copied),
     * or a synced copy. A failure (a full disk) leaves the previous {@code .bak} as it was.
     */
    private static void backUp(Path file) throws IOException {
        Path pending = temporaryBeside(backupOf(file));
        try {
            try {
                Files.createLink(pending, file);
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                Files.copy(file, pending, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel channel = FileChannel.open(pending, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            move(pending, backupOf(file));
        } finally {
            Files.deleteIfExists(pending);
        }
    }

    /** A link in the journal (a plan kept in a synced folder) is written through, so it stays a link. */
    private static Path throughLink(Path target) throws IOException {
        return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
    }

    private static Path temporaryBeside(Path file) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
    }

    private static void writeSynced(Path temporary, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** The permissions of the file being replaced, or null for a new file (which gets the usual ones). */
    private static Set<PosixFilePermission> permissionsOf(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null || !Files.exists(file)) {
            return null;
        }
        return posix.readAttributes().permissions();
    }

    private static void keepPermissions(Path temporary, Set<PosixFilePermission> mode) throws IOException {
        if (mode != null) {
            Files.setPosixFilePermissions(temporary, mode);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /*
     * The rename lives in the folder's entry list: syncing the folder makes it survive a power cut, not only a
     * crash of the program. Windows cannot open a folder as a channel; there the move alone has to do.
     */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file itself is complete and in place either way
        }
    }
}
