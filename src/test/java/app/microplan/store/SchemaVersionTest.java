package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.TradePlan;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newer file opens read-only and is never downgraded; an older one is migrated on load and saved as current. */
class SchemaVersionTest {
    @TempDir
    Path journal;

    @Test
    void aPlanFromANewerVersionOpensReadOnly() throws Exception {
        TradePlan plan = TestPlans.btcLong("from-the-future");
        Path file = writeNewerVersionOf(plan);

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.problems()).isEmpty();
        assertThat(load.plans()).singleElement().satisfies(loaded -> {
            assertThat(loaded.readOnly()).isTrue();
            assertThat(loaded.plan()).isEqualTo(plan);
        });
        assertThat(file).content().contains("\"execution\"");
    }

    @Test
    void aPlanFromANewerVersionIsNeverOverwritten() throws Exception {
        TradePlan plan = TestPlans.btcLong("from-the-future");
        Path file = writeNewerVersionOf(plan);
        byte[] before = Files.readAllBytes(file);
        JournalStore store = JournalStore.open(journal);
        store.loadPlans();
        TradePlan edited = TestPlans.withNotes(plan, "edited here");

        assertThatThrownBy(() -> store.savePlan(edited)).isInstanceOf(StoreException.class)
                .isNotInstanceOf(SaveConflictException.class)
                .hasMessage("from-the-future.json was written by a newer Microplan (schema 2; this version writes 1)."
                        + " It is open read-only and was not overwritten.");
        assertThatThrownBy(() -> store.savePlanOverConflict(edited)).hasMessageContaining("newer Microplan");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aNewerFileThisVersionCannotUnderstandSaysSo() throws Exception {
        Path file = journal.resolve("plans").resolve("renamed.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ \"schemaVersion\" : 7, \"id\" : \"renamed\", \"trade\" : { } }");

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.problems()).extracting(LoadProblem::message).singleElement().asString()
                .startsWith("renamed.json: written by a newer Microplan (plan schema 7) in a form this version cannot read");
    }

    @Test
    void aPreviewPlanIsMigratedWhenLoaded() throws Exception {
        Path file = copyFixture("plan-v0.json", "preview-eth-long.json");

        LoadedPlan loaded = JournalStore.open(journal).loadPlan(file);

        TradePlan plan = loaded.plan();
        assertThat(loaded.readOnly()).isFalse();
        assertThat(plan.policy().riskCap()).isEqualTo(new BigDecimal("0.015"));
        assertThat(plan.policy().marginCap()).isEqualTo(new BigDecimal("0.10"));
        assertThat(plan.account()).isEqualTo(new AccountSnapshot("Bybit", new BigDecimal("2500.00"), BigDecimal.ZERO));
        assertThat(plan.checklist()).containsExactly(new ChecklistItem("Stop order placed with the entry", false),
                new ChecklistItem("Funding rate checked", false));
        assertThat(plan.setup().entries().get(0).price()).isEqualTo(new BigDecimal("3200.00"));
        assertThat(plan.written().riskRules()).isEqualTo("Stop 3,168; 1.5 % risk");
        assertThat(file).content().doesNotContain("schemaVersion");
    }

    @Test
    void aMigratedPlanIsSavedInTheCurrentFormat() throws Exception {
        Path file = copyFixture("plan-v0.json", "preview-eth-long.json");
        JournalStore store = JournalStore.open(journal);
        TradePlan migrated = store.loadPlans().plans().get(0).plan();

        store.savePlan(migrated);

        assertThat(file).content().startsWith("{\n  \"schemaVersion\" : 1,").doesNotContain("riskPercent");
        assertThat(JournalStore.open(journal).loadPlan(file).plan()).isEqualTo(migrated);
    }

    @Test
    void thereIsOneMigrationStepPerOlderVersion() {
        assertThat(PlanMigrations.STEPS).hasSize(JournalStore.PLAN_SCHEMA_VERSION);
    }

    /** What a later Microplan might write: a higher schema version and a section this version does not know. */
    private Path writeNewerVersionOf(TradePlan plan) throws Exception {
        String current = new String(PlanFiles.bytes(plan), java.nio.charset.StandardCharsets.UTF_8);
        String newer = current.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2")
                .replace("\"tags\" : [ ]", "\"tags\" : [ ],\n  \"execution\" : { \"fills\" : [ ] }");
        Path file = journal.resolve("plans").resolve(plan.id() + ".json");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, newer);
    }

    private Path copyFixture(String fixture, String name) throws Exception {
        Path file = journal.resolve("plans").resolve(name);
        Files.createDirectories(file.getParent());
        try (InputStream in = getClass().getResourceAsStream(fixture)) {
            Files.copy(in, file);
        }
        return file;
    }
}
