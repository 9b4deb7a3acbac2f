package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.microplan.domain.TradePlan;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The backup is always a whole earlier version, a failed save leaves the file and its backup as they were, a
 * plan keeps its permissions, and the temporary files of killed saves are removed when the journal opens —
 * but never one a save in progress is still writing.
 */
class BackupsAndLeftoversTest {
    @TempDir
    Path journal;

    private JournalStore store;
    private TradePlan plan;
    private Path file;

    @BeforeEach
    void savedTwice() throws Exception {
        store = JournalStore.open(journal);
        plan = TestPlans.btcLong("plan-a");
        store.savePlan(TestPlans.withNotes(plan, "first"));
        store.savePlan(TestPlans.withNotes(plan, "second"));
        file = store.planFile(plan.id());
    }

    @AfterEach
    void noHook() {
        AtomicFiles.beforeRename = () -> { };
    }

    @Test
    void theBackupIsTheWholePreviousVersion() throws Exception {
        assertThat(notesIn(AtomicFiles.backupOf(file))).isEqualTo("first");
        assertThat(notesIn(file)).isEqualTo("second");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-------", "rw-rw-r--"})
    void aSaveKeepsThePlansPermissions(String mode) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

        store.savePlan(TestPlans.withNotes(plan, "third"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(AtomicFiles.backupOf(file))))
                .isEqualTo(mode);
    }

    @Test
    void aNewPlanGetsTheUsualPermissionsNotPrivateOnes() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path probe = Files.createFile(journal.resolve("probe"));

        store.savePlan(TestPlans.btcLong("plan-b"));

        assertThat(Files.getPosixFilePermissions(store.planFile("plan-b")))
                .isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void aSaveThatFailsBeforeTheRenameLeavesTheFileItsBackupAndNoTemporaryFile() throws Exception {
        AtomicFiles.beforeRename = () -> {
            throw new UncheckedIOException(new java.io.IOException("No space left on device"));
        };

        assertThatThrownBy(() -> store.savePlan(TestPlans.withNotes(plan, "third"))).isInstanceOf(UncheckedIOException.class);

        assertThat(notesIn(file)).isEqualTo("second");
        assertThat(notesIn(AtomicFiles.backupOf(file))).isIn("first", "second");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aSaveRefusedByAReadOnlyFolderLeavesTheBackupAsItWas() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plans = file.getParent();
        byte[] backup = Files.readAllBytes(AtomicFiles.backupOf(file));
        Files.setPosixFilePermissions(plans, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(plans), "not running as root");

            assertThatThrownBy(() -> store.savePlan(TestPlans.withNotes(plan, "third")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");

            assertThat(Files.readAllBytes(AtomicFiles.backupOf(file))).isEqualTo(backup);
            assertThat(notesIn(file)).isEqualTo("second");
        } finally {
            Files.setPosixFilePermissions(plans, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void leftoversOfKilledSavesAreRemovedWhenTheJournalOpensAndCounted() throws Exception {
        Path plans = file.getParent();
        Files.writeString(plans.resolve(".plan-a.json.3f9c0a1b2c3d4e5f.tmp"), "{ \"id\" : \"plan-");
        Files.writeString(plans.resolve(".plan-a.json.bak.0123456789abcdef.tmp"), "{");
        Files.writeString(plans.resolve(".plan-a.json.8812398123123.tmp"), "{");
        Files.writeString(journal.resolve(".settings.json.00000000000000ff.tmp"), "{");
        Path notOurs = Files.writeString(plans.resolve(".notes.tmp"), "the trader's own file");

        JournalStore reopened = JournalStore.open(journal);

        assertThat(reopened.leftoversRemoved()).isEqualTo(4);
        assertThat(temporaryFiles()).containsExactly(notOurs);
        assertThat(reopened.loadPlans().problems()).isEmpty();
    }

    @Test
    void openingTheJournalWaitsForASaveInProgressAndLeavesItsTemporaryFileAlone() throws Exception {
        CountDownLatch inTheWindow = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        AtomicFiles.beforeRename = () -> {
            inTheWindow.countDown();
            await(goOn);
        };
        CompletableFuture<Void> saving = CompletableFuture.runAsync(() -> save(TestPlans.withNotes(plan, "third")));
        assertThat(inTheWindow.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicFiles.beforeRename = () -> { };

        CompletableFuture<JournalStore> opening = CompletableFuture.supplyAsync(this::reopen);
        assertThatThrownBy(() -> opening.get(300, TimeUnit.MILLISECONDS))
                .as("the clean-up waits for the journal lock the save holds").isInstanceOf(TimeoutException.class);
        goOn.countDown();
        saving.get(10, TimeUnit.SECONDS);

        assertThat(opening.get(10, TimeUnit.SECONDS).leftoversRemoved()).isZero();
        assertThat(notesIn(file)).isEqualTo("third");
    }

    private JournalStore reopen() {
        try {
            return JournalStore.open(journal);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private void save(TradePlan version) {
        try {
            store.savePlan(version);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private java.util.List<Path> temporaryFiles() throws Exception {
        try (Stream<Path> files = Stream.concat(Files.list(journal), Files.list(journal.resolve("plans")))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static String notesIn(Path file) throws Exception {
        return JournalStore.readPlanFile(file).plan().written().notes();
    }
}
