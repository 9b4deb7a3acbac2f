package app.microplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary files a killed save left in the journal ({@code .plan.json.3f9c….tmp}). A save makes one, syncs it and
 * renames it into place while holding the journal's lock; one found while the lock is held belongs to no save in
 * progress and holds nothing the plan file and its backup do not.
 */
final class Leftovers {
    private Leftovers() {
    }

    /** Removes the leftovers in these folders (the caller holds the journal lock); how many were removed. */
    static int remove(Path... folders) {
        int removed = 0;
        for (Path folder : folders) {
            for (Path leftover : leftoversIn(folder)) {
                try {
                    Files.deleteIfExists(leftover);
                    removed++;
                } catch (IOException e) {
                    // A read-only journal keeps them; they are never read as plans either way.
                }
            }
        }
        return removed;
    }

    private static List<Path> leftoversIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(AtomicFiles::isLeftover).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
