package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.domain.WrittenPlan;
import app.microplan.store.JournalStore;
import app.microplan.store.Settings;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.Debouncer;
import app.microplan.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalSessionTest {
    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final ManualDebouncer debouncer = new ManualDebouncer();

    /** Holds scheduled actions until the test fires them: the quiet spell, without waiting for it. */
    private static final class ManualDebouncer implements Debouncer {
        private final Map<Object, Runnable> waiting = new LinkedHashMap<>();

        @Override
        public void schedule(Object key, Runnable action) {
            waiting.put(key, action);
        }

        @Override
        public void flush() {
            List<Runnable> due = List.copyOf(waiting.values());
            waiting.clear();
            due.forEach(Runnable::run);
        }
    }

    private JournalSession open() throws Exception {
        return new JournalSession(OpenedJournal.read(folder), tasks, debouncer, CLOCK);
    }

    private static TradePlan withNotes(TradePlan plan, String notes) {
        WrittenPlan w = plan.written();
        return plan.withWritten(new WrittenPlan(w.thesis(), w.entryCriteria(), w.exitStrategy(), w.riskRules(), notes));
    }

    @Test
    void aBurstOfEditsIsSavedOnceAfterTheQuietSpell() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.example1(PlanStatus.DRAFT, T));
        JournalSession session = open();
        PlanEntry entry = session.entries().get(0);
        int before = tasks.submitted();

        for (String notes : List.of("a", "ab", "abc", "abcd", "abcde")) {
            session.planEdited(entry, withNotes(entry.getPlan(), notes));
        }
        assertThat(entry.getSaveState()).isEqualTo(SaveState.UNSAVED);
        assertThat(session.saveSummaryProperty().get().text()).isEqualTo("Unsaved");
        debouncer.flush();

        assertThat(tasks.submitted() - before).isEqualTo(1);
        assertThat(entry.getSaveState()).isEqualTo(SaveState.SAVED);
        assertThat(JournalStore.open(folder).loadPlans().plans().get(0).plan().written().notes()).isEqualTo("abcde");
    }

    @Test
    void aFailedSaveIsShownAndThePlanStaysUnsaved() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.example1(PlanStatus.DRAFT, T));
        JournalSession session = open();
        PlanEntry entry = session.entries().get(0);
        Path plans = folder.resolve("plans");
        try (var files = Files.list(plans)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(plans);
        Files.writeString(plans, "not a folder");

        session.planEdited(entry, withNotes(entry.getPlan(), "will not reach the disk"));
        debouncer.flush();

        assertThat(entry.getSaveState()).isEqualTo(SaveState.FAILED);
        assertThat(entry.getSaveError()).contains("Cannot save");
        assertThat(session.saveSummaryProperty().get().text()).startsWith("Not saved — Cannot save");
        assertThat(entry.getPlan().written().notes()).isEqualTo("will not reach the disk");
    }

    @Test
    void aNewPlanUsesTheTradersDefaultsAndIsSavedAtOnce() throws Exception {
        JournalSession session = open();

        PlanEntry entry = session.newPlan();

        TradePlan plan = entry.getPlan();
        Settings defaults = Settings.defaults();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.setup().leverage()).isEqualByComparingTo(defaults.defaultLeverage());
        assertThat(plan.account().accountName()).isEqualTo("Main");
        assertThat(plan.account().equity()).isEqualByComparingTo("5000");
        assertThat(plan.checklist()).hasSize(defaults.checklistTemplate().size());
        assertThat(Files.exists(folder.resolve("plans").resolve(plan.id() + ".json"))).isTrue();
    }

    @Test
    void deleteMovesThePlanToTheTrashAndUndoBringsItBack() throws Exception {
        TradePlan plan = JournalFixtures.example1(PlanStatus.READY, T);
        JournalFixtures.write(folder, plan);
        JournalSession session = open();

        session.delete(session.entries().get(0));
        assertThat(session.entries()).isEmpty();
        assertThat(Files.exists(folder.resolve("trash").resolve(plan.id() + ".json"))).isTrue();

        session.undoDelete();

        assertThat(session.entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(plan.id());
            assertThat(e.getPlan().setup().stop()).isEqualByComparingTo(plan.setup().stop());
            assertThat(e.getPlan().setup().contracts()).as("pinned when the journal was read").isEqualByComparingTo("7");
            assertThat(e.getPlan().status()).isEqualTo(PlanStatus.READY);
        });
        assertThat(session.restoredEntryProperty().get().id()).isEqualTo(plan.id());
    }

    @Test
    void duplicateIsANewDraftWithTheChecklistUnticked() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.example1(PlanStatus.READY, T));
        JournalSession session = open();

        PlanEntry copy = session.duplicate(session.entries().get(0));

        assertThat(copy.id()).isNotEqualTo(session.entries().get(0).id());
        assertThat(copy.getPlan().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(copy.getPlan().checklist()).noneMatch(c -> c.checked());
        assertThat(copy.getPlan().written()).isEqualTo(JournalFixtures.EXAMPLE_1_WRITTEN);
    }

    @Test
    void otherOpenAndReadyPlansOfTheAccountCountAsItsOtherMargin() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.openPlanHolding("450", T),
                JournalFixtures.ethShortDraft(T.plusSeconds(1)));
        JournalSession session = open();

        assertThat(session.snapshotFor("another-plan", "Main").otherPlansMargin()).isEqualByComparingTo("450");
    }

    @Test
    void unreadableFilesAreListedInWordsAndTheRestStillLoads() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.example1(PlanStatus.DRAFT, T));
        Files.writeString(folder.resolve("plans").resolve("broken.json"), "{ not json");

        JournalSession session = open();

        assertThat(session.entries()).hasSize(1);
        assertThat(session.problems()).singleElement().asString().startsWith("broken.json:").contains("set aside");
    }

    @Test
    void aPlanFromANewerSchemaIsReadOnlyAndNeverSaved() throws Exception {
        TradePlan plan = JournalFixtures.example1(PlanStatus.DRAFT, T);
        JournalFixtures.write(folder, plan);
        Path file = folder.resolve("plans").resolve(plan.id() + ".json");
        Files.writeString(file, Files.readString(file).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 99"));
        JournalSession session = open();
        PlanEntry entry = session.entries().get(0);
        int before = tasks.submitted();

        session.planEdited(entry, withNotes(entry.getPlan(), "changed"));
        session.saveAll();

        assertThat(entry.isReadOnly()).isTrue();
        assertThat(tasks.submitted()).isEqualTo(before);
        assertThat(Files.readString(file)).contains("\"schemaVersion\" : 99");
    }
}
