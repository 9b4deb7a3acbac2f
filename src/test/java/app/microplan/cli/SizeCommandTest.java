package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked examples of docs/numbers.md through `size --json` — with `--fee-pct-in 0 --fee-pct-out 0`, as the design
 * has them without fees — and the command's exit codes.
 */
class SizeCommandTest {

    private static CommandRun seed(String... more) {
        String[] base = {"size", "--json", "--equity", "5000", "--risk-pct", "1", "--side", "long", "--entry", "70000",
                "--stop", "69300", "--target", "72100", "--fee-pct-in", "0", "--fee-pct-out", "0"};
        return CommandRun.of(base, more);
    }

    private static JsonNode rule(JsonNode json, String id) {
        for (JsonNode rule : json.get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id + " in " + json);
    }

    @Test
    @DisplayName("Example 1: 7 contracts, $49.00 at risk (0.98 %), $490.00 margin, 9.80 %; exit 0")
    void example1() {
        CommandRun run = seed("--preset", "BTC-MICRO-0.01", "--leverage", "10");
        JsonNode json = run.json();

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(json.get("contracts").decimalValue()).isEqualByComparingTo("7");
        assertThat(json.get("maxContractsByRisk").decimalValue()).isEqualByComparingTo("7");
        assertThat(json.get("maxContractsByMargin").decimalValue()).isEqualByComparingTo("7");
        assertThat(json.get("riskPerContract").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(json.get("riskBudget").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(json.get("riskAmount").toString()).isEqualTo("49.00");
        assertThat(json.get("riskPercent").toString()).isEqualTo("0.98");
        assertThat(json.get("initialMargin").toString()).isEqualTo("490.00");
        assertThat(json.get("marginUtilizationPercent").toString()).isEqualTo("9.80");
        assertThat(json.get("notional").toString()).isEqualTo("4900.00");
        assertThat(json.get("rewardRiskRatio").toString()).isEqualTo("3.00");
    }

    @Test
    @DisplayName("Example 1: 10 contracts risk $70.00 (1.40 %) and are refused with exit 1")
    void example1TenContractsRefused() {
        CommandRun run = seed("--contract-size", "0.01", "--tick-size", "0.1", "--contracts", "10", "--leverage", "10");
        JsonNode json = run.json();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(json.get("riskAmount").toString()).isEqualTo("70.00");
        assertThat(json.get("riskPercent").toString()).isEqualTo("1.40");
        assertThat(rule(json, "risk-cap").get("passed").asBoolean()).isFalse();
        assertThat(rule(json, "risk-cap").get("message").asText())
                .isEqualTo("Risk $70.00 is 1.40 % of equity, above the 1.00 % cap");
    }

    @ParameterizedTest(name = "Example 2/3: {0} at 1x → notional {1}; at 10x margin {2}")
    @CsvSource({"BTC-MICRO-0.01, 700.00, 70.00", "BTC-MICRO-0.001, 70.00, 7.00", "BTC-STD-1, 70000.00, 7000.00"})
    void examples2And3NotionalAndMarginOfOneContract(String preset, String notional, String margin) {
        JsonNode json = CommandRun.of("size", "--json", "--equity", "1000000", "--entry", "70000", "--stop", "69300",
                "--preset", preset, "--contracts", "1", "--leverage", "10").json();

        assertThat(json.get("notional").toString()).isEqualTo(notional);
        assertThat(json.get("initialMargin").toString()).isEqualTo(margin);
    }

    @Test
    @DisplayName("Example 4: the 1 BTC contract risks $700 > $50: 0 contracts, the reason says so, exit 1")
    void example4() {
        CommandRun run = seed("--preset", "BTC-STD-1", "--leverage", "10");
        JsonNode json = run.json();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(json.get("contracts").decimalValue()).isEqualByComparingTo("0");
        assertThat(json.get("riskPerContract").decimalValue()).isEqualByComparingTo("700");
        assertThat(rule(json, "position-size").get("message").asText()).contains("$700.00", "smaller contract");
    }

    @Test
    @DisplayName("Example 5: 100x with MMR 0.5 % liquidates at 69,650, before the 69,300 stop: exit 1")
    void example5() {
        CommandRun run = seed("--preset", "BTC-MICRO-0.01", "--leverage", "100", "--mmr", "0.005");
        JsonNode json = run.json();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(json.get("liquidationPrice").decimalValue()).isEqualByComparingTo("69650");
        assertThat(rule(json, "stop-before-liquidation").get("passed").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("Example 6: 5 at 70,000 and 5 at 69,000 average 69,500 over 10 contracts")
    void example6() {
        JsonNode json = CommandRun.of("size", "--json", "--equity", "50000", "--preset", "BTC-MICRO-0.01",
                "--entry", "70000:5", "--entry", "69000:5", "--stop", "68000", "--target", "72000",
                "--leverage", "10").json();

        assertThat(json.get("contracts").decimalValue()).isEqualByComparingTo("10");
        assertThat(json.get("averageEntry").decimalValue()).isEqualByComparingTo("69500");
    }

    @Test
    @DisplayName("Example 7: other plans $450 + this plan $70 of $5,000 = 10.40 %: refused, exit 1")
    void example7() {
        CommandRun run = seed("--preset", "BTC-MICRO-0.01", "--contracts", "1", "--other-margin", "450", "--leverage", "10");
        JsonNode json = run.json();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(json.get("marginUtilizationPercent").toString()).isEqualTo("10.40");
        assertThat(rule(json, "margin-cap").get("passed").asBoolean()).isFalse();
    }

    @Test
    void everyDocumentedFieldIsPresent() {
        JsonNode json = seed("--preset", "BTC-MICRO-0.01", "--leverage", "10").json();

        assertThat(json.fieldNames()).toIterable().contains("contracts", "maxContractsByRisk", "maxContractsByMargin",
                "maxContracts", "averageEntry", "riskPerContract", "riskBudget", "riskAmount", "riskPercent", "notional",
                "initialMargin", "marginUtilizationPercent", "liquidationPrice", "tickValue", "fundingCost",
                "rewardRiskRatio", "rules");
        assertThat(json.get("rules").get(0).fieldNames()).toIterable()
                .containsExactly("id", "severity", "passed", "message");
    }

    @Test
    void numbersArePlainDecimalsNeverExponents() {
        String out = CommandRun.of("size", "--json", "--equity", "100000000", "--entry", "70000", "--stop", "69300",
                "--preset", "BTC-MICRO-0.001", "--leverage", "10").out();

        assertThat(out).doesNotContainPattern("\\d[eE][+-]?\\d");
    }

    @Test
    @DisplayName("README's headline: fees on by default make example 1 six contracts, $44.92 (0.90 %), fees shown")
    void withoutJsonItPrintsAReadableTable() {
        CommandRun run = CommandRun.of("size", "--equity", "5000", "--entry", "70000", "--stop", "69300",
                "--preset", "BTC-MICRO-0.01", "--leverage", "10", "--target", "72100");

        // 7.00 + 0.02 % maker on 700 (0.14) + 0.05 % taker on 693 (0.3465) = 7.4865 a contract → 6 contracts
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("Risk at the stop     $44.92  (0.90 %)", "[PASS] risk-cap",
                "rounded down to 6", "Fees                 $2.92  (entry $0.84, exit at the stop $2.08)",
                "Liquidation (est.)   ≈ 63,350 (Bybit formula)");
    }

    @ParameterizedTest(name = "bad input {0} → exit 2, one line naming {1}")
    @CsvSource(delimiter = '|', value = {
            "--risk-pct 3|--risk-pct",
            "--equity abc|--equity",
            "--stop -5|--stop",
            "--stop 71000|--stop",
            "--side sideways|--side",
            "--preset NOPE|--preset",
            "--margin-cap-pct 12|--margin-cap-pct",
            "--entry 70000:x|--entry"})
    void badInputExitsTwoWithOneLineNamingTheOption(String override, String option) {
        String[] parts = override.split(" ");
        CommandRun run = CommandRun.of("size", "--equity", "5000", "--entry", "70000", "--stop", "69300",
                "--preset", "BTC-MICRO-0.01", parts[0], parts[1]);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(option).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }
}
