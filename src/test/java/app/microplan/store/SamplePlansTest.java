package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.ChecklistItem;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RuleBook;
import app.microplan.domain.TradePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plans under assets/samples load, hold what their names promise, and drop into a journal as they are. */
class SamplePlansTest {
    private static final Path SAMPLES = Path.of("assets", "samples");

    @Test
    void theSeedTradeIsDesignExampleOneWithTheExchangesCostsAndMayBeMarkedReady() throws Exception {
        TradePlan seed = load("seed-btc-long");
        PlanAssessment assessment = RuleBook.assess(seed);

        assertThat(seed.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(seed.setup().contract()).isEqualTo(ContractPresets.BTC_MICRO_001);
        assertThat(seed.account().equity()).isEqualByComparingTo("5000");
        // 7.00 at the stop + 0.02 % maker in (0.14) + 0.05 % taker out (0.3465) + 3 × 0.01 % funding (0.21) = 7.6965
        // a contract: $50 / 7.6965 = 6.49 → 6 contracts, $46.18 at risk, $420 margin at 10×.
        assertThat(assessment.sizing().riskPerContract()).isEqualByComparingTo("7.6965");
        assertThat(assessment.sizing().contracts()).isEqualByComparingTo("6");
        assertThat(assessment.sizing().riskAmount()).isEqualByComparingTo("46.18");
        assertThat(assessment.sizing().initialMargin()).isEqualByComparingTo("420.00");
        assertThat(assessment.allowsReady()).isTrue();
        assertThat(seed.checklist()).extracting(ChecklistItem::text).isEqualTo(Settings.DEFAULT_CHECKLIST);
    }

    @Test
    void theEthShortIsAReadyShortOfTheEthMicro() throws Exception {
        TradePlan eth = load("eth-short");

        assertThat(eth.setup().direction()).isEqualTo(Direction.SHORT);
        assertThat(eth.setup().contract()).isEqualTo(ContractPresets.ETH_MICRO_001);
        assertThat(eth.status()).isEqualTo(PlanStatus.READY);
        assertThat(RuleBook.assess(eth).allowsReady()).isTrue();
    }

    @Test
    void theClosedTradeIsReviewed() throws Exception {
        TradePlan closed = load("closed-reviewed");

        assertThat(closed.status()).isEqualTo(PlanStatus.REVIEWED);
        assertThat(closed.written().notes()).startsWith("Review:");
        assertThat(closed.checklist()).allMatch(ChecklistItem::checked);
    }

    @Test
    void theSamplesLoadAsAJournal(@TempDir Path journal) throws Exception {
        Path plans = Files.createDirectories(journal.resolve("plans"));
        for (String name : new String[] {"seed-btc-long", "eth-short", "closed-reviewed"}) {
            Files.copy(SAMPLES.resolve(name + ".json"), plans.resolve(name + ".json"));
        }

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.problems()).isEmpty();
        assertThat(load.plans()).extracting(p -> p.plan().id())
                .containsExactly("closed-reviewed", "eth-short", "seed-btc-long");
        assertThat(load.plans()).noneMatch(LoadedPlan::readOnly);
    }

    private static TradePlan load(String name) throws Exception {
        LoadedPlan loaded = JournalStore.readPlanFile(SAMPLES.resolve(name + ".json"));
        assertThat(loaded.readOnly()).isFalse();
        assertThat(loaded.plan().id()).isEqualTo(name);
        return loaded.plan();
    }
}
