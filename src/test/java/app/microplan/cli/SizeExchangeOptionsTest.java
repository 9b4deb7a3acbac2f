package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `size` with the exchange's terms: conventions, tiers, buffer, funding interval, CME, and the new JSON fields. */
class SizeExchangeOptionsTest {

    private static JsonNode rule(JsonNode json, String id) {
        for (JsonNode rule : json.get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        return null;
    }

    @Test
    @DisplayName("JSON: convention, one liquidation price per leg, maintenance margin, tier leverage, fees")
    void theJsonCarriesTheExchangesFigures() {
        JsonNode json = CommandRun.of("size", "--json", "--equity", "50000", "--preset", "BINANCE-BTCUSDT",
                "--entry", "70000:0.1", "--entry", "69000:0.1", "--stop", "66000", "--target", "75000",
                "--leverage", "10").json();

        assertThat(json.get("liquidationConvention").asText()).isEqualTo("binance");
        assertThat(json.get("liquidationLabel").asText()).isEqualTo("≈ 62,801.3 (Binance formula)"); // 62,550 / 0.996
        assertThat(json.get("liquidationPrices")).hasSize(2);
        assertThat(json.get("liquidationPrices").get(0).get("leg").asInt()).isEqualTo(1);
        assertThat(json.get("liquidationPrices").get(0).get("price").decimalValue()).isEqualByComparingTo("63253.1");
        assertThat(json.get("liquidationPrices").get(1).get("averageEntry").decimalValue()).isEqualByComparingTo("69500");
        // 13,900 notional × 0.4 % = 55.60; the first bracket allows 125×.
        assertThat(json.get("maintenanceMargin").decimalValue()).isEqualByComparingTo("55.60");
        assertThat(json.get("maxLeverageAllowed").decimalValue()).isEqualByComparingTo("125");
        // limit legs pay maker 0.02 % of 13,900 = 2.78; the stop pays taker 0.05 % of 13,200 = 6.60
        assertThat(json.get("fees").get("entry").decimalValue()).isEqualByComparingTo("2.78");
        assertThat(json.get("fees").get("exitAtStop").decimalValue()).isEqualByComparingTo("6.60");
        assertThat(json.get("fees").get("total").decimalValue()).isEqualByComparingTo("9.38");
        assertThat(json.fieldNames()).toIterable().contains("contracts", "liquidationPrice", "riskAmount", "rules");
    }

    @Test
    @DisplayName("Without fee options the preset's rates apply; --fee-pct-in 0 --fee-pct-out 0 turns them off")
    void presetFeesUnlessTurnedOff() {
        String[] trade = {"size", "--json", "--equity", "5000", "--preset", "BTC-MICRO-0.01", "--entry", "70000",
                "--stop", "69300", "--target", "72100", "--leverage", "10"};
        JsonNode charged = CommandRun.of(trade).json();
        JsonNode free = CommandRun.of(concat(trade, "--fee-pct-in", "0", "--fee-pct-out", "0")).json();
        JsonNode market = CommandRun.of(concat(trade, "--entry-order", "market", "--contracts", "7")).json();

        assertThat(charged.get("contracts").decimalValue()).isEqualByComparingTo("6");
        assertThat(charged.get("riskAmount").decimalValue()).isEqualByComparingTo("44.92");
        assertThat(free.get("contracts").decimalValue()).isEqualByComparingTo("7");
        assertThat(free.get("riskAmount").decimalValue()).isEqualByComparingTo("49.00");
        // market entry pays taker both sides: 7 × (7.00 + 0.35 + 0.3465) = 53.88 — above the cap
        assertThat(market.get("riskAmount").decimalValue()).isEqualByComparingTo("53.88");
        assertThat(rule(market, "risk-cap").get("passed").asBoolean()).isFalse();
    }

    @Test
    void conventionAndTiersOfACustomContract() {
        JsonNode json = CommandRun.of("size", "--json", "--equity", "100000", "--contract-size", "1", "--tick-size",
                "0.1", "--qty-step", "0.001", "--entry", "20000", "--stop", "19000", "--leverage", "50",
                "--contracts", "1", "--convention", "bybit", "--tiers", "100000:0.005:0:100,inf:0.01:500",
                "--fee-pct-in", "0", "--fee-pct-out", "0").json();

        assertThat(json.get("liquidationConvention").asText()).isEqualTo("bybit");
        assertThat(json.get("liquidationPrice").decimalValue()).isEqualByComparingTo("19700");
    }

    @Test
    @DisplayName("Scale-in 70,000:5 / 68,000:5, stop 67,500 at 30×: exit 1, entry 1 is named")
    void scaleInPathIsChecked() {
        CommandRun run = CommandRun.of("size", "--json", "--equity", "50000", "--preset", "BTC-MICRO-0.01",
                "--entry", "70000:5", "--entry", "68000:5", "--stop", "67500", "--target", "75000", "--leverage", "30");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(rule(run.json(), "stop-before-liquidation").get("message").asText())
                .startsWith("After entry 1 fills (5 contracts, average 70,000), liquidation ≈ 68,016.7 (Bybit formula)");
    }

    @Test
    void theBufferIsAnOption() {
        String[] trade = {"size", "--json", "--equity", "5000", "--preset", "BTC-MICRO-0.01", "--entry", "70000",
                "--stop", "67500", "--target", "75000", "--leverage", "20", "--contracts", "1"};

        assertThat(rule(CommandRun.of(trade).json(), "stop-before-liquidation").get("passed").asBoolean()).isFalse();
        assertThat(rule(CommandRun.of(concat(trade, "--liq-buffer", "1.2")).json(), "stop-before-liquidation")
                .get("passed").asBoolean()).isTrue();
    }

    @Test
    void aFourHourFundingIntervalDoublesTheIntervals() {
        String[] trade = {"size", "--json", "--equity", "5000", "--preset", "BTC-MICRO-0.01", "--entry", "70000",
                "--stop", "69300", "--target", "75000", "--leverage", "10", "--contracts", "6",
                "--funding-rate-pct", "0.01", "--holding-hours", "24"};

        assertThat(CommandRun.of(trade).json().get("fundingIntervals").asInt()).isEqualTo(3);
        assertThat(CommandRun.of(concat(trade, "--funding-interval-hours", "4")).json().get("fundingIntervals").asInt())
                .isEqualTo(6);
    }

    @Test
    @DisplayName("MBT 70,000 / 66,500, formerly 'liquidated before the stop': sizeable, no liquidation rule, exit 0")
    void cmeMicroBitcoin() {
        CommandRun run = CommandRun.of("size", "--json", "--equity", "100000", "--preset", "MBT", "--entry", "70000",
                "--stop", "66500", "--target", "77000", "--leverage", "2.5");
        JsonNode json = run.json();

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(json.get("contracts").decimalValue()).isEqualByComparingTo("2");
        assertThat(json.get("initialMargin").decimalValue()).isEqualByComparingTo("5600.00");
        assertThat(json.get("liquidationConvention").asText()).isEqualTo("cme");
        assertThat(json.get("liquidationPrice").isNull()).isTrue();
        assertThat(json.get("fees").get("total").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(rule(json, "stop-before-liquidation")).isNull();
        assertThat(rule(json, "funding-cost")).isNull();
    }

    @Test
    void cmeMonthCodesSelectThePreset() {
        CommandRun run = CommandRun.of("size", "--json", "--equity", "100000", "--preset", "MBTZ5", "--entry", "70000",
                "--stop", "66500", "--target", "77000");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.json().get("contracts").decimalValue()).isEqualByComparingTo("2");
    }

    @ParameterizedTest(name = "bad input {0} → exit 2, one line naming {1}")
    @CsvSource(delimiter = '|', value = {
            "--tiers|50000:0.004:0,10000:0.005:50|--tiers",
            "--tiers|50000:-0.004:0|--tiers",
            "--tiers|abc|--tiers",
            "--tiers|50000:x:0|--tiers",
            "--funding-interval-hours|0|--funding-interval-hours",
            "--funding-interval-hours|abc|--funding-interval-hours",
            "--funding-rate-pct|1e6|--funding-rate-pct",
            "--convention|kraken|--convention",
            "--liq-buffer|0.5|--liq-buffer",
            "--entry-order|iceberg|--entry-order",
            "--fee-per-contract|-1|--fee-per-contract",
            "--stop|69300.05|--stop"})
    void badExchangeInputExitsTwoNamingTheOption(String option, String value, String named) {
        CommandRun run = CommandRun.of("size", "--equity", "5000", "--entry", "70000", "--stop", "69300",
                "--preset", "BTC-MICRO-0.01", option, value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(named).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("An off-tick MBT price is refused naming the nearest ticks")
    void offTickCmePriceIsRefused() {
        CommandRun run = CommandRun.of("size", "--equity", "100000", "--preset", "MBT", "--entry", "70003",
                "--stop", "66500");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("size: --entry: 70,003 is not on the 5 tick: the nearest prices are "
                + "70,000 and 70,005");
    }

    @Test
    void tiersOutOfOrderSayWhich() {
        CommandRun run = CommandRun.of("size", "--equity", "5000", "--entry", "70000", "--stop", "69300",
                "--preset", "BTC-MICRO-0.01", "--tiers", "50000:0.004:0,10000:0.005:50");

        assertThat(run.err().strip()).isEqualTo("size: --tiers: tier 2's ceiling 10,000 is not above tier 1's 50,000: "
                + "list the tiers from the smallest position up");
    }

    private static String[] concat(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
