package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Execution;
import app.microplan.domain.InstrumentKey;
import app.microplan.domain.QuantityUnit;
import app.microplan.domain.SymbolFunding;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every supported exchange file, as a small sample written from the exchange's header with made-up trades: the
 * layout is recognised from the header (and the preamble line), and the rows read into the same executions —
 * a long BTC trade entered in two fills and closed in one — whatever the columns, time zones, signs and units.
 */
class ExchangeFilesTest {
    /**
     * Bought 0.04 BTC at 70,000 (fee 0.14) and 0.03 at 70,010 (fee 0.11) on 2 March 2026 at 10:00 and 10:02 UTC,
     * sold 0.07 at 72,095 (fee 0.25) at 18:00 UTC — as each crypto exchange's file writes it.
     */
    private static final List<String> CRYPTO_TRADE = List.of(
            "2026-03-02T10:00:00Z BUY BTC 70000 × 0.04 BTC fee 0.14",
            "2026-03-02T10:02:00Z BUY BTC 70010 × 0.03 BTC fee 0.11",
            "2026-03-02T18:00:00Z SELL BTC 72095 × 0.07 BTC fee 0.25");

    static Path sample(String name) {
        try {
            return Path.of(ExchangeFilesTest.class.getResource("exchanges/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CsvImport read(String name) throws StoreException {
        Path file = sample(name);
        ExecutionCsv.Opened opened = ExecutionCsv.open(file, List.of());
        assertThat(opened.isKnown()).as(name + " is recognised").isTrue();
        return ExecutionCsv.read(file, opened.layout(), opened.headerIndex());
    }

    /** One execution as a line that compares across exchanges: coins for the quantity, fee in the quote. */
    private static String line(Execution e) {
        return e.time() + " " + e.side() + " " + InstrumentKey.ofSymbol(e.symbol()).base() + " "
                + plain(e.price()) + " × " + plain(e.coins()) + " BTC fee " + plain(e.fee());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "binance-usdm-trades(UTC-6).csv, binance-usdm-trades, 'UTC-06:00, from the file name'",
            "binance-usdm-trades-utc.csv, binance-usdm-trades-utc, UTC",
            "binance-usdm-trades-utc-fee-coin.csv, binance-usdm-trades-utc, UTC",
            "bybit-trades.csv, bybit-trades, 'UTC+10:00, from the header'",
            "bybit-transaction-log.csv, bybit-transaction-log, UTC",
            "okx-trading-history.csv, okx-trading-history, 'UTC+08:00, from the line above the header'"})
    @DisplayName("crypto exchange files: recognised, times in their zone, every one the same three executions")
    void cryptoFilesReadIntoTheSameExecutions(String file, String layout, String zone) throws Exception {
        CsvImport read = read(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.layout().id()).isEqualTo(layout);
        assertThat(read.zone()).isEqualTo(zone);
        assertThat(read.toImport()).extracting(ExchangeFilesTest::line).containsExactlyInAnyOrderElementsOf(CRYPTO_TRADE);
    }

    @Test
    @DisplayName("Binance: the fee cell '0.25000000 USDT' is a number with its currency, the trade id is kept")
    void binanceFeeWithUnit() throws Exception {
        List<Execution> executions = read("binance-usdm-trades(UTC-6).csv").toImport();

        assertThat(executions).extracting(Execution::tradeId).containsExactly("5000003", "5000002", "5000001");
        assertThat(executions.get(0).fee()).isEqualByComparingTo("0.25");
        // 12:00 in UTC−6 is 18:00 UTC
        assertThat(executions.get(0).time()).isEqualTo(Instant.parse("2026-03-02T18:00:00Z"));
    }

    @Test
    @DisplayName("funding rows: Binance's FUNDING_FEE −0.35 (received positive), Bybit's 0.35 (paid positive)"
            + " and OKX's −0.35 balance change are all 0.35 paid at 16:00 UTC; other rows are counted as skipped")
    void fundingRows() throws Exception {
        for (String file : List.of("binance-usdm-transactions.csv", "bybit-transaction-log.csv",
                "okx-trading-history.csv")) {
            CsvImport read = read(file);
            List<SymbolFunding> funding = read.fundingToImport();
            assertThat(funding).as(file).hasSize(1);
            assertThat(funding.get(0).payment().amount()).as(file).isEqualByComparingTo("0.35");
            assertThat(funding.get(0).payment().time()).as(file).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
            assertThat(InstrumentKey.ofSymbol(funding.get(0).symbol()).base()).isEqualTo("BTC");
        }
        assertThat(read("binance-usdm-transactions.csv").skipped())
                .isEqualTo(Map.of("transfer", 1, "realized_pnl", 1, "commission", 1));
        assertThat(read("bybit-transaction-log.csv").skipped()).isEqualTo(Map.of("transfer_in", 1));
    }

    @Test
    @DisplayName("Deribit's inverse log: amounts in USD of face value, fees and funding in BTC turned into dollars")
    void deribitInverse() throws Exception {
        CsvImport read = read("deribit-transaction-log.csv");

        assertThat(read.problems()).isEmpty();
        List<Execution> executions = read.toImport();
        assertThat(executions).extracting(Execution::unit).containsOnly(QuantityUnit.USD);
        assertThat(executions).extracting(e -> plain(e.quantity())).containsExactly("4900", "2100", "2800");
        // fees 0.0000034 BTC × 72,100 = 0.24514; 0.0000015 × 70,000 = 0.105; 0.000002 × 70,000 = 0.14
        assertThat(executions).extracting(e -> plain(e.fee())).containsExactly("0.24514", "0.105", "0.14");
        // funding −0.000005 BTC received = 0.000005 paid, × index 71,000 = 0.355
        assertThat(read.fundingToImport()).extracting(f -> plain(f.payment().amount())).containsExactly("0.355");
        assertThat(read.skipped()).isEqualTo(Map.of("deposit", 1));
    }

    /** CME Micro Bitcoin through a broker: 4 and 3 contracts bought, 7 sold, 0.1 BTC each. */
    private static final List<String> CME_TRADE = List.of(
            "2026-03-02T10:00:00Z BUY MBT 70000 × 0.4 BTC fee 0.92",
            "2026-03-02T10:02:00Z BUY MBT 70010 × 0.3 BTC fee 0.69",
            "2026-03-02T18:00:00Z SELL MBT 72100 × 0.7 BTC fee 1.61");

    @Test
    @DisplayName("Interactive Brokers Flex: yyyyMMdd;HHmmss in New York time, signed quantity and commission,"
            + " multiplier 0.1, the stock row skipped")
    void interactiveBrokers() throws Exception {
        CsvImport read = read("ib-flex-trades.csv");

        assertThat(read.problems()).isEmpty();
        assertThat(read.toImport()).extracting(ExchangeFilesTest::line).containsExactlyElementsOf(CME_TRADE);
        assertThat(read.skipped()).isEqualTo(Map.of("stk", 1));
    }

    @Test
    @DisplayName("NinjaTrader 8: local times with AM/PM, '$0.92' commissions, MBT 03-26 worth 0.1 BTC a contract")
    void ninjaTrader() throws Exception {
        CsvImport read = read("ninjatrader8-executions.csv");

        assertThat(read.problems()).isEmpty();
        ZoneId local = ZoneId.systemDefault();
        assertThat(read.toImport()).extracting(Execution::time).containsExactly(
                LocalDateTime.parse("2026-03-02T10:00").atZone(local).toInstant(),
                LocalDateTime.parse("2026-03-02T10:02").atZone(local).toInstant(),
                LocalDateTime.parse("2026-03-02T18:00").atZone(local).toInstant());
        assertThat(read.toImport()).extracting(e -> plain(e.coins()) + " fee " + plain(e.fee()))
                .containsExactly("0.4 fee 0.92", "0.3 fee 0.69", "0.7 fee 1.61");
        assertThat(InstrumentKey.ofSymbol(read.toImport().get(0).symbol()).futuresRoot()).isEqualTo("MBT");
    }

    @Test
    @DisplayName("every layout in import-layouts.json has a sample it recognises, and no sample is read as another")
    void everyLayoutHasASample() throws Exception {
        List<String> samples = List.of("binance-usdm-trades(UTC-6).csv", "binance-usdm-trades-utc.csv",
                "binance-usdm-transactions.csv", "bybit-trades.csv", "bybit-transaction-log.csv",
                "okx-trading-history.csv", "deribit-transaction-log.csv", "ib-flex-trades.csv",
                "ninjatrader8-executions.csv");
        List<String> detected = new java.util.ArrayList<>();
        for (String name : samples) {
            detected.add(ExecutionCsv.open(sample(name), List.of()).layout().id());
        }

        assertThat(detected).containsExactlyInAnyOrderElementsOf(ImportLayouts.all().stream().map(ImportLayout::id)
                .toList());
    }

    @Test
    @DisplayName("OKX's header without its 'Time Zone' line is not taken for OKX's file")
    void okxNeedsItsPreamble(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path file = folder.resolve("okx.csv");
        java.nio.file.Files.write(file, java.nio.file.Files.readAllLines(sample("okx-trading-history.csv")).subList(1, 5));

        assertThat(ExecutionCsv.open(file, List.of()).isKnown()).isFalse();
    }

    @Test
    @DisplayName("a file with bad rows names every problem of every row, with its column, and offers nothing")
    void badRowsNameEveryProblem() throws Exception {
        CsvImport read = read("binance-usdm-trades-bad-rows.csv");

        assertThat(read.problems()).extracting(RowProblem::message).containsExactly(
                "row 3, Side: 'HOLD' is not a side this file uses (buy, sell)",
                "row 3, Price: '7O010' is not a number",
                "row 3, Quantity: '-' is not a number",
                "row 4, Date(UTC): '02/03/2026 18:00' does not match yyyy-MM-dd HH:mm:ss or yy-MM-dd HH:mm:ss",
                "row 4, Fee: 'abc' is not a number");
        assertThat(read.executions()).isEmpty();
        assertThat(read.funding()).isEmpty();
    }
}
