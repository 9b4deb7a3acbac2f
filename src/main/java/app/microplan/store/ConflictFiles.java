package app.microplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The conflict files of a journal's {@code plans/} folder: found again after a restart, so a conflict stays in
 * front of the trader until it is resolved; set aside into {@code trash/} (never deleted) once it is.
 */
final class ConflictFiles {
    private ConflictFiles() {
    }

    /** What the folder holds: readable conflicts, and conflict files that cannot be read, with the reason. */
    record Found(List<PlanConflict> conflicts, List<LoadProblem> unreadable) {
    }

    static Found in(Path plansFolder) throws StoreException {
        List<PlanConflict> conflicts = new ArrayList<>();
        List<LoadProblem> unreadable = new ArrayList<>();
        for (Path file : list(plansFolder)) {
            try {
                conflicts.add(new PlanConflict(file, PlanFiles.read(file).loaded().plan()));
            } catch (UnreadableFileException e) {
                unreadable.add(new LoadProblem(file, e.reason()));
            }
        }
        return new Found(conflicts, unreadable);
    }

    /** Moves a resolved conflict file to the trash: the version the trader did not keep stays recoverable. */
    static void setAside(Path conflictFile, Path trashFolder) throws StoreException {
        try {
            Files.createDirectories(trashFolder);
            Files.move(conflictFile, trashFolder.resolve(conflictFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("Cannot move " + conflictFile.getFileName() + " to the trash: " + Reasons.io(e), e);
        }
    }

    private static List<Path> list(Path plansFolder) throws StoreException {
        if (!Files.isDirectory(plansFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(plansFolder)) {
            return files.filter(GuardedWriter::isConflictFile).filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new StoreException("Cannot list the conflicts in " + plansFolder + ": " + Reasons.io(e), e);
        }
    }
}
