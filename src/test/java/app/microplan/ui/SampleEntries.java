package app.microplan.ui;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.Playbook;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.store.PlaybookStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The committed sample journal ({@code assets/samples/journal}), for the view-model tests of the review's tabs. */
public final class SampleEntries {
    public static final Path FOLDER = Path.of("assets/samples/journal");

    private SampleEntries() {
    }

    public static List<JournalEntry> entries() throws Exception {
        return JournalEntry.ofAll(JournalStore.open(FOLDER).loadPlans().plans().stream().map(LoadedPlan::plan).toList());
    }

    public static List<Playbook> playbooks() throws Exception {
        return PlaybookStore.in(FOLDER).load();
    }

    /** A copy of the sample journal in {@code target}: plan files and playbooks, to open a window on. */
    public static void copyTo(Path target) throws Exception {
        Files.createDirectories(target.resolve("plans"));
        try (Stream<Path> plans = Files.list(FOLDER.resolve("plans"))) {
            for (Path plan : plans.toList()) {
                Files.copy(plan, target.resolve("plans").resolve(plan.getFileName()));
            }
        }
        Files.copy(FOLDER.resolve(PlaybookStore.FILE_NAME), target.resolve(PlaybookStore.FILE_NAME));
    }
}
