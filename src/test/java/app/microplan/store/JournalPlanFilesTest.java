package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ChecklistAdherence;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryFill;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.Target;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeReview;
import app.microplan.domain.TradeSetup;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal fields of a plan (execution, review) survive a save and a load, exactly. */
class JournalPlanFilesTest {

    private static TradePlan reviewedPlan() {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000", "7")).stop("69300").target(Target.of("72100", "1")).leverage("10").build();
        TradeExecution execution = new TradeExecution(
                List.of(EntryFill.of("2026-03-02T10:00:00Z", "70000.50", "4", "0.35"),
                        EntryFill.of("2026-03-02T10:02:00Z", "69990", "3", "-0.05")),
                List.of(ExitFill.of("2026-03-03T09:00:00Z", "72100", "7", "0.50", ExitReason.TARGET)),
                new BigDecimal("0.840"));
        TradeReview review = new TradeReview("Entry, \"stop\" and target", "None", "Same again", 5,
                List.of("calm", "patient"), List.of(new ChecklistAdherence("Stop order placed with the entry", true)));
        return TradePlan.builder().id("reviewed-1").status(PlanStatus.REVIEWED).setup(setup)
                .account(AccountSnapshot.of("Main", "5000", "0")).tags(List.of("breakout"))
                .execution(execution).review(review).build();
    }

    @Test
    @DisplayName("execution and review round-trip through the plan file, scales and all")
    void roundTrip(@TempDir Path folder) throws StoreException {
        JournalStore store = JournalStore.open(folder);
        TradePlan plan = reviewedPlan();
        store.savePlan(plan);

        TradePlan loaded = store.loadPlans().plans().get(0).plan();

        assertThat(loaded).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(plan);
        assertThat(loaded.execution().funding()).isEqualByComparingTo("0.84");
        assertThat(loaded.execution().entries().get(1).fee()).isEqualByComparingTo("-0.05");
        assertThat(loaded.review().checklist()).containsExactly(
                new ChecklistAdherence("Stop order placed with the entry", true));
    }

    @Test
    @DisplayName("the file holds only the recorded fields, not derived ones such as average entry or flat")
    void onlyRecordedFieldsAreWritten(@TempDir Path folder) throws Exception {
        JournalStore store = JournalStore.open(folder);
        store.savePlan(reviewedPlan());

        String json = Files.readString(store.planFile("reviewed-1"));

        assertThat(json).contains("\"execution\"", "\"entries\"", "\"exits\"", "\"reason\" : \"TARGET\"",
                "\"funding\" : 0.84", "\"executionRating\" : 5", "\"emotions\"");
        assertThat(json).doesNotContain("averageEntry", "flat", "openContracts", "followedChecklist", "openedAt");
    }

    @Test
    @DisplayName("a plan file without journal fields (written before them) loads with none")
    void olderFileLoads(@TempDir Path folder) throws Exception {
        JournalStore store = JournalStore.open(folder);
        TradePlan plain = reviewedPlan().toBuilder().status(PlanStatus.READY).execution(null).review(null).build();
        store.savePlan(plain);
        Path file = store.planFile(plain.id());
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        tree.remove(List.of("execution", "review"));
        Files.write(file, Json.MAPPER.writeValueAsBytes(tree));

        TradePlan loaded = store.loadPlans().plans().get(0).plan();

        assertThat(Files.readString(file)).doesNotContain("\"execution\"", "\"review\"");
        assertThat(loaded.execution()).isNull();
        assertThat(loaded.review()).isNull();
        assertThat(loaded.tags()).containsExactly("breakout");
    }
}
