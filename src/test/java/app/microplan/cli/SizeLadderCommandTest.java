package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** `size --ladder`, `breakevenPrice` and the return targets: the design's examples through the command line. */
class SizeLadderCommandTest {

    /** Long 70,000, stop 69,300, 10×, 0.05 % in and out: 6 contracts, $46.18 at risk. */
    private static CommandRun run(String... more) {
        String[] base = {"size", "--json", "--equity", "5000", "--entry", "70000", "--stop", "69300", "--target",
                "72100", "--preset", "BTC-MICRO-0.01", "--leverage", "10", "--fee-pct-in", "0.05", "--fee-pct-out", "0.05"};
        return CommandRun.of(base, more);
    }

    /** The ladder row whose label starts with {@code label}. */
    static JsonNode row(JsonNode json, String label) {
        for (JsonNode row : json.get("ladder")) {
            if (row.get("label").asText().startsWith(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + json.get("ladder"));
    }

    @Test
    void breakevenIsAlwaysThereAndTheLadderOnlyWhenAsked() {
        JsonNode json = run().json();

        assertThat(json.get("breakevenPrice").toString()).isEqualTo("70070.04");
        assertThat(json.has("ladder")).isFalse();
        assertThat(json.has("targetPrice")).isFalse();
    }

    @Test
    void theLaddersStopRowIsMinusTheRiskAndItsBreakevenRowZero() {
        CommandRun run = run("--ladder", "--level", "75000");
        JsonNode json = run.json();

        assertThat(run.exitCode()).isZero();
        assertThat(json.get("riskAmount").toString()).isEqualTo("46.18");
        JsonNode stop = row(json, "Stop");
        assertThat(stop.get("netPnl").toString()).isEqualTo("-46.18");
        assertThat(stop.get("r").toString()).isEqualTo("-1.00");
        assertThat(stop.get("equityAfter").toString()).isEqualTo("4953.82");
        assertThat(stop.get("price").decimalValue()).isEqualByComparingTo("69300");
        JsonNode breakeven = row(json, "Breakeven");
        assertThat(breakeven.get("price").toString()).isEqualTo("70070.04");
        assertThat(breakeven.get("netPnl").toString()).isEqualTo("0.00");
        JsonNode liquidation = row(json, "Liquidation");
        assertThat(liquidation.get("price").decimalValue()).isEqualByComparingTo("63350");
        assertThat(liquidation.get("marginRatio").toString()).isEqualTo("100.00");
        assertThat(row(json, "Your level").get("netPnl").decimalValue()).isPositive();
        assertThat(json.get("ladder")).hasSize(11);
        for (String field : new String[] {"price", "label", "netPnl", "r", "equityAfter", "marginRatio",
                "distanceToLiquidation"}) {
            assertThat(stop.has(field)).as(field).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"--target-roi-pct, 50, 73571.79, 73571.8", "--target-r, 2, 71610.14, 71610.2"})
    void theTargetForAReturn(String option, String value, String price, String orderPrice) {
        JsonNode json = run(option, value).json();

        assertThat(json.get("targetPrice").toString()).isEqualTo(price);
        assertThat(json.get("targetOrderPrice").decimalValue()).isEqualByComparingTo(orderPrice);
    }

    @Test
    void theTextOutputHasTheLadderAsATable() {
        CommandRun run = CommandRun.of("size", "--equity", "5000", "--entry", "70000", "--stop", "69300",
                "--preset", "BTC-MICRO-0.01", "--leverage", "10", "--fee-pct-in", "0.05", "--fee-pct-out", "0.05",
                "--ladder", "--target-roi-pct", "50");

        assertThat(run.out()).contains("Breakeven            70,070.04", "Target price         73,571.79",
                "Price ladder");
        assertThat(run.out().lines().filter(l -> l.contains("Stop ·"))).singleElement().asString()
                .contains("69,300", "−$46.18", "-1.00", "$4,953.82");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--level|0|--level: 0 is not a price: a ladder level must be above 0",
            "--level|1000000|--level: 1,000,000 is more than ten times away from the average entry 70,000",
            "--target-roi-pct|0|--target-roi-pct: 0 is not a return to plan for (above 0, at most 10000)",
            "--target-r|500|--target-r: 500 is not a return to plan for (above 0, at most 100)"})
    void absurdLevelsAndTargetsAreRefusedInOneLine(String option, String value, String message) {
        CommandRun run = run("--ladder", option, value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("size: " + message);
        assertThat(run.out()).isEmpty();
    }
}
