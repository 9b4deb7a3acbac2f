package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.JournalStore;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.Debouncer;
import app.microplan.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another program saves or deletes a plan this window has open: the save becomes a choice for the trader, kept
 * across a restart, and each answer leaves the journal as it says.
 */
class JournalSessionConflictTest {
    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private JournalSession session;
    private PlanEntry entry;
    private Path file;

    @BeforeEach
    void openPlan() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.example1(PlanStatus.DRAFT, T));
        session = open();
        entry = session.entries().get(0);
        file = JournalStore.open(folder).planFile(entry.id());
    }

    @Test
    void aSaveOverAnotherProgramsVersionBecomesAChoiceNotALoss() throws Exception {
        TradePlan theirs = anotherProgramSaves("theirs");

        session.planEdited(entry, withNotes(entry.getPlan(), "mine"));

        ConflictState state = entry.getConflict();
        assertThat(state).isNotNull();
        assertThat(state.theirs()).isEqualTo(theirs);
        assertThat(state.conflict().mine().written().notes()).isEqualTo("mine");
        assertThat(notesIn(file)).isEqualTo("theirs");
        assertThat(notesIn(state.conflict().file())).isEqualTo("mine");
        assertThat(session.saveSummaryProperty().get().text())
                .isEqualTo("Not saved — Another version was saved by another program: choose which to keep");
        assertThat(entry.hasEditsOnlyInMemory()).as("mine is on disk, in the conflict file").isFalse();
    }

    @Test
    void keepMineReplacesTheirsWhichStaysInTheBackup() throws Exception {
        anotherProgramSaves("theirs");
        session.planEdited(entry, withNotes(entry.getPlan(), "mine"));
        Path conflictFile = entry.getConflict().conflict().file();

        session.keepMine(entry);

        assertThat(entry.getConflict()).isNull();
        assertThat(entry.getSaveState()).isEqualTo(SaveState.SAVED);
        assertThat(notesIn(file)).isEqualTo("mine");
        assertThat(notesIn(file.resolveSibling(file.getFileName() + ".bak"))).isEqualTo("theirs");
        assertThat(conflictFile).doesNotExist();
        assertThat(folder.resolve("trash").resolve(conflictFile.getFileName())).exists();
        session.planEdited(entry, withNotes(entry.getPlan(), "mine, typed on"));
        assertThat(notesIn(file)).isEqualTo("mine, typed on");
    }

    @Test
    void keepTheirsShowsTheirsAndSavesOnFromIt() throws Exception {
        TradePlan theirs = anotherProgramSaves("theirs");
        session.planEdited(entry, withNotes(entry.getPlan(), "mine"));

        session.keepTheirs(entry);

        assertThat(entry.getConflict()).isNull();
        assertThat(entry.getPlan()).isEqualTo(theirs);
        session.planEdited(entry, withNotes(entry.getPlan(), "theirs, then mine"));
        assertThat(notesIn(file)).isEqualTo("theirs, then mine");
        assertThat(conflictFiles()).isEmpty();
    }

    @Test
    void keepBothKeepsTheirsAndMineAsANewDraft() throws Exception {
        anotherProgramSaves("theirs");
        session.planEdited(entry, withNotes(entry.getPlan().withStatus(PlanStatus.DRAFT), "mine"));

        PlanEntry copy = session.keepBoth(entry);

        assertThat(session.entries()).hasSize(2);
        assertThat(notesIn(file)).isEqualTo("theirs");
        assertThat(copy.getPlan().id()).isNotEqualTo(entry.id());
        assertThat(copy.getPlan().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(notesIn(JournalStore.open(folder).planFile(copy.id()))).isEqualTo("mine");
        assertThat(conflictFiles()).isEmpty();
    }

    @Test
    void aConflictIsStillThereAfterARestartShowingMine() throws Exception {
        anotherProgramSaves("theirs");
        session.planEdited(entry, withNotes(entry.getPlan(), "mine"));

        JournalSession restarted = open();
        PlanEntry again = restarted.entries().get(0);

        assertThat(again.getConflict()).isNotNull();
        assertThat(again.getPlan().written().notes()).isEqualTo("mine");
        assertThat(again.getConflict().theirs().written().notes()).isEqualTo("theirs");
        assertThat(restarted.conflictCount()).isEqualTo(1);
        restarted.keepTheirs(again);
        assertThat(open().entries().get(0).getConflict()).isNull();
    }

    @Test
    void aPlanDeletedElsewhereIsNotBroughtBackButAsked() throws Exception {
        Files.delete(file);

        session.planEdited(entry, withNotes(entry.getPlan(), "typed after the other program deleted it"));

        assertThat(file).doesNotExist();
        assertThat(entry.getConflict().isDeletedElsewhere()).isTrue();
        assertThat(entry.hasEditsOnlyInMemory()).isTrue();
        session.saveAll();
        assertThat(file).as("saving everything does not bring it back either").doesNotExist();
    }

    @Test
    void keepingAPlanDeletedElsewhereSavesItAgain() throws Exception {
        Files.delete(file);
        session.planEdited(entry, withNotes(entry.getPlan(), "kept"));

        session.keepMine(entry);

        assertThat(notesIn(file)).isEqualTo("kept");
        assertThat(entry.getConflict()).isNull();
        assertThat(entry.getSaveState()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void lettingAPlanDeletedElsewhereGoRemovesItFromTheListOnly() throws Exception {
        Files.delete(file);
        session.planEdited(entry, withNotes(entry.getPlan(), "let go"));

        session.keepTheirs(entry);

        assertThat(session.entries()).isEmpty();
        assertThat(file).doesNotExist();
    }

    private TradePlan anotherProgramSaves(String notes) throws Exception {
        JournalStore other = JournalStore.open(folder);
        TradePlan theirs = withNotes(other.loadPlan(file).plan(), notes);
        other.savePlan(theirs);
        return theirs;
    }

    private JournalSession open() throws Exception {
        return new JournalSession(OpenedJournal.read(folder), new DirectTaskRunner(), Debouncer.immediate(), CLOCK);
    }

    private Stream<Path> conflictFiles() throws Exception {
        return Files.list(folder.resolve("plans")).filter(f -> f.getFileName().toString().contains(".conflict-"));
    }

    private static String notesIn(Path planFile) throws Exception {
        return JournalStore.readPlanFile(planFile).plan().written().notes();
    }

    private static TradePlan withNotes(TradePlan plan, String notes) {
        WrittenPlan w = plan.written();
        return plan.withWritten(new WrittenPlan(w.thesis(), w.entryCriteria(), w.exitStrategy(), w.riskRules(), notes));
    }
}
