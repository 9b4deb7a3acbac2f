package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `size` with inverse presets, a custom inverse contract and an account counted in bitcoin. */
class SizeInverseCommandTest {

    /** Long 50,000, stop 49,000, 10× on Bybit's BTCUSD inverse perpetual (1 USD a contract). */
    private static CommandRun run(String... more) {
        String[] base = {"size", "--json", "--entry", "50000", "--stop", "49000", "--target", "53000",
                "--leverage", "10"};
        return CommandRun.of(base, more);
    }

    @Test
    void aBitcoinAccountIsSizedAndReportedInBitcoinWithTheDollarsBeside() {
        CommandRun run = run("--preset", "BYBIT-BTCUSD", "--equity", "0.1", "--equity-currency", "BTC", "--ladder");
        JsonNode json = run.json();

        assertThat(run.exitCode()).isZero();
        assertThat(json.get("contractKind").asText()).isEqualTo("inverse");
        assertThat(json.get("quoteCurrency").asText()).isEqualTo("BTC");
        assertThat(json.get("contracts").asInt()).isEqualTo(2361);
        assertThat(json.get("riskAmount").toString()).isEqualTo("0.00099962");
        assertThat(json.get("riskBudget").toString()).isEqualTo("0.00100000");
        assertThat(json.get("initialMargin").toString()).isEqualTo("0.00472200");
        assertThat(json.get("liquidationPrice").decimalValue()).isEqualByComparingTo("45662.5");
        assertThat(json.get("breakevenPrice").toString()).isEqualTo("50037.51");
        JsonNode inverse = json.get("inverse");
        assertThat(inverse.get("coin").asText()).isEqualTo("BTC");
        assertThat(inverse.get("contractValue").asInt()).isEqualTo(1);
        assertThat(inverse.get("riskCoin").toString()).isEqualTo("0.00099962");
        // 0.00099961848… BTC × 49,000, rounded up
        assertThat(inverse.get("riskUsd").toString()).isEqualTo("48.99");
        assertThat(inverse.get("positionValueUsd").asInt()).isEqualTo(2361);
        assertThat(inverse.get("targets").get(0).get("netPnlCoin").toString()).isEqualTo("0.00265447");
        JsonNode stop = SizeLadderCommandTest.row(json, "Stop");
        assertThat(stop.get("netPnl").toString()).isEqualTo("-0.00099962");
        assertThat(stop.get("r").toString()).isEqualTo("-1.00");
        assertThat(SizeLadderCommandTest.row(json, "Breakeven").get("netPnl").decimalValue()).isEqualByComparingTo("0");
        assertThat(run.out()).doesNotContain("$");
    }

    @Test
    void aDollarAccountOnAnInversePresetIsSizedInDollars() {
        JsonNode json = run("--preset", "BYBIT-BTCUSD", "--equity", "5000").json();

        assertThat(json.get("quoteCurrency").asText()).isEqualTo("USD");
        assertThat(json.get("contracts").asInt()).isEqualTo(2410);
        assertThat(json.get("riskAmount").toString()).isEqualTo("50.00");
        assertThat(json.get("inverse").get("riskUsd").toString()).isEqualTo("50.00");
    }

    @Test
    void aCustomInverseContractTakesItsValueConventionAndMaintenanceRate() {
        CommandRun run = run("--inverse", "--contract-value", "100", "--tick-size", "0.1", "--convention", "binance",
                "--mmr", "0.004", "--equity", "0.5", "--equity-currency", "BTC");
        JsonNode json = run.json();

        assertThat(run.exitCode()).isZero();
        assertThat(json.get("contractKind").asText()).isEqualTo("inverse");
        assertThat(json.get("liquidationConvention").asText()).isEqualTo("binance");
        assertThat(json.get("inverse").get("contractValue").asInt()).isEqualTo(100);
        // Binance form: 50,000 × 1.004 / 1.1 = 45,636.36…, on the tick towards the entry
        assertThat(json.get("liquidationPrice").decimalValue()).isEqualByComparingTo("45636.4");
    }

    @Test
    void aLinearPlanHasNoInverseFigures() {
        JsonNode json = run("--preset", "BYBIT-BTCUSDT", "--equity", "5000").json();

        assertThat(json.get("contractKind").asText()).isEqualTo("linear");
        assertThat(json.has("inverse")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--preset BYBIT-BTCUSDT --equity-currency BTC|--equity-currency: BYBIT-BTCUSDT is held in USD, not BTC",
            "--preset BYBIT-BTCUSD --equity-currency ETH|--equity-currency: BYBIT-BTCUSD is held in USD or BTC, not ETH",
            "--preset BYBIT-BTCUSD --equity-currency 12|--equity-currency: '12' is not a currency",
            "--preset BYBIT-BTCUSDT --contract-value 10|--contract-value: only for an inverse contract",
            "--preset BYBIT-BTCUSDT --inverse|--inverse: BYBIT-BTCUSDT is a linear preset",
            "--inverse --tick-size 0.5|--contract-value: an --inverse contract needs its value",
            "--inverse --contract-value 10|--tick-size: an --inverse contract needs its tick size",
            "--inverse --contract-value 0 --tick-size 0.5|--contract-value: must be above 0",
            "--inverse --contract-value 10 --tick-size 0.5 --contract-size 0.01|--contract-size: an inverse contract"})
    void badInverseInputIsRefusedWithOneLineNamingTheOption(String arguments, String message) {
        CommandRun run = run((String.join(" ", "--equity", "5000", arguments)).split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("size: " + message).doesNotContain("\n").doesNotContain("Exception");
    }
}
