package app.microplan.ui.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.QuantityUnit;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.store.CsvMappingStore;
import app.microplan.store.ExecutionCsvMapping;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.HeldTasks;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.TaskRunner;
import app.microplan.ui.plan.PlanViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's model on real files, reading them on the calling thread. */
class CsvImportViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    /** Example 1's trade as an exchange lists it: in at 70,000 and 70,050, out at 72,100 and 71,000. */
    private static final String CLEAN = """
            time,symbol,side,price,quantity,fee
            2026-03-02T09:30:00Z,BTCUSDT,Buy,70000,4,0.50
            2026-03-02T09:41:00Z,BTCUSDT,Buy,70050,3,0.40
            2026-03-02T10:00:00Z,ETHUSDT,Sell,3450,2,0.10
            2026-03-03T14:00:00Z,BTCUSDT,Sell,72100,4,0.50
            2026-03-03T15:10:00Z,BTCUSDT,Sell,71000,3,0.40
            """;

    @TempDir
    Path folder;

    private final List<TradePlan> published = new ArrayList<>();
    private PlanViewModel plan;

    private CsvImportViewModel open(String name, String content, PlanStatus status) throws Exception {
        return open(name, content, status, new DirectTaskRunner());
    }

    private CsvImportViewModel open(String name, String content, PlanStatus status, TaskRunner tasks)
            throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        plan = new PlanViewModel(JournalFixtures.example1(status, CREATED), false, new LocaleNumbers(Locale.US), CLOCK,
                (id, account) -> AccountSnapshot.of(account, "5000", "0"), List.of("Main"), published::add);
        return new CsvImportViewModel(file, plan, CsvMappingStore.in(folder), tasks);
    }

    /** A source remembered earlier: semicolons, decimal commas, Berlin time, quantities in coins. */
    private void rememberMyBroker() throws Exception {
        CsvMappingStore.in(folder).remember(new ExecutionCsvMapping("My broker", "Exec Time", "Pair", "Dir", "Px",
                "Lots", "Comm", "dd.MM.yyyy HH:mm", "Europe/Berlin", ";", true, QuantityUnit.COINS));
    }

    /** The file with the CSV mappings remembered so far read, on a runner the test finishes by hand. */
    private CsvImportViewModel openHeld(HeldTasks tasks) throws Exception {
        CsvImportViewModel vm = open("history.csv", CLEAN, PlanStatus.READY, tasks);
        tasks.finishAll();
        return vm;
    }

    @Test
    void aFileWithBadRowsListsEveryRowWithItsReasonAndImportsNothing() throws Exception {
        CsvImportViewModel vm = open("history.csv", """
                time,symbol,side,price,quantity,fee
                2026-03-02T09:30:00Z,BTCUSDT,Buy,70000,4,0.50
                2026-03-02T09:41:00Z,BTCUSDT,Buy,7O050,3,0.40
                2026-03-03T14:00:00Z,BTCUSDT,Sell,72100,4,0.50
                2026-03-03T15:10:00Z,BTCUSDT,Hold,71000,3,0.40
                """, PlanStatus.READY);

        assertThat(vm.problems()).containsExactly("row 3: price '7O050' is not a number",
                "row 5: side 'Hold' is neither buy nor sell");
        assertThat(vm.getReadSummary()).startsWith("2 rows cannot be read, so nothing will be imported");
        assertThat(vm.canImport()).isFalse();

        vm.importNow();

        assertThat(plan.getPlan().status()).isEqualTo(PlanStatus.READY);
        assertThat(plan.getPlan().execution()).isNull();
        assertThat(published).isEmpty();
    }

    @Test
    void theColumnsAreGuessedFromTheHeaderAndThePreviewShowsTheFirstRows() throws Exception {
        CsvImportViewModel vm = open("bybit.csv", """
                Date(UTC),Pair,Direction,Avg Price,Exec Qty,Trading Fee
                2026-03-02 09:30:00,BTCUSDT,BUY,70000,7,0.9
                """, PlanStatus.READY);

        assertThat(vm.sourceProperty().get()).isEqualTo("bybit");
        assertThat(List.of(vm.timeColumnProperty().get(), vm.symbolColumnProperty().get(),
                vm.sideColumnProperty().get(), vm.priceColumnProperty().get(), vm.quantityColumnProperty().get(),
                vm.feeColumnProperty().get()))
                .containsExactly("Date(UTC)", "Pair", "Direction", "Avg Price", "Exec Qty", "Trading Fee");
        assertThat(vm.headers()).hasSize(6);
        assertThat(vm.previewRows()).hasSize(1);
        assertThat(vm.previewRows().get(0).get(1)).isEqualTo("BTCUSDT");
    }

    @Test
    void aCleanFileGoesIntoTheReadyPlanWhichClosesAtTheHandWorkedR() throws Exception {
        CsvImportViewModel vm = open("history.csv", CLEAN, PlanStatus.READY);

        assertThat(vm.fileSymbols()).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(vm.fileSymbolProperty().get()).isEqualTo("BTCUSDT");
        assertThat(vm.getMatchSummary()).isEqualTo("2 entries and 2 exits of BTCUSDT go into the long "
                + "BTC micro perpetual (0.01 BTC); it will be closed.");
        assertThat(vm.canImport()).isTrue();

        vm.importNow();

        TradePlan closed = plan.getPlan();
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        // (4×72,100 + 3×71,000 − 4×70,000 − 3×70,050) × 0.01 = $112.50 − $1.80 fees = $110.70 (no funding
        // in a trade history) on $49.00 risk → 2.2592 R.
        assertThat(TradeOutcome.of(closed).orElseThrow().rMultiple()).isEqualByComparingTo("2.259183673469");
        assertThat(vm.importedProperty().get()).isTrue();
        assertThat(CsvMappingStore.in(folder).find("history")).isPresent();
    }

    @Test
    void aRememberedSourcesMappingIsUsedForItsNextFile() throws Exception {
        rememberMyBroker();
        CsvImportViewModel vm = open("export.csv", """
                Exec Time;Pair;Dir;Px;Lots;Comm
                02.03.2026 10:30;XBT-PERP;buy;70.000,0;0,07;0,90
                """, PlanStatus.READY);

        assertThat(vm.sourceProperty().get()).isEqualTo("My broker");
        assertThat(vm.delimiterProperty().get()).isEqualTo(CsvImportViewModel.Delimiter.SEMICOLON);
        assertThat(vm.decimalCommaProperty().get()).isTrue();
        assertThat(vm.problems()).isEmpty();
        // 0.07 BTC in 0.01 BTC contracts is 7 contracts; 10:30 in Berlin is 09:30 UTC.
        vm.importNow();
        assertThat(plan.getPlan().status()).isEqualTo(PlanStatus.OPEN);
        assertThat(plan.getPlan().execution().enteredContracts()).isEqualByComparingTo("7");
        assertThat(plan.getPlan().execution().openedAt()).isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
    }

    @Test
    void aSourceChosenByNameHasItsMappingLookedUpOnTheTaskRunnerNotTheScreensThread() throws Exception {
        rememberMyBroker();
        HeldTasks tasks = new HeldTasks();
        CsvImportViewModel vm = openHeld(tasks);
        assertThat(vm.timeColumnProperty().get()).isEqualTo("time");

        vm.sourceProperty().set("My broker");

        assertThat(tasks.submitted()).last().isEqualTo(
                new HeldTasks.Submitted("Looking up the CSV mapping", HeldTasks.Lane.LONG));
        assertThat(vm.timeColumnProperty().get()).as("nothing read on the calling thread").isEqualTo("time");
        tasks.finishNext();
        assertThat(vm.timeColumnProperty().get()).isEqualTo("Exec Time");
        assertThat(vm.delimiterProperty().get()).isEqualTo(CsvImportViewModel.Delimiter.SEMICOLON);
    }

    @Test
    void anAnswerForANameNoLongerShownIsNotApplied() throws Exception {
        rememberMyBroker();
        HeldTasks tasks = new HeldTasks();
        CsvImportViewModel vm = openHeld(tasks);

        vm.sourceProperty().set("My broker");
        vm.sourceProperty().set("My broker 2");
        tasks.finishAll();

        assertThat(vm.timeColumnProperty().get()).isEqualTo("time");
    }

    @Test
    void aColumnNotChosenIsSaidInWordsAndNothingCanBeImported() throws Exception {
        CsvImportViewModel vm = open("history.csv", CLEAN, PlanStatus.READY);

        vm.symbolColumnProperty().set(null);

        assertThat(vm.mappingProblemProperty().get()).isEqualTo("The symbol column is required.");
        assertThat(vm.canImport()).isFalse();
    }

    @Test
    void executionsThatDoNotFitThePlanAreRefusedWithTheDomainsReason() throws Exception {
        CsvImportViewModel vm = open("history.csv", CLEAN.replace("Sell,71000,3", "Sell,71000,4"), PlanStatus.READY);

        assertThat(vm.getMatchSummary())
                .isEqualTo("These executions do not fit the plan: the exits close 8 contracts but only 7 were "
                        + "entered.");
        assertThat(vm.canImport()).isFalse();
    }

    @Test
    void aDraftTakesNoExecutions() throws Exception {
        CsvImportViewModel vm = open("history.csv", CLEAN, PlanStatus.DRAFT);

        assertThat(vm.getMatchSummary()).startsWith("The selected plan is draft");
        assertThat(vm.canImport()).isFalse();
    }
}
