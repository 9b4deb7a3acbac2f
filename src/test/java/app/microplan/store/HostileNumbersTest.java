package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.EntryFill;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradePlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers no trader writes (1e1000000000 as a price, 1e-999999999 as a fee) make their file unreadable, named
 * with the field and the reason, at once; every other plan of the journal still loads.
 */
class HostileNumbersTest {
    /** Placeholders in the closed trade's file, each a number that appears nowhere else in it. */
    private static final String ENTRY_PRICE = "70001.5";
    private static final String EXIT_PRICE = "72111.5";
    private static final String EXIT_FEE = "0.123";
    private static final String ENTRY_CONTRACTS = "7.000";

    @TempDir
    Path journal;

    static Stream<Arguments> hostileValues() {
        return Stream.of(
                Arguments.of("setup.entries[0].price", "\"price\" : 70000", "\"price\" : 1e1000000000", "too large"),
                Arguments.of("setup.entries[0].price", "\"price\" : 70000", "\"price\" : 1e100000", "too large"),
                Arguments.of("setup.stop", "\"stop\" : 69300", "\"stop\" : 69300." + "0".repeat(30) + "1",
                        "too many decimals"),
                Arguments.of("execution.exits[0].price", EXIT_PRICE, "1E+1000000000", "too large"),
                Arguments.of("execution.exits[0].fee", EXIT_FEE, "1e-999999999", "too many decimals"),
                Arguments.of("execution.entries[0].contracts", ENTRY_CONTRACTS, "9".repeat(400), "too large"),
                // A whole-number field: converting 1e-999999999 to an int would itself take the time.
                Arguments.of("setup.contract.fundingIntervalHours", "\"fundingIntervalHours\" : 8",
                        "\"fundingIntervalHours\" : 1e-999999999", "too many decimals"),
                Arguments.of("schemaVersion", "\"schemaVersion\" : 1", "\"schemaVersion\" : 1e1000000000", "too large"));
    }

    @ParameterizedTest(name = "{0} = {2}")
    @MethodSource("hostileValues")
    void aFileWithAnOutOfRangeNumberIsUnreadableNamedAndTheRestLoads(String field, String original, String hostile,
                                                                      String reason) throws Exception {
        JournalStore store = JournalStore.open(journal);
        store.savePlan(TestPlans.btcLong("good-plan"));
        Path bad = writeWithReplaced(closedTrade("hostile"), original, hostile);

        long started = System.nanoTime();
        JournalLoad load = JournalStore.open(journal).loadPlans();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(load.plans()).extracting(p -> p.plan().id()).containsExactly("good-plan");
        assertThat(load.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(bad);
            assertThat(problem.message()).startsWith("hostile.json: field \"" + field + "\": ").contains(reason);
            assertThat(problem.message()).hasSizeLessThan(300);
        });
        assertThat(took).as("before the limits such a file took 10–60 s").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void settingsWithAnOutOfRangeEquityAreUnreadableAndNamed() throws Exception {
        JournalStore store = JournalStore.open(journal);
        store.saveSettings(Settings.defaults());
        Path file = store.settingsFile();
        Files.writeString(file, Files.readString(file).replace("\"equity\" : 5000", "\"equity\" : 1e1000000000"));

        assertThatThrownBy(() -> JournalStore.open(journal).loadSettings()).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("settings.json: field \"accounts[0].equity\": 1E+1000000000 is too large");
    }

    @Test
    void contractsWithAHostileTickSizeAreUnreadableAndNamed() throws Exception {
        JournalStore store = JournalStore.open(journal);
        store.saveContracts(List.of(app.microplan.domain.ContractPresets.BTC_MICRO_001));
        Path file = store.contractsFile();
        Files.writeString(file, Files.readString(file).replace("\"tickSize\" : 0.1", "\"tickSize\" : 1e-999999999"));

        assertThatThrownBy(() -> JournalStore.open(journal).loadContracts()).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("contracts.json: field \"contracts[0].tickSize\": 1E-999999999 has too many"
                        + " decimals");
    }

    @Test
    void theMapperItselfRefusesAnOutOfRangeDecimalWhateverReadsIt() {
        assertThatThrownBy(() -> Json.MAPPER.readValue("{\"equity\": 1e100000, \"name\": \"x\"}",
                app.microplan.domain.Account.class))
                .hasMessageContaining("1E+100000 is too large");
    }

    @Test
    void trailingContentAfterTheObjectMakesTheFileUnreadable() throws Exception {
        JournalStore.open(journal).savePlan(TestPlans.btcLong("good-plan"));
        Path plans = journal.resolve("plans");
        String json = new String(PlanFiles.bytes(TestPlans.btcLong("twice")), StandardCharsets.UTF_8);
        Files.writeString(plans.resolve("twice.json"), json + json);
        Files.writeString(plans.resolve("garbage.json"), json.replace("twice", "garbage") + " garbage");

        JournalLoad load = JournalStore.open(journal).loadPlans();

        assertThat(load.plans()).extracting(p -> p.plan().id()).containsExactly("good-plan");
        assertThat(load.problems()).extracting(LoadProblem::message).satisfiesExactlyInAnyOrder(
                garbage -> assertThat(garbage).startsWith("garbage.json: it is not valid JSON: Unrecognized token"
                        + " 'garbage'"),
                twice -> assertThat(twice).matches("twice\\.json: there is more after the JSON object \\(line \\d+,"
                        + " column \\d+\\): two files run together, or text added after it\\?"));
    }

    private static TradePlan closedTrade(String id) {
        TradePlan plan = TestPlans.btcLong(id).toBuilder().status(PlanStatus.CLOSED).build();
        TradeExecution execution = new TradeExecution(
                List.of(EntryFill.of("2026-03-02T09:00:00Z", ENTRY_PRICE, ENTRY_CONTRACTS, "0.25")),
                List.of(ExitFill.of("2026-03-03T09:00:00Z", EXIT_PRICE, "7", EXIT_FEE, ExitReason.TARGET)),
                java.math.BigDecimal.ZERO);
        return plan.withExecution(execution);
    }

    private Path writeWithReplaced(TradePlan plan, String original, String hostile) throws Exception {
        String json = new String(PlanFiles.bytes(plan), StandardCharsets.UTF_8);
        assertThat(json).as("the placeholder is in the file once").containsOnlyOnce(original);
        return Files.writeString(journal.resolve("plans").resolve(plan.id() + ".json"), json.replace(original, hostile));
    }
}
