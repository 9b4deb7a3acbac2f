package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Entry and exit slippage of an executed plan: each fill against the price the plan named for it. */
final class ExecutionSlippage {
    private ExecutionSlippage() {
    }

    /**
     * Each entry fill against the price of its own leg, the planned leg nearest the fill: a long that bought
     * higher, or a short that sold lower, slipped. (Against the plans' average, a first leg filled exactly at its
     * price would read as slippage whenever a second leg lower down did not fill.)
     */
    static Slippage entry(TradeSetup setup, List<EntryLeg> legs, TradeExecution execution) {
        if (legs.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (EntryFill fill : execution.entries()) {
            BigDecimal leg = nearest(legs.stream().map(EntryLeg::price).toList(), fill.price());
            sum = sum.add(setup.direction().favourableMove(leg, fill.price()).multiply(fill.contracts()));
        }
        return Slippage.of(sum, execution.enteredContracts(), setup.contract().contractSize());
    }

    /** STOP exits against the stop: a long stopped out below it, or a short above it, slipped. */
    static Slippage stop(TradeSetup setup, TradeExecution execution) {
        if (setup.stop() == null) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal contracts = BigDecimal.ZERO;
        for (ExitFill fill : execution.exits()) {
            if (fill.reason() == ExitReason.STOP) {
                sum = sum.add(setup.direction().favourableMove(fill.price(), setup.stop()).multiply(fill.contracts()));
                contracts = contracts.add(fill.contracts());
            }
        }
        return Slippage.of(sum, contracts, setup.contract().contractSize());
    }

    /**
     * TARGET exits against the planned target nearest each fill (scaling out at two targets compares each
     * exit with its own): a long that sold below its target, or a short that bought above it, slipped.
     */
    static Slippage target(TradeSetup setup, TradeExecution execution) {
        if (setup.targets().isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal contracts = BigDecimal.ZERO;
        for (ExitFill fill : execution.exits()) {
            if (fill.reason() == ExitReason.TARGET) {
                BigDecimal target = nearestTarget(setup, fill.price());
                sum = sum.add(setup.direction().favourableMove(fill.price(), target).multiply(fill.contracts()));
                contracts = contracts.add(fill.contracts());
            }
        }
        return Slippage.of(sum, contracts, setup.contract().contractSize());
    }

    static BigDecimal nearestTarget(TradeSetup setup, BigDecimal price) {
        return nearest(setup.targets().stream().map(Target::price).toList(), price);
    }

    private static BigDecimal nearest(List<BigDecimal> prices, BigDecimal price) {
        return prices.stream().min(Comparator.comparing(p -> p.subtract(price).abs())).orElseThrow();
    }
}
