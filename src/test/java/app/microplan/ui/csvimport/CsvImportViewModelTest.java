package app.microplan.ui.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Account;
import app.microplan.domain.ContractCatalog;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.QuantityUnit;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.store.CsvMappingStore;
import app.microplan.store.ExecutionCsvMapping;
import app.microplan.store.ExecutionImport;
import app.microplan.store.ImportRecord;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.store.StoreException;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.Messages;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's model on real files and a real journal, reading them on the calling thread. */
class CsvImportViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    /** Example 1's trade in a file of no known exchange: in at 70,000 and 70,050, out at 72,100 and 71,000. */
    private static final String CLEAN = """
            time,symbol,side,price,quantity,fee
            2026-03-02T09:30:00Z,BTCUSDT,Buy,70000,4,0.50
            2026-03-02T09:41:00Z,BTCUSDT,Buy,70050,3,0.40
            2026-03-02T10:00:00Z,ETHUSDT,Sell,3450,2,0.10
            2026-03-02T12:00:00Z,ETHUSDT,Buy,3400,2,0.10
            2026-03-03T14:00:00Z,BTCUSDT,Sell,72100,4,0.50
            2026-03-03T15:10:00Z,BTCUSDT,Sell,71000,3,0.40
            """;

    @TempDir
    Path folder;
    private JournalStore store;
    private TradePlan example1;

    /** The journal with example 1 as a fake target would hold it: writes go to the real store. */
    private final class Journal implements ImportTarget {
        @Override
        public List<TradePlan> plans() {
            try {
                return store.loadPlans().plans().stream().map(LoadedPlan::plan).toList();
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<Account> accounts() {
            return List.of(new Account("Main", new BigDecimal("5000")), new Account("Bybit", new BigDecimal("800")));
        }

        @Override
        public String activeAccount() {
            return "Main";
        }

        @Override
        public ContractCatalog readCatalog() {
            return new ContractCatalog(List.of());
        }

        @Override
        public void apply(ExecutionImport result, ExecutionCsvMapping mapping, Consumer<ImportRecord> done,
                          Consumer<Throwable> failed) {
            try {
                done.accept(result.writeTo(store, mapping, CLOCK.instant()));
            } catch (StoreException e) {
                failed.accept(e);
            }
        }
    }

    @BeforeEach
    void journal() throws Exception {
        store = JournalStore.open(folder.resolve("journal"));
        example1 = JournalFixtures.example1(PlanStatus.READY, CREATED);
        store.savePlan(example1);
    }

    private CsvImportViewModel open(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return open(file);
    }

    private CsvImportViewModel open(Path file) {
        return new CsvImportViewModel(file, new Journal(), CsvMappingStore.in(store.folder()), new DirectTaskRunner(),
                CLOCK);
    }

    private TradePlan example1OnDisk() throws StoreException {
        return store.loadPlan(store.planFile(example1.id())).plan();
    }

    @Test
    void aKnownExchangeFileIsRecognisedAndNeedsNoMapping() throws Exception {
        Path bybit = Path.of(getClass().getResource("/app/microplan/store/exchanges/bybit-trades.csv").toURI());

        CsvImportViewModel vm = open(bybit);

        assertThat(vm.knownLayoutProperty().get()).isTrue();
        assertThat(vm.getLayoutText()).isEqualTo("Recognised: Bybit derivatives trade history (unified account)."
                + " Times: UTC+10:00, from the header.");
        assertThat(vm.getReadSummary()).isEqualTo("3 rows read: 3 executions.");
        assertThat(vm.outcome()).containsExactly("Into the long BTC-MICRO-0.01 plan of 2026-03-01 (ready): 2 entries,"
                + " 1 exit, 0 funding payments; becomes closed");
        assertThat(vm.canImport()).isTrue();
    }

    @Test
    void aFileWithBadRowsListsEveryProblemOfEveryRowAndImportsNothing() throws Exception {
        CsvImportViewModel vm = open("history.csv", """
                time,symbol,side,price,quantity,fee
                2026-03-02T09:30:00Z,BTCUSDT,Buy,70000,4,0.50
                2026-03-02T09:41:00Z,BTCUSDT,Buy,7O050,3,0.4O
                2026-03-03T14:00:00Z,BTCUSDT,Sell,72100,4,0.50
                2026-03-03T15:10:00Z,BTCUSDT,Hold,71000,3,0.40
                """);

        assertThat(vm.problems()).containsExactly("row 3, price: '7O050' is not a number",
                "row 3, fee: '0.4O' is not a number", "row 5, side: 'Hold' is neither buy nor sell");
        assertThat(vm.getReadSummary()).startsWith("3 problems in the file, so nothing will be imported");
        assertThat(vm.canImport()).isFalse();

        vm.importNow();

        assertThat(example1OnDisk().status()).isEqualTo(PlanStatus.READY);
        assertThat(example1OnDisk().execution()).isNull();
    }

    @Test
    void theColumnsOfAnUnknownFileAreGuessedFromItsHeader() throws Exception {
        CsvImportViewModel vm = open("bybit.csv", """
                Date(UTC),Pair,Direction,Avg Price,Exec Qty,Trading Fee
                2026-03-02 09:30:00,BTCUSDT,BUY,70000,7,0.9
                """);

        assertThat(vm.knownLayoutProperty().get()).isFalse();
        assertThat(vm.sourceProperty().get()).isEqualTo("bybit");
        assertThat(List.of(vm.timeColumnProperty().get(), vm.symbolColumnProperty().get(),
                vm.sideColumnProperty().get(), vm.priceColumnProperty().get(), vm.quantityColumnProperty().get(),
                vm.feeColumnProperty().get()))
                .containsExactly("Date(UTC)", "Pair", "Direction", "Avg Price", "Exec Qty", "Trading Fee");
        assertThat(vm.previewRows()).hasSize(1);
        assertThat(vm.previewRows().get(0).get(1)).isEqualTo("BTCUSDT");
    }

    @AfterEach
    void englishAgain() {
        Messages.use(Messages.forLanguage(null));
    }

    @Test
    void inGermanTheOutcomeLinesReadGermanWhileTheImportHistoryKeepsItsEnglishSummary() throws Exception {
        Messages.use(Messages.forLanguage("de"));
        CsvImportViewModel vm = open("history.csv", CLEAN);

        assertThat(vm.getLayoutText()).startsWith("Keine Datei, die Microplan kennt");
        assertThat(vm.getReadSummary()).isEqualTo("6 Zeilen gelesen: 6 Ausführungen.");
        assertThat(vm.outcome()).containsExactly(
                "In den Plan Long BTC-MICRO-0.01 vom 2026-03-01 (Bereit): 2 Einstiege, 2 Ausstiege,"
                        + " 0 Funding-Zahlungen; Status wird zu Geschlossen",
                "Ungeplanter Trade: Short ETH-MICRO-0.01, 1 Einstieg und 1 Ausstieg, Geschlossen");
        assertThat(vm.getResultSummary()).isEqualTo("Wird importiert: 6 Ausführungen, 2 Round-Trips: 1 Plan,"
                + " 1 ungeplanter Trade, 0 Duplikate übersprungen.");
    }

    @Test
    void aCleanFileGoesIntoTheReadyPlanTheRestIsUnplannedAndTheMappingIsRememberedByItsHeader() throws Exception {
        CsvImportViewModel vm = open("history.csv", CLEAN);

        assertThat(vm.outcome()).containsExactly(
                "Into the long BTC-MICRO-0.01 plan of 2026-03-01 (ready): 2 entries, 2 exits, 0 funding payments;"
                        + " becomes closed",
                "Unplanned trade: short ETH-MICRO-0.01, 1 entry and 1 exit, closed");
        assertThat(vm.getResultSummary()).isEqualTo("Will import 6 executions, 2 round trips: 1 plan,"
                + " 1 unplanned trade, 0 duplicates skipped.");

        vm.importNow();

        TradePlan closed = example1OnDisk();
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        // (4×72,100 + 3×71,000 − 4×70,000 − 3×70,050) × 0.01 = $112.50 − $1.80 fees = $110.70; risk taken
        // 4 × 700 × 0.01 + 3 × 750 × 0.01 + 0.90 entry fees = 51.40 → 2.1536 R (planned: 110.70 / 49.00 = 2.2592)
        TradeOutcome outcome = TradeOutcome.of(closed).orElseThrow();
        assertThat(outcome.rMultiple()).isBetween(new BigDecimal("2.15369"), new BigDecimal("2.1537"));
        assertThat(outcome.plannedRMultiple()).isEqualByComparingTo("2.259183673469");
        assertThat(vm.importedProperty().get()).isTrue();
        assertThat(vm.getNotice()).startsWith("Imported 6 executions");
        assertThat(CsvMappingStore.in(store.folder()).findByHeader(List.of("time", "symbol", "side", "price",
                "quantity", "fee"))).isPresent();
    }

    @Test
    void theNextFileWithTheSameHeaderIsReadWithTheRememberedMappingWhateverItsName() throws Exception {
        CsvMappingStore.in(store.folder()).remember(new ExecutionCsvMapping("My broker", "Exec Time", "Pair", "Dir",
                "Px", "Lots", "Comm", "dd.MM.yyyy HH:mm", "Europe/Berlin", ";", true, QuantityUnit.COINS)
                .forHeader(List.of("Exec Time", "Pair", "Dir", "Px", "Lots", "Comm")));

        CsvImportViewModel vm = open("export-2026-03-05-0912.csv", """
                Exec Time;Pair;Dir;Px;Lots;Comm
                02.03.2026 10:30;XBT-PERP;buy;70.000,0;0,07;0,90
                """);

        assertThat(vm.knownLayoutProperty().get()).isTrue();
        assertThat(vm.getLayoutText()).startsWith("Read with your mapping \"My broker\"");
        assertThat(vm.problems()).isEmpty();
        vm.importNow();
        // 0.07 BTC in 0.01 BTC contracts is 7 contracts; 10:30 in Berlin is 09:30 UTC; XBT is BTC.
        assertThat(example1OnDisk().status()).isEqualTo(PlanStatus.OPEN);
        assertThat(example1OnDisk().execution().enteredContracts()).isEqualByComparingTo("7");
        assertThat(example1OnDisk().execution().openedAt()).isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
    }

    @Test
    void aColumnNotChosenIsSaidInWordsAndNothingCanBeImported() throws Exception {
        CsvImportViewModel vm = open("history.csv", CLEAN);

        vm.symbolColumnProperty().set(null);

        assertThat(vm.mappingProblemProperty().get()).isEqualTo("The symbol column is required.");
        assertThat(vm.canImport()).isFalse();
    }

    @Test
    void anotherAccountsFileTakesNoneOfMainsPlans() throws Exception {
        CsvImportViewModel vm = open("history.csv", CLEAN);

        vm.accountProperty().set("Bybit");

        assertThat(vm.outcome()).hasSize(2).allMatch(line -> line.startsWith("Unplanned trade"));
        vm.importNow();
        assertThat(example1OnDisk().status()).isEqualTo(PlanStatus.READY);
    }

    @Test
    void aSecondImportOfTheSameFileHasNothingToImport() throws Exception {
        open("history.csv", CLEAN).importNow();

        CsvImportViewModel again = open("history.csv", CLEAN);

        assertThat(again.getResultSummary()).isEqualTo("Nothing to import: 6 executions, 0 round trips: 0 plans,"
                + " 0 unplanned trades, 6 duplicates skipped.");
        assertThat(again.outcome()).containsExactly("Skipped, already in the journal: 6 executions and 0 funding payments");
        assertThat(again.canImport()).isFalse();
    }
}
