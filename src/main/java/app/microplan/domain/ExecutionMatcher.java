package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a plan's executions from an exchange history into its entry and exit fills: for a long, buys enter
 * and sells exit; for a short, the other way round. Each exit gets the reason its price suggests (the
 * trader may change it): at or past the stop is a STOP, at or past the nearest target a TARGET, anything
 * else MANUAL — with {@link AdherenceCheck#PRICE_TOLERANCE} either way.
 */
public final class ExecutionMatcher {
    private ExecutionMatcher() {
    }

    /** The fills, in time order, ready for {@link TradeLifecycle#recordFills}. */
    public record MatchedFills(List<EntryFill> entries, List<ExitFill> exits) {
        public MatchedFills {
            entries = List.copyOf(entries);
            exits = List.copyOf(exits);
        }

        /** Records the fills on a READY or OPEN plan; see {@link TradeLifecycle#recordFills}. */
        public TradePlan recordOn(TradePlan plan, Instant now) {
            return TradeLifecycle.recordFills(plan, entries, exits, now);
        }
    }

    public static MatchedFills match(TradePlan plan, List<Execution> executions, QuantityUnit unit) {
        TradeSetup setup = plan.setup();
        TradeSide opening = TradeSide.opening(setup.direction());
        List<Execution> inOrder = new ArrayList<>(executions);
        inOrder.sort(Comparator.comparing(Execution::time));
        List<EntryFill> entries = new ArrayList<>();
        List<ExitFill> exits = new ArrayList<>();
        for (Execution execution : inOrder) {
            BigDecimal contracts = contracts(execution, setup.contract(), unit);
            if (execution.side() == opening) {
                entries.add(new EntryFill(execution.time(), execution.price(), contracts, execution.fee()));
            } else {
                exits.add(new ExitFill(execution.time(), execution.price(), contracts, execution.fee(),
                        likelyReason(setup, execution.price())));
            }
        }
        return new MatchedFills(entries, exits);
    }

    /** The reason an exit at this price most likely had; what the exit form suggests before the trader picks. */
    public static ExitReason likelyReason(TradeSetup setup, BigDecimal exitPrice) {
        Direction side = setup.direction();
        BigDecimal stop = setup.stop();
        if (stop != null && side.favourableMove(stop, exitPrice).compareTo(toleranceAt(stop)) <= 0) {
            return ExitReason.STOP;
        }
        if (!setup.targets().isEmpty()) {
            BigDecimal target = ExecutionSlippage.nearestTarget(setup, exitPrice);
            BigDecimal shortfall = side.favourableMove(exitPrice, target);
            if (shortfall.compareTo(toleranceAt(target)) <= 0) {
                return ExitReason.TARGET;
            }
        }
        return ExitReason.MANUAL;
    }

    private static BigDecimal toleranceAt(BigDecimal price) {
        return price.multiply(AdherenceCheck.PRICE_TOLERANCE);
    }

    /* The caller said what the file counts: its contracts are the plan's, coins are converted as any import's. */
    private static BigDecimal contracts(Execution execution, ContractSpec contract, QuantityUnit unit) {
        return unit == QuantityUnit.CONTRACTS ? execution.quantity()
                : TripFills.contracts(execution.withUnit(unit), contract);
    }
}
