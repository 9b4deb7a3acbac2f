package app.microplan.domain;

import java.math.BigDecimal;

/**
 * Trading fees of a plan, exact. Each entry leg pays the rate of its order type (maker for a resting limit,
 * taker for market and stop orders) and the exit at the stop is a stop order, so taker. A rate the trader typed
 * on the plan ({@link TradeSetup#entryFeeRate()}, {@link TradeSetup#exitFeeRate()}) replaces the schedule's
 * for that side; a fee per contract (CME) is paid on both sides on top.
 */
public final class Fees {
    private Fees() {
    }

    /** Fees paid to open {@code legs} (each with its contracts). */
    public static BigDecimal entry(TradeSetup setup, Iterable<EntryLeg> legs) {
        ContractSpec contract = setup.contract();
        FeeSchedule schedule = contract.fees();
        BigDecimal total = BigDecimal.ZERO;
        for (EntryLeg leg : legs) {
            BigDecimal rate = setup.entryFeeRate() != null ? setup.entryFeeRate() : schedule.rateFor(leg.orderType());
            BigDecimal notional = leg.price().multiply(leg.contracts()).multiply(contract.contractSize());
            total = total.add(rate.multiply(notional)).add(schedule.perContract().multiply(leg.contracts()));
        }
        return total;
    }

    /** Fees paid when the stop closes {@code contracts}: a stop order fills as a taker. */
    public static BigDecimal exitAtStop(TradeSetup setup, BigDecimal contracts) {
        ContractSpec contract = setup.contract();
        FeeSchedule schedule = contract.fees();
        BigDecimal rate = setup.exitFeeRate() != null ? setup.exitFeeRate() : schedule.rateFor(OrderType.STOP);
        BigDecimal notional = setup.stop().multiply(contracts).multiply(contract.contractSize());
        return rate.multiply(notional).add(schedule.perContract().multiply(contracts));
    }

    /**
     * Fees paid when the targets take their shares of {@code contracts}: a take-profit rests on the book as a limit
     * order, so maker (or the trader's own exit rate).
     */
    public static BigDecimal exitAtTargets(TradeSetup setup, BigDecimal contracts) {
        ContractSpec contract = setup.contract();
        FeeSchedule schedule = contract.fees();
        BigDecimal rate = setup.exitFeeRate() != null ? setup.exitFeeRate() : schedule.rateFor(OrderType.LIMIT);
        BigDecimal total = BigDecimal.ZERO;
        for (Target target : setup.targets()) {
            BigDecimal share = target.fraction().multiply(contracts);
            total = total.add(rate.multiply(target.price()).multiply(share).multiply(contract.contractSize()))
                    .add(schedule.perContract().multiply(share));
        }
        return total;
    }

    /**
     * The fees the plan's rates give for fills of these values (price × contracts, both sides, before the
     * contract size): what the trade should have paid, to set against what it did. Entries at the rate of the
     * plan's first leg, exits at the maker rate of a resting take-profit, unless the trader typed rates.
     */
    public static BigDecimal onFills(TradeSetup setup, BigDecimal entryValue, BigDecimal exitValue,
                                     BigDecimal contracts) {
        FeeSchedule schedule = setup.contract().fees();
        OrderType entryType = setup.entries().isEmpty() ? OrderType.LIMIT : setup.entries().get(0).orderType();
        BigDecimal entryRate = setup.entryFeeRate() != null ? setup.entryFeeRate() : schedule.rateFor(entryType);
        BigDecimal exitRate = setup.exitFeeRate() != null ? setup.exitFeeRate() : schedule.rateFor(OrderType.LIMIT);
        return entryRate.multiply(entryValue).add(exitRate.multiply(exitValue)).multiply(setup.contract().contractSize())
                .add(schedule.perContract().multiply(contracts).multiply(BigDecimal.valueOf(2)));
    }
}
