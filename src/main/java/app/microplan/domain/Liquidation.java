package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Isolated-margin liquidation estimate for a linear contract, charging maintenance margin at the entry price:
 * long P̄(1 − 1/L + MMR), short P̄(1 + 1/L − MMR). One exchange's published example: long at 20,000, 50×,
 * MMR 0.5 % → 19,700. Exchanges differ in detail, so it is only ever shown as an estimate.
 */
public final class Liquidation {
    private Liquidation() {
    }

    public static BigDecimal estimate(TradeSetup setup, BigDecimal averageEntry) {
        ContractSpec contract = setup.contract();
        BigDecimal inverseLeverage = Decimals.divide(BigDecimal.ONE, setup.leverage());
        BigDecimal mmr = contract.maintenanceMarginRate();
        boolean isLong = setup.direction() == Direction.LONG;
        BigDecimal factor = isLong
                ? BigDecimal.ONE.subtract(inverseLeverage).add(mmr)
                : BigDecimal.ONE.add(inverseLeverage).subtract(mmr);
        BigDecimal price = averageEntry.multiply(factor).max(BigDecimal.ZERO);
        // Rounded to the tick towards the entry: the estimate never looks further away than it is. Within a tick
        // of the entry it is the entry itself (rounding must not carry it to the profit side).
        BigDecimal tick = contract.tickSize();
        BigDecimal rounded = price.divide(tick, 0, isLong ? RoundingMode.CEILING : RoundingMode.FLOOR).multiply(tick);
        return isLong ? rounded.min(averageEntry) : rounded.max(averageEntry);
    }
}
