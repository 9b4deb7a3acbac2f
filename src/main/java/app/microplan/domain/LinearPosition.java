package app.microplan.domain;

import java.math.BigDecimal;

/**
 * An isolated position in a linear contract, as the liquidation formulas see it: its coins, average entry,
 * leverage (the isolated margin is notional ÷ leverage), the contract's margin table and the taker rate of
 * the order that would close it.
 *
 * @param coins contracts × contract size, above zero
 */
public record LinearPosition(Direction direction, BigDecimal coins, BigDecimal averageEntry, BigDecimal leverage,
                             MarginTiers tiers, BigDecimal takerFeeRate) {

    public LinearPosition {
        ContractSpec.requirePositive(coins, "position size");
        ContractSpec.requirePositive(averageEntry, "average entry");
        ContractSpec.requirePositive(leverage, "leverage");
        takerFeeRate = Decimals.orZero(takerFeeRate);
    }

    public BigDecimal notional() {
        return coins.multiply(averageEntry);
    }

    public BigDecimal isolatedMargin() {
        return Decimals.divide(notional(), leverage);
    }

    /** The tier of the notional at entry; the largest tier when the position is beyond the table (the strictest). */
    public MarginTier tierAtEntry() {
        return tiers.tierFor(notional()).orElse(tiers.tiers().get(tiers.tiers().size() - 1));
    }

    public boolean isLong() {
        return direction == Direction.LONG;
    }
}
