package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a closed trade came to, measured against its plan. Money is exact (not rounded) so that sums over
 * many trades stay exact; round only to show it.
 *
 * @param accountEquity       the equity of the plan's frozen account snapshot (the base of its risk %)
 * @param contracts           contracts entered (and, the trade being closed, exited)
 * @param grossPnl            (exit value − entry value) × contract size, signed for the side
 * @param fees                every fee of every fill (rebates negative)
 * @param funding             funding paid (+) or received (−) while the position was open
 * @param realizedPnl         gross P&L − fees − funding
 * @param plannedRisk         the plan's risk R at the stop, as sized against its frozen account snapshot;
 *                            null when the plan's sizing is incomplete or risks nothing
 * @param plannedRiskFraction R / the snapshot's equity; null with R
 * @param rMultiple           realized P&L / R; null with R
 * @param entrySlippage       average entry against the plan's average entry; null when the plan has no sizing
 * @param stopSlippage        STOP exits against the stop; null when no exit was a stop
 * @param targetSlippage      TARGET exits against the nearest planned target; null when none
 * @param followedPlan        every adherence fact holds and, once reviewed, every checklist item was followed
 */
public record TradeOutcome(
        String planId,
        String symbol,
        Direction direction,
        String quoteCurrency,
        Instant openedAt,
        Instant closedAt,
        Duration holdingTime,
        BigDecimal accountEquity,
        BigDecimal contracts,
        BigDecimal averageEntry,
        BigDecimal averageExit,
        BigDecimal grossPnl,
        BigDecimal fees,
        BigDecimal funding,
        BigDecimal realizedPnl,
        BigDecimal plannedRisk,
        BigDecimal plannedRiskFraction,
        BigDecimal rMultiple,
        Slippage entrySlippage,
        Slippage stopSlippage,
        Slippage targetSlippage,
        Adherence adherence,
        boolean followedPlan) {

    /** The outcome of a CLOSED or REVIEWED plan whose position is flat; empty for any other plan. */
    public static Optional<TradeOutcome> of(TradePlan plan) {
        TradeExecution execution = plan.execution();
        boolean closed = plan.status() == PlanStatus.CLOSED || plan.status() == PlanStatus.REVIEWED;
        if (!closed || execution == null || !execution.isFlat()) {
            return Optional.empty();
        }
        return Optional.of(measure(plan, execution, PositionSizer.size(plan.setup(), plan.policy(), plan.account())));
    }

    private static TradeOutcome measure(TradePlan plan, TradeExecution execution, SizingResult planned) {
        TradeSetup setup = plan.setup();
        BigDecimal gross = grossPnl(setup, execution);
        BigDecimal fees = execution.fees();
        BigDecimal realized = gross.subtract(fees).subtract(execution.funding());
        BigDecimal risk = planned.isComplete() && planned.riskAmount().signum() > 0 ? planned.riskAmount() : null;
        Adherence adherence = AdherenceCheck.check(setup, planned, execution);
        boolean followed = adherence.allHold() && (plan.review() == null || plan.review().followedChecklist());
        return new TradeOutcome(plan.id(), setup.contract().symbol(), setup.direction(),
                setup.contract().quoteCurrency(), execution.openedAt(), execution.closedAt(),
                Duration.between(execution.openedAt(), execution.closedAt()), plan.account().equity(),
                execution.enteredContracts(),
                execution.averageEntry(), execution.averageExit(), gross, fees, execution.funding(), realized, risk,
                risk == null ? null : planned.riskFraction(), risk == null ? null : Decimals.divide(realized, risk),
                planned.isComplete() ? ExecutionSlippage.entry(setup, planned.averageEntry(), execution) : null,
                ExecutionSlippage.stop(setup, execution), ExecutionSlippage.target(setup, execution),
                adherence, followed);
    }

    /** (exit value − entry value) × contract size, signed for the side: the P&L before fees and funding. */
    static BigDecimal grossPnl(TradeSetup setup, TradeExecution execution) {
        return setup.direction().favourableMove(execution.entryValue(), execution.exitValue())
                .multiply(setup.contract().contractSize());
    }

    /**
     * What a closed trade realized after fees and funding, without measuring it against its plan (cheap: for
     * the account's equity and today's loss over a whole journal). Null for a plan that is not a closed trade.
     */
    public static BigDecimal realizedPnlOf(TradePlan plan) {
        TradeExecution execution = plan.execution();
        boolean closed = plan.status() == PlanStatus.CLOSED || plan.status() == PlanStatus.REVIEWED;
        if (!closed || execution == null || !execution.isFlat()) {
            return null;
        }
        return grossPnl(plan.setup(), execution).subtract(execution.fees()).subtract(execution.funding());
    }

    public boolean isWin() {
        return realizedPnl.signum() > 0;
    }

    public boolean isLoss() {
        return realizedPnl.signum() < 0;
    }
}
