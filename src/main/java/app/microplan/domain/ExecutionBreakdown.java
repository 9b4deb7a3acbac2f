package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A closed trade's plan beside its execution, part by part: each entry leg's slippage, the size taken
 * against the size planned, what became of the stop, the exits against the targets, fees and funding against
 * the plan's estimates, and the holding time against the planned one; what each departure cost in money and
 * in R; and a score of 0 to 100 with its weights. Worked out from {@link TradeOutcome} and the plan's own
 * sizing, so it uses the same R as every other figure of the journal.
 *
 * @param plannedRisk         R, the plan's risk at the stop; null when the plan had none (then no cost in R)
 * @param plannedContracts    the plan's size; null when its sizing was incomplete
 * @param stopOverrun         Σ over exits past the stop of the distance × contracts × contract size
 * @param leftOnTable         profit-side exits against the planned targets: positive when they exited short of
 *                            them, negative when beyond; zero without targets
 * @param cutBeforeStop       contracts closed by hand at a loss before the stop (no cost is put on them: where
 *                            the price would have gone is not known)
 * @param estimatedFees       the plan's fee rates applied to the fills actually made
 * @param estimatedFunding    the plan's funding estimate (its size, rate and holding time)
 * @param plannedHoldingHours the plan's holding time, zero when it gave none
 * @param costs               every {@link DeviationKind}, in order: positive cost the trader money, negative
 *                            made money against the plan
 */
public record ExecutionBreakdown(
        String planId,
        String symbol,
        String currency,
        Instant closedAt,
        BigDecimal realizedPnl,
        BigDecimal plannedRisk,
        List<LegFill> legs,
        BigDecimal plannedContracts,
        BigDecimal enteredContracts,
        StopHandling stop,
        BigDecimal stopOverrun,
        BigDecimal leftOnTable,
        BigDecimal cutBeforeStop,
        BigDecimal fees,
        BigDecimal estimatedFees,
        BigDecimal funding,
        BigDecimal estimatedFunding,
        Duration holdingTime,
        BigDecimal plannedHoldingHours,
        Map<DeviationKind, BigDecimal> costs,
        ExecutionScore score) {

    public ExecutionBreakdown {
        legs = List.copyOf(legs);
        costs = Collections.unmodifiableMap(new EnumMap<>(costs));
    }

    /** The breakdown of a closed (or reviewed) trade; empty for any other plan. */
    public static Optional<ExecutionBreakdown> of(TradePlan plan) {
        return TradeOutcome.of(plan).map(outcome -> ExecutionMeasure.measure(plan, outcome));
    }

    /** From an outcome already worked out (the journal keeps one per entry). */
    public static ExecutionBreakdown of(TradePlan plan, TradeOutcome outcome) {
        return ExecutionMeasure.measure(plan, outcome);
    }

    public BigDecimal cost(DeviationKind kind) {
        return costs.get(kind);
    }

    /** The cost in R, or null when the plan had no risk to measure by. */
    public BigDecimal costInR(DeviationKind kind) {
        return plannedRisk == null ? null : Decimals.divide(costs.get(kind), plannedRisk);
    }

    /** Whether the trade departed from its plan in this way at all (a cost of exactly nothing is no departure). */
    public boolean deviates(DeviationKind kind) {
        return costs.get(kind).signum() != 0 || (kind == DeviationKind.STOP && stop == StopHandling.MOVED_AWAY);
    }
}
