package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.RiskOfRuinSimulation;
import app.microplan.domain.SaferRisk;
import app.microplan.domain.SimulationResult;
import app.microplan.domain.SimulationRules;
import app.microplan.domain.SimulationSample;
import app.microplan.domain.SimulationSettings;
import app.microplan.store.Json;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Paths held at the simulation's ceiling are named in the table and counted in the JSON; none, and nothing is said. */
class SimulationReportCappedTest {
    private static SimulationResult run(String r) {
        SimulationSample sample = SimulationSample.ofTrades("Main", new BigDecimal("10000"), new BigDecimal(r));
        return RiskOfRuinSimulation.simulate(sample, SimulationRules.withRisk(new BigDecimal("0.02")),
                new SimulationSettings(50, 40, 1, null)).withSaferRisk(new SaferRisk(null, false));
    }

    @Test
    void cappedPathsAreSaid() throws Exception {
        // +50 R at 2 % doubles the equity each trade: past a million times the start after 20 of the 40 trades.
        SimulationResult runaway = run("50");

        assertThat(SimulationReport.table(Path.of("journal"), runaway))
                .contains("50 paths grew to 1,000,000 times the start and were held there");
        assertThat(Json.MAPPER.readTree(SimulationReport.json(Path.of("journal"), runaway))
                .get("cappedPaths").asInt()).isEqualTo(50);
        assertThat(SimulationReport.table(Path.of("journal"), run("1"))).doesNotContain("held there");
    }
}
