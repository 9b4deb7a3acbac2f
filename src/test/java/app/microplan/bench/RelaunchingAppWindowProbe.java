package app.microplan.bench;

import app.microplan.ArchiveRelaunch;
import java.util.Optional;

/**
 * Microplan started as {@code java -jar} starts it: through {@link ArchiveRelaunch}, so the time includes the first
 * JVM and the relaunch with the archive (its first, untimed, run makes the archive in the folder named by
 * {@code -Dmicroplan.archiveFolder}). The relaunched JVM runs {@link AppWindowProbe} and reports the frames.
 */
public final class RelaunchingAppWindowProbe {
    private RelaunchingAppWindowProbe() {
    }

    public static void main(String[] args) {
        Optional<Integer> relaunched = ArchiveRelaunch.ifWorthIt(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        AppWindowProbe.main(args);
    }
}
