package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.microplan.domain.TradePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file changed behind the store's back (a sync tool, a second window) is not overwritten; both versions are kept. */
class SaveConflictTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:15Z"), ZoneOffset.UTC);

    @TempDir
    Path journal;

    private JournalStore store;
    private TradePlan plan;
    private Path file;

    @BeforeEach
    void savedPlan() throws Exception {
        store = JournalStore.open(journal, CLOCK);
        plan = TestPlans.btcLong("plan-a");
        store.savePlan(plan);
        file = store.planFile(plan.id());
    }

    @Test
    void aFileChangedByAnotherProgramIsKeptAndMineGoesBesideIt() throws Exception {
        TradePlan theirs = TestPlans.withNotes(plan, "edited in the second window");
        anotherProgramWrites(theirs);
        byte[] theirBytes = Files.readAllBytes(file);
        TradePlan mine = TestPlans.withNotes(plan, "edited in this window");

        SaveConflictException conflict = catchThrowableOfType(SaveConflictException.class, () -> store.savePlan(mine));

        assertThat(conflict.file()).isEqualTo(file);
        assertThat(conflict.conflictFile()).isEqualTo(file.resolveSibling("plan-a.conflict-20260302-093015.json"));
        assertThat(conflict).hasMessage("plan-a.json was changed by another program after Microplan read it, so it"
                + " was not overwritten. Your version was saved beside it as plan-a.conflict-20260302-093015.json.");
        assertThat(Files.readAllBytes(file)).isEqualTo(theirBytes);
        assertThat(JournalStore.readPlanFile(conflict.conflictFile()).plan()).isEqualTo(mine);
    }

    @Test
    void furtherSavesDuringTheConflictUpdateTheSameConflictFile() throws Exception {
        anotherProgramWrites(TestPlans.withNotes(plan, "theirs"));
        TradePlan later = TestPlans.withNotes(plan, "mine, typed on");
        assertThatThrownBy(() -> store.savePlan(TestPlans.withNotes(plan, "mine"))).isInstanceOf(SaveConflictException.class);

        SaveConflictException again = catchThrowableOfType(SaveConflictException.class, () -> store.savePlan(later));

        assertThat(JournalStore.readPlanFile(again.conflictFile()).plan()).isEqualTo(later);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.filter(GuardedWriter::isConflictFile)).hasSize(1);
        }
    }

    @Test
    void keepingMyVersionOverwritesAndKeepsTheirsAsTheBackup() throws Exception {
        anotherProgramWrites(TestPlans.withNotes(plan, "theirs"));
        byte[] theirBytes = Files.readAllBytes(file);
        TradePlan mine = TestPlans.withNotes(plan, "mine");
        assertThatThrownBy(() -> store.savePlan(mine)).isInstanceOf(SaveConflictException.class);

        store.savePlanOverConflict(mine);
        store.savePlan(TestPlans.withNotes(plan, "mine, saved again normally"));

        assertThat(JournalStore.readPlanFile(file).plan().written().notes()).isEqualTo("mine, saved again normally");
        assertThat(Files.readAllBytes(AtomicFiles.backupOf(file))).isNotEqualTo(theirBytes);
        assertThat(JournalStore.readPlanFile(AtomicFiles.backupOf(file)).plan()).isEqualTo(mine);
    }

    @Test
    void takingTheirVersionByReloadingEndsTheConflict() throws Exception {
        TradePlan theirs = TestPlans.withNotes(plan, "theirs");
        anotherProgramWrites(theirs);
        assertThatThrownBy(() -> store.savePlan(TestPlans.withNotes(plan, "mine"))).isInstanceOf(SaveConflictException.class);

        TradePlan reloaded = store.loadPlan(file).plan();
        store.savePlan(TestPlans.withNotes(reloaded, "theirs, then mine"));

        assertThat(reloaded).isEqualTo(theirs);
        assertThat(JournalStore.readPlanFile(file).plan().written().notes()).isEqualTo("theirs, then mine");
    }

    @Test
    void aFileTheStoreNeverReadIsNotOverwritten() throws Exception {
        TradePlan other = TestPlans.btcLong("plan-b");
        anotherProgramWrites(other);
        byte[] before = Files.readAllBytes(store.planFile("plan-b"));

        assertThatThrownBy(() -> store.savePlan(TestPlans.withNotes(other, "mine")))
                .isInstanceOf(SaveConflictException.class)
                .hasMessageStartingWith("plan-b.json already exists and Microplan has not read it");
        assertThat(Files.readAllBytes(store.planFile("plan-b"))).isEqualTo(before);
    }

    @Test
    void anUnchangedFileIsSavedOverWithoutAConflict() throws Exception {
        TradePlan edited = TestPlans.withNotes(plan, "edited");

        store.savePlan(edited);

        assertThat(JournalStore.readPlanFile(file).plan()).isEqualTo(edited);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.filter(GuardedWriter::isConflictFile)).isEmpty();
        }
    }

    @Test
    void aFileTouchedButNotChangedIsNoConflict() throws Exception {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        store.savePlan(TestPlans.withNotes(plan, "edited"));

        assertThat(JournalStore.readPlanFile(file).plan().written().notes()).isEqualTo("edited");
    }

    @Test
    void aPlanDeletedBehindTheStoresBackIsNotBroughtBackUnasked() throws Exception {
        Files.delete(file);
        TradePlan edited = TestPlans.withNotes(plan, "still open in this window");

        assertThatThrownBy(() -> store.savePlan(edited)).isInstanceOf(DeletedElsewhereException.class)
                .hasMessage("plan-a.json was deleted by another program after Microplan read it, so it was not written"
                        + " again.");
        assertThat(file).doesNotExist();
    }

    @Test
    void aPlanDeletedBehindTheStoresBackIsSavedAgainWhenTheTraderKeepsIt() throws Exception {
        Files.delete(file);
        TradePlan edited = TestPlans.withNotes(plan, "still open in this window");
        assertThatThrownBy(() -> store.savePlan(edited)).isInstanceOf(DeletedElsewhereException.class);

        store.savePlanOverConflict(edited);
        store.savePlan(TestPlans.withNotes(edited, "and saved normally after that"));

        assertThat(JournalStore.readPlanFile(file).plan().written().notes()).isEqualTo("and saved normally after that");
    }

    @Test
    void deletedSettingsAreWrittenAgainTheyAreNotAPlan() throws Exception {
        store.saveSettings(Settings.defaults());
        Files.delete(store.settingsFile());

        store.saveSettings(Settings.defaults().withTheme("dark"));

        assertThat(store.loadSettings().theme()).isEqualTo("dark");
    }

    @Test
    void settingsChangedBehindTheStoresBackAreNotOverwrittenEither() throws Exception {
        store.saveSettings(Settings.defaults());
        Path settings = store.settingsFile();
        Files.writeString(settings, Files.readString(settings).replace("\"light\"", "\"dark\""));

        assertThatThrownBy(() -> store.saveSettings(Settings.defaults())).isInstanceOf(SaveConflictException.class)
                .hasMessageContaining("settings.conflict-20260302-093015.json");
        assertThat(store.loadSettings().theme()).isEqualTo("dark");
    }

    /** A sync tool or a second window writing the plan's file. */
    private void anotherProgramWrites(TradePlan version) throws Exception {
        Files.write(store.planFile(version.id()), PlanFiles.bytes(version));
    }
}
