package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.microplan.domain.TradePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal folder that refuses writes: the save fails with one clear message, the file on disk stays as it was,
 * and the plan the caller holds can be saved once the folder accepts writes again.
 */
class ReadOnlyJournalTest {
    @TempDir
    Path journal;

    private Path lockedFolder;

    @Test
    void aSaveIntoAReadOnlyFolderFailsClearlyAndTouchesNothing() throws Exception {
        JournalStore store = JournalStore.open(journal);
        TradePlan plan = TestPlans.btcLong("plan-a");
        store.savePlan(plan);
        Path file = store.planFile(plan.id());
        byte[] before = Files.readAllBytes(file);
        List<Path> filesBefore = list(store.plansFolder());
        makeReadOnly(store.plansFolder());
        TradePlan edited = TestPlans.withNotes(plan, "typed while the folder was read-only");

        assertThatThrownBy(() -> store.savePlan(edited)).isExactlyInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot save plan-a.json in " + store.plansFolder() + ": ")
                .hasMessageEndingWith("; the folder does not accept changes (is it read-only?)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(list(store.plansFolder())).isEqualTo(filesBefore);

        makeWritableAgain();
        store.savePlan(edited);
        assertThat(JournalStore.readPlanFile(file).plan()).isEqualTo(edited);
    }

    /*
     * Permissions alone do not stop root (CI runs as root): then the folder is made immutable with chattr,
     * which stops root too. Where neither works the test is skipped rather than passing without checking.
     */
    private void makeReadOnly(Path folder) throws Exception {
        lockedFolder = folder;
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (acceptsWrites(folder)) {
            run("chattr", "+i", folder.toString());
        }
        assumeTrue(!acceptsWrites(folder), "this machine cannot make a folder read-only for this user");
    }

    @AfterEach
    void makeWritableAgain() throws Exception {
        if (lockedFolder != null) {
            run("chattr", "-i", lockedFolder.toString());
            Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("rwx------"));
            lockedFolder = null;
        }
    }

    private static boolean acceptsWrites(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(String... command) throws InterruptedException {
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // no chattr here: the assumption above decides
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
