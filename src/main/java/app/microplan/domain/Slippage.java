package app.microplan.domain;

import java.math.BigDecimal;

/**
 * How far fills landed from the price the plan named, in the direction that costs the trader: positive is
 * worse than planned (a long bought higher, a stop filled lower), negative is price improvement.
 *
 * @param price  the contracts-weighted average distance, in price units
 * @param amount what that distance cost, in money: Σ distance × contracts × contract size
 */
public record Slippage(BigDecimal price, BigDecimal amount) {

    /** From Σ distance·contracts and Σ contracts of the fills compared; null when no fill was compared. */
    static Slippage of(BigDecimal distanceTimesContracts, BigDecimal contracts, BigDecimal contractSize) {
        if (contracts.signum() == 0) {
            return null;
        }
        return new Slippage(Decimals.divide(distanceTimesContracts, contracts),
                distanceTimesContracts.multiply(contractSize));
    }
}
