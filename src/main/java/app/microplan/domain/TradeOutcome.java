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
 * @param rMultiple           realized P&L / the risk actually taken ({@code riskTaken}): a trade stopped out
 *                            after only its first scale-in leg filled reads −1 R, not a fraction of the plan's R;
 *                            null when no risk was taken against a stop
 * @param entrySlippage       each entry fill against the planned price of its own leg (the nearest one); null
 *                            when the plan has no sizing
 * @param stopSlippage        STOP exits against the stop; null when no exit was a stop
 * @param targetSlippage      TARGET exits against the nearest planned target; null when none
 * @param followedPlan        every adherence fact holds and, once reviewed, every checklist item was followed
 * @param accountName         the account the trade was sized against (drawdown is worked out per account)
 * @param riskTaken           what the fills put at risk: the filled contracts at their fill prices to the planned
 *                            stop, with the entry fees paid and the exit fee the plan's rate gives at the stop,
 *                            rounded up to the cent; null without a stop on the loss side of the fills
 * @param plannedRMultiple    realized P&L / the planned risk: what the trade came to against the whole plan
 * @param unplanned           imported without a plan ({@link TradeExecution#unplanned()})
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
        boolean followedPlan,
        String accountName,
        BigDecimal riskTaken,
        BigDecimal plannedRMultiple,
        boolean unplanned) {

    /** What a closed trade came to, once small results count as breakeven. */
    public enum Result { WIN, LOSS, BREAKEVEN }

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
        BigDecimal taken = riskTaken(setup, execution);
        if (setup.contract().isInverse()) {
            // Fills, fees and funding of an inverse trade are in its coin; the outcome is in the account's currency.
            String currency = plan.account().equityCurrency();
            gross = InverseFills.inAccount(InverseFills.grossCoin(setup, execution), currency, execution);
            fees = InverseFills.inAccount(fees, currency, execution);
            realized = InverseFills.inAccount(InverseFills.realizedCoin(setup, execution), currency, execution);
            taken = InverseFills.riskTaken(setup, execution, currency);
        }
        Adherence adherence = AdherenceCheck.check(setup, planned, execution);
        boolean followed = !execution.unplanned() && adherence.allHold()
                && (plan.review() == null || plan.review().followedChecklist());
        return new TradeOutcome(plan.id(), setup.contract().symbol(), setup.direction(),
                planned.quoteCurrency(), execution.openedAt(), execution.closedAt(),
                Duration.between(execution.openedAt(), execution.closedAt()), plan.account().equity(),
                execution.enteredContracts(),
                execution.averageEntry(), execution.averageExit(), gross, fees,
                setup.contract().isInverse() ? InverseFills.inAccount(execution.funding(),
                        plan.account().equityCurrency(), execution) : execution.funding(), realized, risk,
                risk == null ? null : planned.riskFraction(), taken == null ? null : Decimals.divide(realized, taken),
                planned.isComplete() ? ExecutionSlippage.entry(setup, planned.allocatedEntries(), execution) : null,
                ExecutionSlippage.stop(setup, execution), ExecutionSlippage.target(setup, execution),
                adherence, followed, plan.account().accountName(), taken,
                risk == null ? null : Decimals.divide(realized, risk), execution.unplanned());
    }

    /**
     * Σ contracts × (distance from the fill to the stop × m + exit fee rate × stop × m) + the entry fees paid,
     * rounded up to the cent: the loss a stop-out would have cost with the fills the trade actually got. Null
     * without a stop, or when the fills leave nothing at risk (a stop at or beyond the entries).
     */
    static BigDecimal riskTaken(TradeSetup setup, TradeExecution execution) {
        BigDecimal stop = setup.stop();
        if (stop == null || execution.entries().isEmpty()) {
            return null;
        }
        BigDecimal m = setup.contract().contractSize();
        BigDecimal sum = execution.entryFees();
        for (EntryFill fill : execution.entries()) {
            BigDecimal distance = setup.direction().favourableMove(stop, fill.price());
            sum = sum.add(distance.multiply(m).multiply(fill.contracts())).add(Fees.exitAtStop(setup, fill.contracts()));
        }
        return sum.signum() > 0 ? Decimals.centsUp(sum) : null;
    }

    /**
     * WIN or LOSS by the sign of the realized P&L, but BREAKEVEN while |R| stays below {@code band}: a trade that
     * made 0.02 R paid its fees and little else. Without an R (no stop), only an exact zero breaks even.
     */
    public Result result(BigDecimal band) {
        if (rMultiple != null && rMultiple.abs().compareTo(band) < 0) {
            return Result.BREAKEVEN;
        }
        return realizedPnl.signum() > 0 ? Result.WIN : realizedPnl.signum() < 0 ? Result.LOSS : Result.BREAKEVEN;
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
        if (plan.setup().contract().isInverse()) {
            return InverseFills.inAccount(InverseFills.realizedCoin(plan.setup(), execution),
                    plan.account().equityCurrency(), execution);
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
