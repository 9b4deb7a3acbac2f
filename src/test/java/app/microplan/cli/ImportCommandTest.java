package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.Target;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.store.JournalStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `microplan import FILE --journal DIR`: the report, the exit codes, --dry-run, --json, --account. */
class ImportCommandTest {
    @TempDir
    Path journal;
    @TempDir
    Path downloads;

    @BeforeEach
    void readyBtcPlan() throws Exception {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").target(Target.of("72100", "1")).leverage("10").build();
        Instant written = Instant.parse("2026-03-01T08:00:00Z");
        JournalStore.open(journal).savePlan(TradePlan.builder().id("btc").createdAt(written).updatedAt(written)
                .status(PlanStatus.READY).setup(setup).account(AccountSnapshot.of("Main", "5000", "0")).build());
    }

    private static String sample(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/app/microplan/store/exchanges/" + name).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CommandRun importing(String file, String... more) {
        String[] args = Stream.concat(Stream.of("import", file, "--journal", journal.toString()), Stream.of(more))
                .toArray(String[]::new);
        return CommandRun.of(args);
    }

    private long planFiles() throws IOException {
        try (Stream<Path> files = Files.list(journal.resolve("plans"))) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    @DisplayName("the report: layout and zone, rows, executions, round trips, the matched plan; exit 0, written")
    void importsAndReports() throws Exception {
        CommandRun run = importing(sample("bybit-transaction-log.csv"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Layout          Bybit derivatives transaction log (trades and funding)  (times: UTC)")
                .contains("Rows read       5  (skipped: 1 transfer_in)")
                .contains("Executions      3  (0 duplicates skipped)")
                .contains("Funding         1 payment  (0 duplicates skipped)")
                .contains("Round trips     1", "Matched plans   1")
                .contains("long BTC-MICRO-0.01 plan of 2026-03-01 (ready): 2 entries, 1 exit, 1 funding payment;"
                        + " becomes closed")
                .contains("Unplanned       0 trades", "Problems        none")
                .contains("Imported: 3 executions, 1 round trip: 1 plan, 0 unplanned trades, 0 duplicates skipped.");
        assertThat(JournalStore.open(journal).loadPlan(journal.resolve("plans/btc.json")).plan().status())
                .isEqualTo(PlanStatus.CLOSED);
        assertThat(journal.resolve("imports")).isDirectory();
    }

    @Test
    @DisplayName("a second import of the same file: every row a duplicate, nothing to import, exit 1")
    void nothingToImport() {
        assertThat(importing(sample("bybit-transaction-log.csv")).exitCode()).isZero();

        CommandRun again = importing(sample("bybit-transaction-log.csv"));

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).contains("Executions      3  (3 duplicates skipped)")
                .contains("Nothing to import: 3 executions, 0 round trips: 0 plans, 0 unplanned trades,"
                        + " 4 duplicates skipped.");
    }

    @Test
    @DisplayName("--dry-run says what would happen and writes nothing")
    void dryRun() throws Exception {
        CommandRun run = importing(sample("okx-trading-history.csv"), "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Would import (dry run, nothing written)");
        assertThat(JournalStore.open(journal).loadPlan(journal.resolve("plans/btc.json")).plan().status())
                .isEqualTo(PlanStatus.READY);
        assertThat(journal.resolve("imports")).doesNotExist();
    }

    @Test
    @DisplayName("bad rows: every problem of every row with its row and column, nothing imported, exit 2")
    void badRows() throws Exception {
        CommandRun run = importing(sample("binance-usdm-trades-bad-rows.csv"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("Problems        5",
                "row 3, Side: 'HOLD' is not a side this file uses (buy, sell)",
                "row 3, Price: '7O010' is not a number", "row 3, Quantity: '-' is not a number",
                "row 4, Date(UTC): '02/03/2026 18:00' does not match", "row 4, Fee: 'abc' is not a number",
                "Nothing imported");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("binance-usdm-trades-bad-rows.csv: 5 problems: nothing imported");
        assertThat(planFiles()).isEqualTo(1);
        assertThat(journal.resolve("imports")).doesNotExist();
    }

    @Test
    @DisplayName("--json: one object with the counts, the matched plans, the unplanned trades and every problem")
    void json() throws Exception {
        Path eth = downloads.resolve("eth.csv");
        Files.writeString(eth, """
                Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit
                2026-03-02 10:00:00,ETHUSDT,BUY,3400,0.2,680,0.34,0
                2026-03-02 14:00:00,ETHUSDT,SELL,3450,0.2,690,0.35,10
                """);

        CommandRun run = importing(eth.toString(), "--json", "--dry-run");
        JsonNode json = run.json();

        assertThat(run.exitCode()).isZero();
        assertThat(json.get("layoutId").asText()).isEqualTo("binance-usdm-trades-utc");
        assertThat(json.get("executions").asInt()).isEqualTo(2);
        assertThat(json.get("roundTrips").asInt()).isEqualTo(1);
        assertThat(json.get("matchedPlans")).isEmpty();
        assertThat(json.get("unplannedTrades")).hasSize(1);
        assertThat(json.get("unplannedTrades").get(0).get("status").asText()).isEqualTo("CLOSED");
        assertThat(json.get("problems")).isEmpty();
        assertThat(json.get("dryRun").asBoolean()).isTrue();
        assertThat(json.get("imported").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("bad input: one line naming the file or the option, exit 2")
    void badInput() throws Exception {
        Path unknown = downloads.resolve("unknown.csv");
        Files.writeString(unknown, "a,b,c\n1,2,3\n");

        CommandRun missing = importing(downloads.resolve("nope.csv").toString());
        CommandRun notKnown = importing(unknown.toString());
        CommandRun account = importing(sample("bybit-trades.csv"), "--account", "Bybit");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv: no such file");
        assertThat(notKnown.exitCode()).isEqualTo(2);
        assertThat(notKnown.err().strip().lines()).hasSize(1);
        assertThat(notKnown.err()).contains("is no exchange file Microplan knows");
        assertThat(account.exitCode()).isEqualTo(2);
        assertThat(account.err()).contains("--account: the journal has no account 'Bybit' (it has Main)");
    }
}
