package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.RiskOfRuinSimulation;
import app.microplan.domain.SimulationResult;
import app.microplan.domain.SimulationRules;
import app.microplan.domain.SimulationSample;
import app.microplan.domain.SimulationSettings;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** `microplan stats --simulate` on the sample journal: the window's figures, from a shell. */
class StatsSimulateCommandTest {
    private static final String SAMPLE = "assets/samples/journal";

    private static CommandRun simulate(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("stats", "--journal", SAMPLE, "--zone", "UTC",
                "--simulate"));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    @DisplayName("--json gives the figures of the same run in the domain: percentiles, chances, ruin, safer risk")
    void jsonIsTheDomainsRun() throws Exception {
        CommandRun run = simulate("--paths", "2000", "--trades", "120", "--seed", "9", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<JournalEntry> entries = JournalEntry.ofAll(JournalStore.open(Path.of(SAMPLE)).loadPlans().plans().stream()
                .map(LoadedPlan::plan).toList());
        // Main's equity follows the journal: the starting balance 5,000 of settings.json plus the 36 closed trades'
        // 395.1845 (docs/samples/sample_journal_figures.py), down to the cent; not the 5,000 alone.
        BigDecimal today = new BigDecimal("5395.18");
        SimulationResult expected = RiskOfRuinSimulation.run(
                SimulationSample.of(entries, "Main", ZoneOffset.UTC).withStartEquity(today),
                SimulationRules.defaults(), new SimulationSettings(2000, 120, 9, null));
        JsonNode json = run.json();
        assertThat(json.get("account").asText()).isEqualTo("Main");
        assertThat(json.get("sampleTrades").asInt()).isEqualTo(36);
        assertThat(json.get("warning").isNull()).isTrue();
        assertThat(json.get("startEquity").decimalValue()).isEqualByComparingTo(today);
        for (int p : SimulationResult.PERCENTILES) {
            assertThat(json.get("finalEquity").get("p" + p).decimalValue())
                    .isEqualByComparingTo(expected.finalEquityAt(p));
            assertThat(json.get("maxDrawdownPercent").get("p" + p).decimalValue())
                    .isEqualByComparingTo(expected.maxDrawdownAt(p).movePointRight(2));
        }
        assertThat(json.get("drawdownChances").get(1).get("beyondPercent").decimalValue()).isEqualByComparingTo("20");
        assertThat(json.get("drawdownChances").get(1).get("chancePercent").decimalValue())
                .isEqualByComparingTo(expected.chanceOfDrawdownBeyond(new BigDecimal("0.20")).movePointRight(2));
        assertThat(json.get("ruinChancePercent").decimalValue()).isEqualByComparingTo(expected.ruinChance().movePointRight(2));
        assertThat(json.get("cappedPaths").asInt()).isEqualTo(expected.cappedPaths()).isZero();
        assertThat(json.get("saferRiskPercent").decimalValue())
                .isEqualByComparingTo(expected.saferRisk().riskFraction().movePointRight(2));
        assertThat(json.get("fan")).hasSize(expected.fan().size());
        assertThat(json.get("rules").get("dailyLossLimitPercent").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    @DisplayName("the same seed prints the same figures twice")
    void reproducible() {
        assertThat(simulate("--paths", "500", "--trades", "80", "--seed", "4").out())
                .isEqualTo(simulate("--paths", "500", "--trades", "80", "--seed", "4").out());
    }

    @Test
    @DisplayName("the table; a filter down to 11 trades warns that they say little")
    void tableAndWarning() {
        CommandRun run = simulate("--paths", "500", "--trades", "80", "--tag", "breakout", "--risk-pct", "0.5");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(account Main, 11 trades)", "Warning", "Only 11 trades back this simulation",
                "0.50 % a trade", "P(drawdown > 20 %)", "P(ruin)", "Safer risk");
    }

    @Test
    @DisplayName("bad input: one line naming the option, exit 2")
    void badInput() {
        assertThat(simulate("--paths", "0").err()).isEqualTo("stats: --paths: the number of paths must be from 1 to"
                + " 1000000, was 0" + System.lineSeparator());
        assertThat(simulate("--risk-pct", "5").err()).startsWith("stats: --risk-pct: ");
        assertThat(simulate("--account", "Nope").err()).startsWith("stats: --account: 'Nope' has no closed trade");
        assertThat(simulate("--tag", "no-such-tag").err()).startsWith("stats: --simulate: no closed trade");
        CommandRun stray = CommandRun.of("stats", "--journal", SAMPLE, "--paths", "10");
        assertThat(stray.exitCode()).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(stray.err().lines()).hasSize(1);
        assertThat(simulate("--paths", "0").exitCode()).isEqualTo(MicroplanCommand.BAD_INPUT);
    }
}
