package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.Execution;
import app.microplan.domain.QuantityUnit;
import app.microplan.domain.TradeSide;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionCsvTest {
    /** An exchange's own column names, times without an offset in Berlin time, quantity in coins. */
    private static final ExecutionCsvMapping EXCHANGE = new ExecutionCsvMapping("Exchange", "Filled at", "Contract",
            "Direction", "Avg. Price", "Qty", "Fee paid", "yyyy-MM-dd HH:mm:ss", "Europe/Berlin", ",", false,
            QuantityUnit.COINS);

    @TempDir
    Path folder;

    private Path csv(String text) throws Exception {
        Path file = folder.resolve("trades.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    @DisplayName("reads every row through the mapping: quoted fields with commas, thousands separators, a BOM")
    void readsRows() throws Exception {
        Path file = csv("\uFEFFFilled at,Contract,Direction,Avg. Price,Qty,Fee paid,Note\n"
                + "2026-03-02 11:00:00,BTCUSDT,Buy,\"70,010.5\",0.04,0.35,\"entry, first half\"\n"
                + "2026-03-02 11:05:00,BTCUSDT,BUY,70000,0.03,,\"said \"\"go\"\"\"\n"
                + "\n"
                + "2026-03-02 15:00:00,BTCUSDT,sell,72100,0.07,-0.10,\"two\nlines\"\n");

        CsvImport result = ExecutionCsv.read(file, EXCHANGE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.executions()).extracting(ImportedExecution::row).containsExactly(2, 3, 5);
        List<Execution> executions = result.toImport();
        // 11:00 in Berlin (UTC+1 in March before the switch) is 10:00 UTC
        assertThat(executions.get(0).time()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(executions.get(0).price()).isEqualByComparingTo("70010.5");
        assertThat(executions.get(0).quantity()).isEqualByComparingTo("0.04");
        assertThat(executions.get(1).fee()).isZero();
        assertThat(executions.get(2).side()).isEqualTo(TradeSide.SELL);
        assertThat(executions.get(2).fee()).isEqualByComparingTo("-0.10");
        assertThat(result.symbols()).containsExactly("BTCUSDT");
        assertThat(result.toImport("btcusdt")).hasSize(3);
        assertThat(result.toImport("ETHUSDT")).isEmpty();
    }

    @Test
    @DisplayName("numbers beyond the limits (the issue's fee of 1e-999999999) are row problems: nothing is imported")
    void hostileNumbersAreRowProblems() throws Exception {
        Path file = csv("Filled at,Contract,Direction,Avg. Price,Qty,Fee paid\n"
                + "2026-03-02 11:00:00,BTCUSDT,Buy,70010,0.04,1e-999999999\n"
                + "2026-03-02 11:05:00,BTCUSDT,Buy,1e1000000000,0.03,0.30\n"
                + "2026-03-02 15:00:00,BTCUSDT,Sell,72100,0.07," + "9".repeat(5000) + "\n");

        long started = System.nanoTime();
        CsvImport result = ExecutionCsv.read(file, EXCHANGE);

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
        assertThat(result.executions()).isEmpty();
        assertThat(result.problems()).extracting(RowProblem::message).containsExactly(
                "row 2, Fee paid: 1E-999999999 has too many decimals: at most 12 digits after the point",
                "row 3, Avg. Price: 1E+1000000000 is too large: numbers must stay below 10^15 (15 digits before the point)",
                "row 4, Fee paid: '" + "9".repeat(40) + "…' is too long to be a number");
    }

    @Test
    @DisplayName("a file with bad rows lists each row and its reason and imports nothing")
    void badRowsImportNothing() throws Exception {
        Path file = csv("Filled at,Contract,Direction,Avg. Price,Qty,Fee paid\n"
                + "2026-03-02 11:00:00,BTCUSDT,Buy,70010,0.04,0.35\n"
                + "2026-03-02 11:05:00,BTCUSDT,hold,70000,0.03,0.30\n"
                + "2026-03-02 15:00:00,BTCUSDT,Sell,72.100.5,0.07,0.40\n"
                + "02/03/2026 16:00,BTCUSDT,Sell,72100,0.07,0.40\n"
                + "2026-03-02 17:00:00,BTCUSDT,Sell,72100,0,0.40\n");

        CsvImport result = ExecutionCsv.read(file, EXCHANGE);

        assertThat(result.isClean()).isFalse();
        assertThat(result.executions()).isEmpty();
        assertThat(result.problems()).extracting(RowProblem::message).containsExactly(
                "row 3, Direction: 'hold' is neither buy nor sell",
                "row 4, Avg. Price: '72.100.5' is not a number",
                "row 5, Filled at: '02/03/2026 16:00' does not match yyyy-MM-dd HH:mm:ss",
                "row 6, Qty: must be above 0, was 0");
        assertThatThrownBy(result::toImport).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing is imported").hasMessageContaining("row 3");
    }

    @Test
    @DisplayName("a header without a mapped column is reported on row 1, naming the column")
    void missingColumn() throws Exception {
        Path file = csv("time,symbol,side,price,qty\n2026-03-02T10:00:00Z,BTCUSDT,buy,70000,1\n");

        CsvImport result = ExecutionCsv.read(file, ExecutionCsvMapping.standard("Mine"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.reason()).contains("'quantity'", "'fee'");
        });
    }

    @Test
    @DisplayName("semicolons and decimal commas, ISO and epoch times")
    void europeanNumbersAndOtherTimes() throws Exception {
        Path file = csv("time;symbol;side;price;quantity;fee\n"
                + "2026-03-02T10:00:00+01:00;BTC;S;70.010,5;2;0,35\n"
                + "2026-03-02 10:30:00;BTC;B;69.000;2;0,35\n");
        ExecutionCsvMapping semicolons = new ExecutionCsvMapping("EU", "time", "symbol", "side", "price", "quantity",
                "fee", "ISO", "UTC", ";", true, QuantityUnit.CONTRACTS);

        List<Execution> executions = ExecutionCsv.read(file, semicolons).toImport();

        assertThat(executions.get(0).time()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(executions.get(0).price()).isEqualByComparingTo("70010.5");
        assertThat(executions.get(1).time()).isEqualTo(Instant.parse("2026-03-02T10:30:00Z"));
        assertThat(executions.get(1).fee()).isEqualByComparingTo("0.35");

        Path epoch = csv("time,symbol,side,price,quantity,fee\n1772445600000,BTC,buy,70000,1,0\n");
        ExecutionCsvMapping millis = new ExecutionCsvMapping("Epoch", "time", "symbol", "side", "price", "quantity",
                "fee", "EPOCH_MILLIS", "UTC", ",", false, null);
        assertThat(ExecutionCsv.read(epoch, millis).toImport().get(0).time())
                .isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Test
    @DisplayName("the preview shows the header and the first rows as text")
    void preview() throws Exception {
        Path file = csv("a,b\n1,\"x,y\"\n2,z\n3,w\n");

        CsvPreview preview = ExecutionCsv.preview(file, ',', 2);

        assertThat(preview.headers()).containsExactly("a", "b");
        assertThat(preview.rows()).containsExactly(List.of("1", "x,y"), List.of("2", "z"));
    }

    @Test
    @DisplayName("an empty file, or one with only a header, imports nothing and says why")
    void emptyFiles() throws Exception {
        assertThat(ExecutionCsv.read(csv(""), ExecutionCsvMapping.standard("S")).problems())
                .extracting(RowProblem::message).containsExactly("row 1: the file is empty (a header row is needed)");
        assertThat(ExecutionCsv.read(csv("time,symbol,side,price,quantity,fee\n"), ExecutionCsvMapping.standard("S"))
                .problems()).extracting(RowProblem::row).containsExactly(2);
    }

    @Test
    @DisplayName("a missing file is a store error naming it")
    void missingFile() {
        assertThatThrownBy(() -> ExecutionCsv.read(folder.resolve("nope.csv"), ExecutionCsvMapping.standard("S")))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("Cannot read nope.csv");
    }

    @Test
    @DisplayName("a mapping refuses a bad pattern, zone or delimiter with a message for people")
    void mappingValidation() {
        assertThatThrownBy(() -> new ExecutionCsvMapping("S", "t", "s", "d", "p", "q", null, "yyyy-MM-dd HH:mm:ss",
                "Mars/Olympus", ",", false, null)).hasMessageContaining("'Mars/Olympus' is not a time zone");
        assertThatThrownBy(() -> new ExecutionCsvMapping("S", "t", "s", "d", "p", "q", null, "ISO", "UTC", ";;",
                false, null)).hasMessageContaining("one character");
        assertThatThrownBy(() -> new ExecutionCsvMapping("S", "", "s", "d", "p", "q", null, "ISO", "UTC", ",",
                false, null)).hasMessageContaining("time column");
    }
}
