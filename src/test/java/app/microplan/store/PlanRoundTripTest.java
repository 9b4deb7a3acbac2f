package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.ContractPresets;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Every field of a plan survives save → load exactly: the same scale of every number, the same instant. */
class PlanRoundTripTest {
    private Path folder;

    @BeforeProperty
    void createFolder() throws IOException {
        folder = Files.createTempDirectory("microplan-roundtrip");
    }

    @AfterProperty
    void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(tries = 300)
    void savedPlanLoadsBackEqual(@ForAll("plans") TradePlan plan) throws Exception {
        JournalStore writer = JournalStore.open(folder);
        writer.savePlan(plan);

        JournalLoad load = JournalStore.open(folder).loadPlans();
        LoadedPlan loaded = load.plans().stream().filter(p -> p.plan().id().equals(plan.id())).findFirst().orElseThrow();

        assertThat(load.problems()).isEmpty();
        assertThat(loaded.readOnly()).isFalse();
        assertThat(loaded.plan()).isEqualTo(plan);
        writer.deletePlan(plan.id());
    }

    @Property(tries = 100)
    void theSamePlanIsWrittenToTheSameBytes(@ForAll("plans") TradePlan plan) throws Exception {
        byte[] first = PlanFiles.bytes(plan);
        Path file = Files.write(folder.resolve("plan.json"), first);
        TradePlan reloaded = JournalStore.readPlanFile(file).plan();

        assertThat(PlanFiles.bytes(reloaded)).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("{\n  \"schemaVersion\" : 1,\n  \"id\" : ");
    }

    @Provide
    Arbitrary<TradePlan> plans() {
        return PlanArbitraries.plans();
    }

    @Example
    void numbersAreWrittenAsTheTraderTypedThem() throws Exception {
        createFolder();
        TradePlan plan = TradePlan.builder().id("typed").setup(TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001)
                .entry(EntryLeg.limit("70000.00")).stop(new BigDecimal("69300")).leverage("10")
                .contracts(new BigDecimal("1E+1")).build()).build();

        String json = new String(PlanFiles.bytes(plan), StandardCharsets.UTF_8);

        assertThat(json).contains("\"price\" : 70000.00,", "\"stop\" : 69300,", "\"contracts\" : 1E+1,",
                "\"contractSize\" : 0.01,");
        assertThat(json).contains("\"createdAt\" : \"" + plan.createdAt() + "\"");
        Path file = Files.writeString(folder.resolve("typed.json"), json);
        assertThat(JournalStore.readPlanFile(file).plan().setup().contracts()).isEqualTo(new BigDecimal("1E+1"));
    }
}
