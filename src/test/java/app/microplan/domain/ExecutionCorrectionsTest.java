package app.microplan.domain;

import static app.microplan.domain.JournalFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Corrections of an entered trade: every fill and funding payment added, edited or deleted, the status following. */
class ExecutionCorrectionsTest {
    private static final Instant OPENED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-03-02T18:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");

    /** Long 7 at 70,000, out at 72,100, no fees: +147.00 on 49.00 taken. */
    private static TradePlan closed() {
        return JournalFixtures.closed("t", Direction.LONG, "70000", "69300", "7", "72100", ExitReason.TARGET, OPENED,
                CLOSED, List.of());
    }

    @Test
    @DisplayName("editing an exit of a closed trade changes its P&L and R, and the change is on record")
    void editExit() {
        TradePlan corrected = ExecutionCorrections.editExit(closed(), 0, new ExitFill(CLOSED, dec("72000"), dec("7"),
                dec("0.36"), ExitReason.TARGET), NOW);

        TradeOutcome outcome = TradeOutcome.of(corrected).orElseThrow();
        // (72,000 − 70,000) × 7 × 0.01 = 140.00 − 0.36 = 139.64; R = 139.64 / 49.00 = 2.849…
        assertThat(outcome.realizedPnl()).isEqualByComparingTo("139.64");
        assertThat(corrected.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(corrected.execution().changes()).singleElement().satisfies(change -> {
            assertThat(change.time()).isEqualTo(NOW);
            assertThat(change.description()).isEqualTo("Edited exit 1: 72,100 × 7 (fee 0) at 2026-03-02T18:00:00Z,"
                    + " target → 72,000 × 7 (fee 0.36) at 2026-03-02T18:00:00Z, target");
        });
    }

    @Test
    @DisplayName("deleting the exit reopens the closed trade; adding it back closes it again")
    void deleteExitReopens() {
        TradePlan reopened = ExecutionCorrections.deleteExit(closed(), 0, NOW);

        assertThat(reopened.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(reopened.execution().openContracts()).isEqualByComparingTo("7");
        assertThat(reopened.execution().changes().get(0).description())
                .endsWith("; reopened: 7 contracts are open again");
        assertThat(TradeOutcome.of(reopened)).isEmpty();

        TradePlan closedAgain = ExecutionCorrections.addExit(reopened, new ExitFill(CLOSED, dec("71000"), dec("7"),
                dec("0"), ExitReason.MANUAL), NOW.plusSeconds(60));
        assertThat(closedAgain.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closedAgain.execution().changes()).hasSize(2);
        assertThat(TradeOutcome.of(closedAgain).orElseThrow().realizedPnl()).isEqualByComparingTo("70.00");
    }

    @Test
    @DisplayName("adding an entry to a closed trade reopens it: its exits no longer cover its entries")
    void addEntryReopens() {
        TradePlan reopened = ExecutionCorrections.addEntry(closed(), new EntryFill(OPENED.plusSeconds(60),
                dec("70010"), dec("1"), dec("0")), NOW);

        assertThat(reopened.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(reopened.execution().openContracts()).isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("funding payments can be added after the trade closed, edited and deleted; the P&L follows")
    void funding() {
        TradePlan withFunding = ExecutionCorrections.addFunding(closed(),
                new FundingPayment(Instant.parse("2026-03-02T16:00:00Z"), dec("0.84"), null), NOW);
        assertThat(TradeOutcome.of(withFunding).orElseThrow().realizedPnl()).isEqualByComparingTo("146.16");

        TradePlan received = ExecutionCorrections.editFunding(withFunding, 0,
                new FundingPayment(Instant.parse("2026-03-02T16:00:00Z"), dec("-0.50"), null), NOW);
        assertThat(TradeOutcome.of(received).orElseThrow().realizedPnl()).isEqualByComparingTo("147.50");

        TradePlan none = ExecutionCorrections.deleteFunding(received, 0, NOW);
        assertThat(none.execution().funding()).isZero();
        assertThat(none.execution().changes()).extracting(ExecutionChange::description).containsExactly(
                "Added funding 0.84 paid at 2026-03-02T16:00:00Z",
                "Edited funding 1: 0.84 paid at 2026-03-02T16:00:00Z → 0.5 received at 2026-03-02T16:00:00Z",
                "Deleted funding 1: 0.5 received at 2026-03-02T16:00:00Z");
        assertThat(none.status()).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    @DisplayName("refused with the reason: an exit beyond the entries, the last entry deleted, a plan never entered")
    void refusals() {
        assertThatThrownBy(() -> ExecutionCorrections.editExit(closed(), 0, new ExitFill(CLOSED, dec("72100"),
                dec("8"), dec("0"), ExitReason.TARGET), NOW)).hasMessageContaining("the exits close 8 contracts but only 7");
        assertThatThrownBy(() -> ExecutionCorrections.deleteEntry(closed(), 0, NOW))
                .hasMessageContaining("at least one entry fill");
        TradePlan ready = JournalFixtures.ready("r", ContractPresets.BTC_MICRO_001, Direction.LONG, "70000", "69300",
                "72100", "7", List.of());
        assertThatThrownBy(() -> ExecutionCorrections.addFunding(ready, FundingPayment.total(dec("1")), NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ready plan has no trade to correct");
    }

    @Test
    @DisplayName("a reviewed trade keeps its review when a correction reopens it")
    void reviewedTradeReopens() {
        TradePlan reviewed = TradeLifecycle.review(closed(), new TradeReview("All", "", "", 4, List.of(), List.of()),
                NOW);

        TradePlan reopened = ExecutionCorrections.deleteExit(reviewed, 0, NOW);

        assertThat(reopened.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(reopened.review()).isEqualTo(reviewed.review());
    }
}
