package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.ExecutionMatcher;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.QuantityUnit;
import app.microplan.domain.Target;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole import as the journal screen will drive it: mapping remembered, file read, fills matched, plan closed. */
class ExecutionImportFlowTest {
    private static final Instant NOW = Instant.parse("2026-03-03T00:00:00Z");
    private static final ExecutionCsvMapping BYBIT = new ExecutionCsvMapping("Bybit", "Trade Time", "Symbol", "Side",
            "Exec Price", "Exec Qty", "Exec Fee", "yyyy-MM-dd HH:mm:ss", "UTC", ",", false, QuantityUnit.COINS);

    /** Long 0.01 BTC micro, 70,000 × 7, stop 69,300 (risk 49.00), target 72,100. */
    private static TradePlan ready() {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000", "7")).stop("69300").target(Target.of("72100", "1")).leverage("10").build();
        return TradePlan.builder().id("p").status(PlanStatus.READY).setup(setup)
                .account(AccountSnapshot.of("Main", "5000", "0")).build();
    }

    @Test
    @DisplayName("a clean file closes the plan: coins become contracts, the target exit is recognised")
    void cleanFileClosesThePlan(@TempDir Path journal) throws Exception {
        CsvMappingStore.in(journal).remember(BYBIT);
        Path file = journal.resolve("bybit.csv");
        Files.writeString(file, """
                Symbol,Side,Exec Qty,Exec Price,Exec Fee,Trade Time
                BTCUSDT,Buy,0.04,70000,0.14,2026-03-02 10:00:00
                BTCUSDT,Buy,0.03,70010,0.11,2026-03-02 10:02:00
                BTCUSDT,Sell,0.07,72095,0.25,2026-03-02 18:00:00
                """);

        ExecutionCsvMapping mapping = CsvMappingStore.in(journal).find("bybit").orElseThrow();
        CsvImport read = ExecutionCsv.read(file, mapping);
        TradePlan closed = ExecutionMatcher.match(ready(), read.toImport(), mapping.quantityUnit()).recordOn(ready(), NOW);

        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.execution().exits()).extracting(ExitFill::reason).containsExactly(ExitReason.TARGET);
        TradeOutcome outcome = TradeOutcome.of(closed).orElseThrow();
        // entry value 70,000×4 + 70,010×3 = 490,030; exit 72,095×7 = 504,665; (504,665 − 490,030) × 0.01 = 146.35
        // fees 0.14 + 0.11 + 0.25 = 0.50 → 145.85; planned R = 145.85 / 49.00 = 2.9765…
        // risk taken 4 × 700 × 0.01 + 3 × 710 × 0.01 + entry fees 0.25 = 49.55: R = 145.85 / 49.55 = 2.9434…
        assertThat(outcome.realizedPnl()).isEqualByComparingTo("145.85");
        assertThat(outcome.plannedRMultiple()).isBetween(new BigDecimal("2.9765"), new BigDecimal("2.9766"));
        assertThat(outcome.rMultiple()).isBetween(new BigDecimal("2.9434"), new BigDecimal("2.9435"));
    }

    @Test
    @DisplayName("a file with a bad row names it, offers nothing to import, and the plan stays as it was")
    void badRowImportsNothing(@TempDir Path journal) throws Exception {
        Path file = journal.resolve("bybit.csv");
        Files.writeString(file, """
                Symbol,Side,Exec Qty,Exec Price,Exec Fee,Trade Time
                BTCUSDT,Buy,0.07,70000,0.25,2026-03-02 10:00:00
                BTCUSDT,Sell,0.07,seventy-two thousand,0.25,2026-03-02 18:00:00
                """);
        TradePlan plan = ready();

        CsvImport read = ExecutionCsv.read(file, BYBIT);

        assertThat(read.problems()).extracting(RowProblem::message)
                .containsExactly("row 3, Exec Price: 'seventy-two thousand' is not a number");
        assertThat(read.executions()).isEmpty();
        assertThatThrownBy(read::toImport).isInstanceOf(IllegalStateException.class);
        assertThat(plan.status()).isEqualTo(PlanStatus.READY);
        assertThat(plan.execution()).isNull();
    }
}
