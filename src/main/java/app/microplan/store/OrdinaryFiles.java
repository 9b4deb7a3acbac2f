package app.microplan.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A journal file must be an ordinary file (or a link to one) before it is opened: a folder named {@code x.json},
 * a link to nothing, a loop of links or a named pipe each get a reason in words. A pipe in particular must never
 * be opened: reading it waits for a writer that may never come.
 */
final class OrdinaryFiles {
    private OrdinaryFiles() {
    }

    static void require(Path file) throws UnreadableFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, Files.isSymbolicLink(file)
                    ? "it is a link to " + linkTarget(file) + ", which does not exist" : "no such file", e);
        } catch (FileSystemException e) {
            throw new UnreadableFileException(file, Files.isSymbolicLink(file) && isLoop(e)
                    ? "it is a link that leads back to itself (a loop of links)" : Reasons.io(e), e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, Reasons.io(e), e);
        }
        if (attributes.isDirectory()) {
            throw new UnreadableFileException(file, "it is a folder, not a file", null);
        }
        if (attributes.isOther()) {
            throw new UnreadableFileException(file, "it is not an ordinary file (a pipe, a socket or a device), so it"
                    + " is not read", null);
        }
    }

    private static boolean isLoop(FileSystemException e) {
        String reason = String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT);
        return reason.contains("levels of symbolic links") || reason.contains("loop");
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a file";
        }
    }
}
