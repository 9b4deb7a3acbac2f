package app.microplan.domain;

import java.math.BigDecimal;

/**
 * What an exchange charges for one fill: a maker rate for resting limit orders, a taker rate for market and
 * stop orders (fractions of the notional), and a fixed amount per contract per side (CME's exchange, clearing
 * and broker fees are in dollars per contract, not a rate).
 *
 * @param perContract quote currency per contract per side, paid on entry and again on exit
 */
public record FeeSchedule(BigDecimal makerRate, BigDecimal takerRate, BigDecimal perContract) {
    public static final FeeSchedule NONE = new FeeSchedule(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public FeeSchedule {
        makerRate = Decimals.orZero(makerRate);
        takerRate = Decimals.orZero(takerRate);
        perContract = Decimals.orZero(perContract);
        ContractSpec.requireFraction(makerRate, "maker fee rate");
        ContractSpec.requireFraction(takerRate, "taker fee rate");
        if (perContract.signum() < 0) {
            throw new IllegalArgumentException("fee per contract must not be negative, was " + perContract.toPlainString());
        }
    }

    /** The rate an order of this type pays: maker for a resting limit, taker for market and stop orders. */
    public BigDecimal rateFor(OrderType type) {
        return type.isTaker() ? takerRate : makerRate;
    }
}
