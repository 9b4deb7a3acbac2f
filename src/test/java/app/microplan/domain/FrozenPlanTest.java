package app.microplan.domain;

import static app.microplan.domain.GateFixtures.CLOCK;
import static app.microplan.domain.GateFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** From OPEN on the plan's numbers are frozen in the domain itself, not only by disabled fields. */
class FrozenPlanTest {

    private static TradePlan open() {
        TradePlan ready = GateFixtures.readyIn(List.of(), "a", "7", 60);
        return TradeLifecycle.open(ready, List.of(EntryFill.of("2026-03-02T11:30:00Z", "70000", "7", "0.25")),
                NOW.minusSeconds(1800));
    }

    /** One edit for every number a plan has, as the sizing panel would make it. */
    private static Map<String, UnaryOperator<TradePlan>> everyNumericEdit() {
        Map<String, UnaryOperator<TradePlan>> edits = new LinkedHashMap<>();
        edits.put("entry price", p -> setup(p, s -> s.entries(List.of(EntryLeg.limit("69900")))));
        edits.put("entry contracts", p -> setup(p, s -> s.entries(List.of(EntryLeg.limit("70000", "6")))));
        edits.put("stop", p -> setup(p, s -> s.stop("69000")));
        edits.put("target price", p -> setup(p, s -> s.targets(List.of(Target.of("72500", "1")))));
        edits.put("target share", p -> setup(p, s -> s.targets(List.of(Target.of("72100", "0.5")))));
        edits.put("leverage", p -> setup(p, s -> s.leverage("20")));
        edits.put("size", p -> setup(p, s -> s.contracts(new BigDecimal("6"))));
        edits.put("entry fee", p -> setup(p, s -> s.entryFeeRate(new BigDecimal("0.0005"))));
        edits.put("exit fee", p -> setup(p, s -> s.exitFeeRate(new BigDecimal("0.0005"))));
        edits.put("funding rate", p -> setup(p, s -> s.fundingRate(new BigDecimal("0.0001"))));
        edits.put("holding time", p -> setup(p, s -> s.holdingHours(new BigDecimal("24"))));
        edits.put("contract", p -> setup(p, s -> s.contract(ContractPresets.BTC_MICRO_0001)));
        edits.put("side", p -> setup(p, s -> s.direction(Direction.SHORT).stop("70700")));
        edits.put("risk cap", p -> p.toBuilder().policy(p.policy().withRiskCap(new BigDecimal("0.005"))).build());
        edits.put("account", p -> p.withAccount(AccountSnapshot.of("Kraken", "5000", "0")));
        edits.put("equity", p -> p.withAccount(AccountSnapshot.of("Main", "9000", "0")));
        return edits;
    }

    private static TradePlan setup(TradePlan plan, UnaryOperator<TradeSetup.Builder> edit) {
        return plan.withSetup(edit.apply(plan.setup().toBuilder()).build());
    }

    @Test
    void everyNumberOfAnOpenPlanIsRefusedWithAClearMessage() {
        TradePlan open = open();
        everyNumericEdit().forEach((what, edit) -> assertThatThrownBy(
                () -> PlanLifecycle.afterEdit(open, edit.apply(open), CLOCK)).as(what)
                .isInstanceOf(FrozenPlanException.class)
                .hasMessageStartingWith("This plan is open: its numbers are frozen")
                .hasMessageEndingWith("fills are corrected on the Fills tab"));
    }

    @Test
    void closedReviewedAndCancelledPlansAreFrozenToo() {
        TradePlan closed = TradeLifecycle.close(open(), List.of(ExitFill.of("2026-03-02T11:50:00Z", "70500", "7", "0.25",
                ExitReason.MANUAL)), BigDecimal.ZERO, NOW);
        TradePlan cancelled = TradeLifecycle.cancel(GateFixtures.readyIn(List.of(), "b", "7", 60), NOW);

        for (TradePlan plan : List.of(closed, cancelled)) {
            everyNumericEdit().forEach((what, edit) -> assertThatThrownBy(
                    () -> PlanLifecycle.afterEdit(plan, edit.apply(plan), CLOCK)).as(plan.status() + " " + what)
                    .isInstanceOf(FrozenPlanException.class));
        }
        assertThatThrownBy(() -> PlanLifecycle.afterEdit(closed, setup(closed, s -> s.stop("69000")), CLOCK))
                .hasMessage("This plan is closed: its numbers are frozen (stop changed from 69,300 to 69,000 refused);"
                        + " fills are corrected on the Fills tab");
    }

    @Test
    void theWordsOfAnOpenPlanMayStillBeWrittenAndItsAccountRechecksLeaveItAlone() {
        TradePlan open = open();
        TradePlan notes = open.withWritten(new WrittenPlan("Range breakout", "4h close above 70,000",
                "Scale out at 72,100", "Risk 1 %, stop at 69,300, no widening", "Moved nothing; funding flat"));

        assertThat(PlanLifecycle.afterEdit(open, notes, CLOCK).written().notes()).isEqualTo("Moved nothing; funding flat");
        assertThat(ReadyGate.recheck(open, AccountSnapshot.of("Main", "1000", "900"), RiskPolicy.defaults(), "", CLOCK))
                .isSameAs(open);
    }
}
