package app.microplan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Liquidation of an isolated inverse position (docs/numbers.md, "Inverse contracts", with the derivation and
 * Bybit's worked example). The position is liquidated when its coin margin A/L plus its P&amp;L in coin falls to
 * the maintenance margin in coin. Dividing by the coins held A, the size drops out, and with entry P (the
 * harmonic average), leverage L and maintenance rate m:
 * <ul>
 *   <li>Bybit, maintenance m·A at the entry: long P/(1 + 1/L − m), short P/(1 − 1/L + m);</li>
 *   <li>Binance, maintenance m·B/X at the liquidation price: long P(1 + m)/(1 + 1/L), short P(1 − m)/(1 − 1/L);</li>
 *   <li>OKX, as Binance with the taker fee of closing added to m.</li>
 * </ul>
 * A short at 1× (or less) never runs out of coin margin under the Binance and OKX formulas: no price.
 */
final class InverseLiquidation {
    private static final MathContext EXACT = new MathContext(40);

    private InverseLiquidation() {
    }

    static Optional<BigDecimal> exactPrice(ContractSpec contract, Direction direction, BigDecimal leverage,
                                           BigDecimal averageEntry) {
        BigDecimal inverseLeverage = BigDecimal.ONE.divide(leverage, EXACT);
        BigDecimal rate = contract.maintenanceMarginRate();
        boolean isLong = direction == Direction.LONG;
        return switch (contract.liquidationConvention()) {
            case BYBIT -> divide(averageEntry, isLong ? BigDecimal.ONE.add(inverseLeverage).subtract(rate)
                    : BigDecimal.ONE.subtract(inverseLeverage).add(rate));
            case BINANCE -> atTheLiquidationPrice(averageEntry, rate, inverseLeverage, isLong);
            case OKX -> atTheLiquidationPrice(averageEntry, rate.add(contract.takerFeeRate()), inverseLeverage, isLong);
            case NONE, CME -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> atTheLiquidationPrice(BigDecimal entry, BigDecimal rate,
                                                               BigDecimal inverseLeverage, boolean isLong) {
        return isLong ? divide(entry.multiply(BigDecimal.ONE.add(rate)), BigDecimal.ONE.add(inverseLeverage))
                : divide(entry.multiply(BigDecimal.ONE.subtract(rate)), BigDecimal.ONE.subtract(inverseLeverage));
    }

    private static Optional<BigDecimal> divide(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() <= 0 || numerator.signum() <= 0 ? Optional.empty()
                : Optional.of(Decimals.divide(numerator, denominator));
    }
}
