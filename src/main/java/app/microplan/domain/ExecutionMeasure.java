package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Works out an {@link ExecutionBreakdown}: the plan's numbers against the fills, one part at a time. */
final class ExecutionMeasure {
    /** Adverse entry slippage of a quarter R takes every point of the entry part. */
    private static final BigDecimal ENTRY_ZERO_AT_R = new BigDecimal("0.25");
    /** Exiting half an R short of the targets takes every point of the exits part. */
    private static final BigDecimal EXITS_ZERO_AT_R = new BigDecimal("0.5");
    /** Fees and funding a quarter R above the estimates take every point of the costs part. */
    private static final BigDecimal COSTS_ZERO_AT_R = new BigDecimal("0.25");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final TradePlan plan;
    private final TradeOutcome outcome;
    private final TradeSetup setup;
    private final TradeExecution execution;
    private final SizingResult sizing;
    private final Direction side;
    private final BigDecimal contractSize;

    private ExecutionMeasure(TradePlan plan, TradeOutcome outcome) {
        this.plan = plan;
        this.outcome = outcome;
        this.setup = plan.setup();
        this.execution = plan.execution();
        this.sizing = PositionSizer.size(setup, plan.policy(), plan.account());
        this.side = setup.direction();
        this.contractSize = setup.contract().contractSize();
    }

    static ExecutionBreakdown measure(TradePlan plan, TradeOutcome outcome) {
        return new ExecutionMeasure(plan, outcome).breakdown();
    }

    private ExecutionBreakdown breakdown() {
        List<LegFill> legs = legs();
        BigDecimal planned = sizing.isComplete() ? sizing.contracts() : null;
        StopResult stop = stop();
        TargetResult exits = exits();
        BigDecimal estimatedFees = Fees.onFills(setup, execution.entryValue(), execution.exitValue(),
                execution.enteredContracts());
        BigDecimal estimatedFunding = sizing.isComplete() ? sizing.fundingCost() : BigDecimal.ZERO;

        Map<DeviationKind, BigDecimal> costs = new EnumMap<>(DeviationKind.class);
        costs.put(DeviationKind.ENTRY_SLIPPAGE, legs.stream().map(LegFill::cost).reduce(BigDecimal.ZERO, BigDecimal::add));
        costs.put(DeviationKind.SIZE, sizeCost(planned));
        costs.put(DeviationKind.STOP, stop.overrun());
        costs.put(DeviationKind.EXITS, exits.leftOnTable());
        costs.put(DeviationKind.FEES, outcome.fees().subtract(estimatedFees));
        costs.put(DeviationKind.FUNDING, outcome.funding().subtract(estimatedFunding));

        ExecutionScore score = ExecutionScore.of(List.of(entryPart(costs), sizePart(planned), stopPart(stop.handling()),
                exitsPart(costs), costsPart(costs), holdingPart()));
        return new ExecutionBreakdown(plan.id(), outcome.symbol(), outcome.quoteCurrency(), outcome.closedAt(),
                outcome.realizedPnl(), outcome.plannedRisk(), legs, planned, execution.enteredContracts(),
                stop.handling(), stop.overrun(), exits.leftOnTable(), exits.cutBeforeStop(), outcome.fees(),
                estimatedFees, outcome.funding(), estimatedFunding, outcome.holdingTime(), setup.holdingHours(), costs,
                score);
    }

    // ---- Entry legs ---------------------------------------------------------------------------------------

    /** Each entry fill is matched to the planned leg whose price is nearest (the first of two equally near). */
    private List<LegFill> legs() {
        List<EntryLeg> planned = sizing.isComplete() ? sizing.allocatedEntries() : setup.entries();
        int count = planned.size();
        BigDecimal[] contracts = filled(count);
        BigDecimal[] value = filled(count);
        BigDecimal[] slip = filled(count);
        for (EntryFill fill : execution.entries()) {
            int leg = nearestLeg(planned, fill.price());
            if (leg < 0) {
                continue;
            }
            contracts[leg] = contracts[leg].add(fill.contracts());
            value[leg] = value[leg].add(fill.price().multiply(fill.contracts()));
            slip[leg] = slip[leg].add(side.favourableMove(planned.get(leg).price(), fill.price()).multiply(fill.contracts()));
        }
        List<LegFill> legs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EntryLeg leg = planned.get(i);
            boolean none = contracts[i].signum() == 0;
            legs.add(new LegFill(leg.price(), Decimals.orZero(leg.contracts()), contracts[i],
                    none ? null : Decimals.divide(value[i], contracts[i]),
                    none ? null : Decimals.divide(slip[i], contracts[i]), slip[i].multiply(contractSize)));
        }
        return legs;
    }

    private static int nearestLeg(List<EntryLeg> legs, BigDecimal price) {
        int best = -1;
        BigDecimal bestDistance = null;
        for (int i = 0; i < legs.size(); i++) {
            BigDecimal distance = legs.get(i).price().subtract(price).abs();
            if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static BigDecimal[] filled(int count) {
        BigDecimal[] values = new BigDecimal[count];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }

    // ---- Size, stop, exits --------------------------------------------------------------------------------

    /**
     * The P&L of the contracts taken beyond the plan (or not taken below it), each contract having made the
     * trade's average: a loss on contracts too many is a cost, and so is a win on contracts too few.
     */
    private BigDecimal sizeCost(BigDecimal planned) {
        BigDecimal entered = execution.enteredContracts();
        if (planned == null || entered.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return Decimals.divide(outcome.realizedPnl().multiply(planned.subtract(entered)), entered);
    }

    private record StopResult(StopHandling handling, BigDecimal overrun) {
    }

    private StopResult stop() {
        if (setup.stop() == null) {
            return new StopResult(StopHandling.NONE_PLANNED, BigDecimal.ZERO);
        }
        BigDecimal tolerance = setup.stop().multiply(AdherenceCheck.PRICE_TOLERANCE);
        BigDecimal overrun = BigDecimal.ZERO;
        boolean away = false;
        boolean closer = false;
        for (ExitFill exit : execution.exits()) {
            BigDecimal pastStop = side.favourableMove(exit.price(), setup.stop());
            if (pastStop.signum() > 0) {
                overrun = overrun.add(pastStop.multiply(exit.contracts()));
                away |= pastStop.compareTo(tolerance) > 0;
            } else if (exit.reason() == ExitReason.STOP && pastStop.negate().compareTo(tolerance) > 0) {
                closer = true;
            }
        }
        StopHandling handling = away ? StopHandling.MOVED_AWAY : closer ? StopHandling.MOVED_CLOSER : StopHandling.KEPT;
        return new StopResult(handling, overrun.multiply(contractSize));
    }

    private record TargetResult(BigDecimal leftOnTable, BigDecimal cutBeforeStop) {
    }

    /**
     * Profit-side exits, least favourable first, fill the targets nearest-first, each target taking its planned
     * fraction of the contracts entered; each piece is measured against its own target. Contracts beyond what
     * the targets plan for (targets for less than the whole position) have no target to compare with.
     */
    private TargetResult exits() {
        BigDecimal entry = execution.averageEntry();
        List<ExitFill> profitSide = new ArrayList<>();
        BigDecimal cut = BigDecimal.ZERO;
        for (ExitFill exit : execution.exits()) {
            BigDecimal gain = side.favourableMove(entry, exit.price());
            boolean pastStop = setup.stop() != null && side.favourableMove(exit.price(), setup.stop()).signum() > 0;
            if (gain.signum() > 0 && exit.reason() != ExitReason.STOP) {
                profitSide.add(exit);
            } else if (gain.signum() <= 0 && exit.reason() == ExitReason.MANUAL && !pastStop) {
                cut = cut.add(exit.contracts());
            }
        }
        if (setup.targets().isEmpty() || profitSide.isEmpty()) {
            return new TargetResult(BigDecimal.ZERO, cut);
        }
        List<Target> targets = new ArrayList<>(setup.targets());
        targets.sort(Comparator.comparing(t -> side.favourableMove(entry, t.price())));
        profitSide.sort(Comparator.comparing(e -> side.favourableMove(entry, e.price())));
        BigDecimal entered = execution.enteredContracts();
        BigDecimal[] room = new BigDecimal[targets.size()];
        for (int j = 0; j < room.length; j++) {
            room[j] = targets.get(j).fraction().multiply(entered);
        }
        BigDecimal left = BigDecimal.ZERO;
        int target = 0;
        for (ExitFill exit : profitSide) {
            BigDecimal remaining = exit.contracts();
            while (remaining.signum() > 0 && target < room.length) {
                BigDecimal piece = remaining.min(room[target]);
                left = left.add(side.favourableMove(exit.price(), targets.get(target).price()).multiply(piece));
                remaining = remaining.subtract(piece);
                room[target] = room[target].subtract(piece);
                if (room[target].signum() == 0) {
                    target++;
                }
            }
        }
        return new TargetResult(left.multiply(contractSize), cut);
    }

    // ---- The score ----------------------------------------------------------------------------------------

    private ExecutionScore.Part entryPart(Map<DeviationKind, BigDecimal> costs) {
        return new ExecutionScore.Part("Entries at the planned prices", ExecutionScore.ENTRY_WEIGHT,
                shareOfCost(costs.get(DeviationKind.ENTRY_SLIPPAGE), ENTRY_ZERO_AT_R),
                "Full marks without adverse slippage; none at 0.25 R of it or more");
    }

    private ExecutionScore.Part sizePart(BigDecimal planned) {
        BigDecimal entered = execution.enteredContracts();
        BigDecimal share = planned == null || planned.signum() == 0 || entered.compareTo(planned) > 0 ? BigDecimal.ZERO
                : entered.divide(planned, 4, RoundingMode.DOWN);
        return new ExecutionScore.Part("Size as planned", ExecutionScore.SIZE_WEIGHT, share,
                "The share of the planned size taken; none for more than planned");
    }

    private ExecutionScore.Part stopPart(StopHandling handling) {
        BigDecimal share = switch (handling) {
            case KEPT -> BigDecimal.ONE;
            case MOVED_CLOSER -> HALF;
            case MOVED_AWAY, NONE_PLANNED -> BigDecimal.ZERO;
        };
        return new ExecutionScore.Part("Stop kept", ExecutionScore.STOP_WEIGHT, share,
                "Kept: full marks; moved closer: half; moved away, overrun or none: none");
    }

    private ExecutionScore.Part exitsPart(Map<DeviationKind, BigDecimal> costs) {
        return new ExecutionScore.Part("Exits at the targets", ExecutionScore.EXITS_WEIGHT,
                shareOfCost(costs.get(DeviationKind.EXITS), EXITS_ZERO_AT_R),
                "Full marks at or beyond the targets; none 0.5 R or more short of them");
    }

    private ExecutionScore.Part costsPart(Map<DeviationKind, BigDecimal> costs) {
        return new ExecutionScore.Part("Fees and funding as estimated", ExecutionScore.COSTS_WEIGHT,
                shareOfCost(costs.get(DeviationKind.FEES).add(costs.get(DeviationKind.FUNDING)), COSTS_ZERO_AT_R),
                "Full marks at or under the estimates; none 0.25 R or more above them");
    }

    private ExecutionScore.Part holdingPart() {
        BigDecimal planned = setup.holdingHours();
        BigDecimal held = hours(outcome.holdingTime());
        BigDecimal share = planned.signum() == 0 || held.compareTo(planned) <= 0 ? BigDecimal.ONE
                : clampShare(BigDecimal.ONE.subtract(Decimals.divide(held.subtract(planned), planned)));
        return new ExecutionScore.Part("Held as long as planned", ExecutionScore.HOLDING_WEIGHT, share,
                "Full marks within the planned time; none at twice it or longer");
    }

    /** 1 for no cost (or a gain), falling in a straight line to 0 at {@code zeroAtR} R of cost. */
    private BigDecimal shareOfCost(BigDecimal cost, BigDecimal zeroAtR) {
        if (cost.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal risk = outcome.plannedRisk();
        if (risk == null) {
            return BigDecimal.ZERO;
        }
        return clampShare(BigDecimal.ONE.subtract(Decimals.divide(Decimals.divide(cost, risk), zeroAtR)));
    }

    private static BigDecimal clampShare(BigDecimal share) {
        return share.max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(4, RoundingMode.HALF_UP);
    }

    static BigDecimal hours(Duration duration) {
        return Decimals.divide(BigDecimal.valueOf(duration.getSeconds()), SECONDS_PER_HOUR);
    }
}
