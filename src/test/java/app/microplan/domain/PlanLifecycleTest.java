package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlanLifecycleTest {
    private static final Instant LATER = Instant.parse("2026-11-25T10:00:00Z");

    static TradePlan readyablePlan() {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("10").target(Target.of("72100", "1")).build();
        return TradePlan.builder().setup(setup).account(AccountSnapshot.of("Main", "5000", "0"))
                .written(new WrittenPlan("Range breakout", "4h close above 70,000", "Scale out at 72,100",
                        "Risk 1 %, stop at 69,300, no widening", "")).build();
    }

    @Test
    void aPlanPassingEveryBlockingRuleCanBeMarkedReady() {
        TradePlan ready = PlanLifecycle.markReady(readyablePlan(), LATER);

        assertThat(ready.status()).isEqualTo(PlanStatus.READY);
        assertThat(ready.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void markingReadyIsRefusedWithTheReasonsWhileABlockingRuleFails() {
        TradePlan unwritten = readyablePlan().withWritten(WrittenPlan.EMPTY);

        assertThatThrownBy(() -> PlanLifecycle.markReady(unwritten, LATER))
                .isInstanceOf(PlanNotReadyException.class)
                .hasMessageContaining("entry criteria, exit strategy, risk-management rules");
    }

    @Test
    void changingANumberOfAReadyPlanMakesItADraftAgain() {
        TradePlan ready = PlanLifecycle.markReady(readyablePlan(), LATER);
        TradePlan movedStop = ready.withSetup(ready.setup().toBuilder().stop("69400").build());

        assertThat(PlanLifecycle.afterEdit(ready, movedStop, LATER).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void rewritingTheSameNumberOrEditingTextKeepsAReadyPlanReady() {
        TradePlan ready = PlanLifecycle.markReady(readyablePlan(), LATER);
        TradePlan sameStopMoreDecimals = ready.withSetup(ready.setup().toBuilder().stop("69300.00").build());
        TradePlan newNotes = ready.withWritten(new WrittenPlan("Range breakout", "4h close above 70,000",
                "Scale out at 72,100", "Risk 1 %, stop at 69,300, no widening", "Watch CPI"));

        assertThat(PlanLifecycle.afterEdit(ready, sameStopMoreDecimals, LATER).status()).isEqualTo(PlanStatus.READY);
        assertThat(PlanLifecycle.afterEdit(ready, newNotes, LATER).status()).isEqualTo(PlanStatus.READY);
    }

    @Test
    void onlyTheDesignedMovesAreAllowed() {
        assertThat(PlanStatus.DRAFT.canMoveTo(PlanStatus.OPEN)).isFalse();
        assertThat(PlanStatus.READY.canMoveTo(PlanStatus.OPEN)).isTrue();
        assertThat(PlanStatus.OPEN.canMoveTo(PlanStatus.CANCELLED)).isFalse();
        assertThat(PlanStatus.CLOSED.canMoveTo(PlanStatus.REVIEWED)).isTrue();
        // a correction that leaves contracts open reopens a closed or reviewed trade
        assertThat(PlanStatus.CLOSED.next()).containsExactlyInAnyOrder(PlanStatus.REVIEWED, PlanStatus.OPEN);
        assertThat(PlanStatus.REVIEWED.next()).containsExactly(PlanStatus.OPEN);
        assertThat(PlanStatus.CANCELLED.next()).isEmpty();
        assertThatThrownBy(() -> PlanLifecycle.moveTo(readyablePlan(), PlanStatus.CLOSED, LATER))
                .hasMessage("A draft plan cannot become closed");
    }

    @Test
    void theAccountSnapshotIsRefreshedWhileDraftOrReadyAndKeptFromOpenOn() {
        AccountSnapshot richer = AccountSnapshot.of("Main", "9000", "120");
        TradePlan draft = readyablePlan();
        TradePlan ready = PlanLifecycle.markReady(draft, LATER);
        TradePlan open = PlanLifecycle.moveTo(ready, PlanStatus.OPEN, LATER);

        assertThat(PlanLifecycle.refreshAccount(draft, richer).account()).isEqualTo(richer);
        assertThat(PlanLifecycle.refreshAccount(ready, richer).account()).isEqualTo(richer);
        assertThat(PlanLifecycle.refreshAccount(open, richer).account().equity()).isEqualByComparingTo("5000");
    }

    @Test
    void otherPlansMarginCountsOnlyReadyAndOpenPlansOfTheSameAccount() {
        TradePlan ready = PlanLifecycle.markReady(readyablePlan(), LATER);
        TradePlan open = PlanLifecycle.moveTo(PlanLifecycle.markReady(readyablePlan(), LATER), PlanStatus.OPEN, LATER);
        TradePlan draft = readyablePlan();
        TradePlan otherAccount = PlanLifecycle.markReady(readyablePlan()
                .withAccount(AccountSnapshot.of("Bybit", "5000", "0")), LATER);

        BigDecimal held = AccountBook.of(new Account("Main", new BigDecimal("5000")),
                java.util.List.of(ready, open, draft, otherAccount), java.time.Clock.systemUTC()).marginHeldExcept(ready.id());

        assertThat(held).isEqualByComparingTo("490.00");
    }
}
