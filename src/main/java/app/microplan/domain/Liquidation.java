package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Isolated-margin liquidation estimate for a linear contract under its exchange's convention
 * ({@link LiquidationConvention}). Rounded to the tick towards the entry, so the estimate never looks further
 * away than the formula says; always labelled an estimate (the exchange uses the mark price and knows the
 * account's other positions).
 */
public final class Liquidation {
    private Liquidation() {
    }

    /**
     * The estimate for {@code contracts} at {@code averageEntry}; empty when the contract has no liquidation price.
     * An inverse contract's estimate does not depend on the size ({@link InverseLiquidation}); its average entry is
     * the harmonic one.
     */
    public static Optional<BigDecimal> estimate(ContractSpec contract, Direction direction, BigDecimal leverage,
                                                BigDecimal contracts, BigDecimal averageEntry) {
        if (!contract.hasLiquidationPrice()) {
            return Optional.empty();
        }
        if (contract.isInverse()) {
            return InverseLiquidation.exactPrice(contract, direction, leverage, averageEntry)
                    .map(price -> towardsEntry(price, averageEntry, direction, contract.tickSize()));
        }
        LinearPosition position = new LinearPosition(direction, contracts.multiply(contract.contractSize()),
                averageEntry, leverage, contract.tiers(), contract.takerFeeRate());
        return contract.liquidationConvention().exactPrice(position)
                .map(price -> towardsEntry(price, averageEntry, direction, contract.tickSize()));
    }

    /*
     * Within a tick of the entry the estimate is the entry itself (rounding must not carry it to the profit side);
     * a long at low leverage can have no liquidation above zero, shown as 0.
     */
    private static BigDecimal towardsEntry(BigDecimal price, BigDecimal averageEntry, Direction direction,
                                           BigDecimal tick) {
        boolean isLong = direction == Direction.LONG;
        BigDecimal rounded = price.max(BigDecimal.ZERO)
                .divide(tick, 0, isLong ? RoundingMode.CEILING : RoundingMode.FLOOR).multiply(tick);
        return isLong ? rounded.min(averageEntry) : rounded.max(averageEntry);
    }
}
