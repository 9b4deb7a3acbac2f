package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.Account;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractCatalog;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.ExitReason;
import app.microplan.domain.ExitFill;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.Target;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exchange file into a real journal on disk: matched, skipped on a second import, undone byte for byte. */
class ExecutionImportTest {
    static final Instant WRITTEN = Instant.parse("2026-03-01T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");
    static final Account MAIN = new Account("Main", new BigDecimal("5000"));

    @TempDir
    Path journal;
    @TempDir
    Path downloads;

    /** Example 1: long BTC micro (0.01 BTC) at 70,000, stop 69,300, target 72,100, 10×: 7 contracts, $49.00 risk. */
    static TradePlan btcLong(String id, PlanStatus status) {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").target(Target.of("72100", "1")).leverage("10").build();
        return TradePlan.builder().id(id).createdAt(WRITTEN).updatedAt(WRITTEN).status(status).setup(setup)
                .account(AccountSnapshot.of("Main", "5000", "0")).build();
    }

    private JournalStore journalWith(TradePlan... plans) throws StoreException {
        JournalStore store = JournalStore.open(journal);
        for (TradePlan plan : plans) {
            store.savePlan(plan);
        }
        return store;
    }

    private ExecutionImport importing(JournalStore store, Path file) throws StoreException {
        ExecutionCsv.Opened opened = ExecutionCsv.open(file, List.of());
        CsvImport read = ExecutionCsv.read(file, opened.layout(), opened.headerIndex());
        List<TradePlan> plans = store.loadPlans().plans().stream().map(LoadedPlan::plan).toList();
        return ExecutionImport.of(file, read, plans, MAIN, new ContractCatalog(List.of()), NOW);
    }

    private TradePlan onDisk(JournalStore store, String id) throws StoreException {
        return store.loadPlan(store.planFile(id)).plan();
    }

    private Path file(String name, String text) throws IOException {
        Path file = downloads.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    @DisplayName("Binance trades close the ready BTC plan; its funding, exported separately, joins the closed trade")
    void tradesThenFundingFromAnotherFile() throws Exception {
        JournalStore store = journalWith(btcLong("btc", PlanStatus.READY));

        ExecutionImport trades = importing(store, ExchangeFilesTest.sample("binance-usdm-trades-utc.csv"));
        trades.writeTo(store, null, NOW);
        TradePlan closed = onDisk(store, "btc");
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.execution().enteredContracts()).isEqualByComparingTo("7");
        assertThat(closed.execution().exits()).extracting(ExitFill::reason).containsExactly(ExitReason.TARGET);
        assertThat(closed.execution().funding()).isZero();

        ExecutionImport funding = importing(store, ExchangeFilesTest.sample("binance-usdm-transactions.csv"));
        assertThat(funding.proposal().updates()).hasSize(1);
        funding.writeTo(store, null, NOW);

        TradePlan withFunding = onDisk(store, "btc");
        assertThat(withFunding.execution().funding()).isEqualByComparingTo("0.35");
        // gross 0.07 × 72,095 − 0.04 × 70,000 − 0.03 × 70,010 = 5,046.65 − 4,900.30 = 146.35; fees 0.50;
        // funding 0.35 → 145.50
        assertThat(TradeOutcome.of(withFunding).orElseThrow().realizedPnl()).isEqualByComparingTo("145.50");
        assertThat(withFunding.execution().changes()).extracting(c -> c.description())
                .anyMatch(d -> d.contains("binance-usdm-transactions.csv") && d.contains("1 funding payment"));
    }

    @Test
    @DisplayName("ETHUSDT executions never go into the BTC plan: they become an unplanned trade, the plan stays ready")
    void wrongSymbolNeverImported() throws Exception {
        JournalStore store = journalWith(btcLong("btc", PlanStatus.READY));
        Path eth = file("eth.csv", """
                Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit
                2026-03-02 10:00:00,ETHUSDT,BUY,3400,0.2,680,0.34,0
                2026-03-02 10:05:00,ETHUSDT,BUY,3401,0.1,340.1,0.17,0
                2026-03-02 14:00:00,ETHUSDT,SELL,3450,0.3,1035,0.52,14.9
                """);

        ExecutionImport result = importing(store, eth);
        result.writeTo(store, null, NOW);

        assertThat(result.proposal().updates()).isEmpty();
        assertThat(onDisk(store, "btc").status()).isEqualTo(PlanStatus.READY);
        assertThat(onDisk(store, "btc").execution()).isNull();
        assertThat(result.proposal().unplanned()).hasSize(1);
        TradePlan unplanned = result.proposal().unplanned().get(0);
        assertThat(unplanned.execution().unplanned()).isTrue();
        assertThat(unplanned.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(unplanned.setup().contract().underlying()).isEqualTo("ETH");
    }

    @Test
    @DisplayName("a short trade of BTC is not the long BTC plan's: unplanned, and the preview says why")
    void wrongSideNeverImported() throws Exception {
        JournalStore store = journalWith(btcLong("btc", PlanStatus.READY));
        Path shortTrade = file("short.csv", """
                Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit
                2026-03-02 10:00:00,BTCUSDT,SELL,70000,0.07,4900,0.25,0
                2026-03-02 12:00:00,BTCUSDT,BUY,69000,0.07,4830,0.24,70
                """);

        ExecutionImport result = importing(store, shortTrade);

        assertThat(result.proposal().updates()).isEmpty();
        assertThat(result.proposal().unplanned()).hasSize(1);
        assertThat(result.proposal().notes()).anyMatch(n -> n.contains("the plan is long, the trade short"));
    }

    @Test
    @DisplayName("a trade at a price far from the plan (ETH prices read as BTC) is not the plan's")
    void implausiblePrice() throws Exception {
        JournalStore store = journalWith(btcLong("btc", PlanStatus.READY));
        Path far = file("far.csv", """
                Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit
                2026-03-02 10:00:00,BTCUSDT,BUY,6804.9,0.07,476.3,0.25,0
                """);

        ExecutionImport result = importing(store, far);

        assertThat(result.proposal().updates()).isEmpty();
        assertThat(result.proposal().notes()).anyMatch(n -> n.contains("more than 5 % from the planned entry at 70,000"));
    }

    @Test
    @DisplayName("importing the same file again skips every execution as a duplicate and changes nothing")
    void duplicatesSkippedOnSecondImport() throws Exception {
        JournalStore store = journalWith(btcLong("btc", PlanStatus.READY));
        Path file = ExchangeFilesTest.sample("bybit-transaction-log.csv");
        importing(store, file).writeTo(store, null, NOW);

        ExecutionImport again = importing(store, file);

        assertThat(again.proposal().duplicateExecutions()).isEqualTo(3);
        assertThat(again.proposal().duplicateFunding()).isEqualTo(1);
        assertThat(again.changesSomething()).isFalse();
        assertThat(again.summary()).isEqualTo("3 executions, 0 round trips: 0 plans, 0 unplanned trades, 4 duplicates skipped");
    }

    @Test
    @DisplayName("duplicates without trade ids are recognised by time, price and quantity")
    void duplicatesWithoutIds() throws Exception {
        JournalStore store = journalWith(btcLong("btc", PlanStatus.READY));
        Path file = ExchangeFilesTest.sample("binance-usdm-trades-utc.csv");
        importing(store, file).writeTo(store, null, NOW);

        assertThat(importing(store, file).proposal().duplicateExecutions()).isEqualTo(3);
    }

    @Test
    @DisplayName("undo puts every file of the journal back byte for byte, and removes the unplanned trades")
    void undoRestoresByteForByte() throws Exception {
        JournalStore store = journalWith(btcLong("btc", PlanStatus.READY), btcLong("other", PlanStatus.DRAFT));
        store.savePlan(btcLong("btc", PlanStatus.READY).withUpdatedAt(WRITTEN.plusSeconds(60)));
        Map<String, byte[]> before = snapshot();
        Path mixed = file("mixed.csv", """
                Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit
                2026-03-02 10:00:00,BTCUSDT,BUY,70000,0.07,4900,0.25,0
                2026-03-02 10:00:00,ETHUSDT,BUY,3400,0.3,1020,0.5,0
                2026-03-02 18:00:00,BTCUSDT,SELL,72100,0.07,5047,0.25,147
                """);

        ImportRecord record = importing(store, mixed).writeTo(store, null, NOW);
        assertThat(snapshot()).isNotEqualTo(before);
        assertThat(record.changedPlans()).containsExactly("btc");
        assertThat(record.addedPlans()).hasSize(1);

        JournalImports.Undone undone = JournalImports.of(store).undo(record.id());

        assertThat(undone.removed()).isEqualTo(record.addedPlans());
        Map<String, byte[]> after = snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        assertThat(onDisk(store, "btc").status()).isEqualTo(PlanStatus.READY);
        // the store writes over the restored file again without seeing a conflict
        store.savePlan(onDisk(store, "btc").withUpdatedAt(NOW));
    }

    @Test
    @DisplayName("undo refuses, changing nothing, when a plan was edited after the import")
    void undoRefusesAfterALaterEdit() throws Exception {
        JournalStore store = journalWith(btcLong("btc", PlanStatus.READY));
        ImportRecord record = importing(store, ExchangeFilesTest.sample("binance-usdm-trades-utc.csv"))
                .writeTo(store, null, NOW);
        TradePlan edited = onDisk(store, "btc").withUpdatedAt(NOW.plusSeconds(3600));
        store.savePlan(edited);
        Map<String, byte[]> before = snapshot();

        assertThatThrownBy(() -> JournalImports.of(store).undo(record.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("btc.json was changed after the import");
        Map<String, byte[]> after = snapshot();
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    @DisplayName("a position opened in one file and closed in the next: the second file's exits close the open plan")
    void exitsInALaterFile() throws Exception {
        JournalStore store = journalWith(btcLong("btc", PlanStatus.READY));
        importing(store, file("monday.csv", """
                Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit
                2026-03-02 10:00:00,BTCUSDT,BUY,70000,0.04,2800,0.14,0
                2026-03-02 10:02:00,BTCUSDT,BUY,70010,0.03,2100.3,0.11,0
                """)).writeTo(store, null, NOW);
        assertThat(onDisk(store, "btc").status()).isEqualTo(PlanStatus.OPEN);

        ExecutionImport tuesday = importing(store, file("tuesday.csv", """
                Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit
                2026-03-02 10:02:00,BTCUSDT,BUY,70010,0.03,2100.3,0.11,0
                2026-03-03 09:00:00,BTCUSDT,SELL,71000,0.03,2130,0.11,0
                2026-03-03 11:00:00,BTCUSDT,SELL,72100,0.04,2884,0.14,0
                """));
        tuesday.writeTo(store, null, NOW);

        assertThat(tuesday.proposal().duplicateExecutions()).isEqualTo(1);
        assertThat(tuesday.proposal().unplanned()).isEmpty();
        TradePlan closed = onDisk(store, "btc");
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.execution().exits()).hasSize(2);
    }

    @Test
    @DisplayName("a flip (sell more than is open) closes the long and opens a short; fees split in proportion")
    void flipSplitsTheExecution() throws Exception {
        JournalStore store = journalWith(btcLong("btc", PlanStatus.READY));
        ExecutionImport flip = importing(store, file("flip.csv", """
                Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Realized Profit
                2026-03-02 10:00:00,BTCUSDT,BUY,70000,0.07,4900,0.28,0
                2026-03-02 18:00:00,BTCUSDT,SELL,72100,0.1,7210,0.40,147
                """));

        assertThat(flip.proposal().roundTrips()).hasSize(2);
        TradePlan closed = flip.proposal().updates().get(0).after();
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        // the sell of 0.1 closes 0.07 (fee 0.40 × 0.7 = 0.28) and opens a short of 0.03 (fee 0.12)
        assertThat(closed.execution().exits().get(0).fee()).isEqualByComparingTo("0.28");
        TradePlan shortOpen = flip.proposal().unplanned().get(0);
        assertThat(shortOpen.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(shortOpen.setup().direction()).isEqualTo(Direction.SHORT);
        assertThat(shortOpen.execution().entryFees()).isEqualByComparingTo("0.12");
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(journal)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(journal.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
