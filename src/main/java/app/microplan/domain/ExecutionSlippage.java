package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Comparator;

/** Entry and exit slippage of an executed plan: each fill against the price the plan named for it. */
final class ExecutionSlippage {
    private ExecutionSlippage() {
    }

    /** Entries against the plan's average entry: a long that bought higher, or a short that sold lower, slipped. */
    static Slippage entry(TradeSetup setup, BigDecimal plannedAverage, TradeExecution execution) {
        BigDecimal sum = BigDecimal.ZERO;
        for (EntryFill fill : execution.entries()) {
            sum = sum.add(setup.direction().favourableMove(plannedAverage, fill.price()).multiply(fill.contracts()));
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
        return setup.targets().stream().map(Target::price)
                .min(Comparator.comparing(t -> t.subtract(price).abs())).orElseThrow();
    }
}
