package app.microplan.domain;

import java.math.BigDecimal;

/**
 * One planned entry leg beside the fills that were nearest to it.
 *
 * @param plannedContracts the leg's share of the planned size
 * @param filledContracts  contracts of the fills matched to this leg (zero when it never filled)
 * @param averageFill      their average price, or null when it never filled
 * @param slippage         average distance from the leg's price, positive when worse than planned; null unfilled
 * @param cost             what that distance cost: slippage × contracts × contract size (negative: improvement)
 */
public record LegFill(BigDecimal plannedPrice, BigDecimal plannedContracts, BigDecimal filledContracts,
                      BigDecimal averageFill, BigDecimal slippage, BigDecimal cost) {

    public boolean filled() {
        return filledContracts.signum() > 0;
    }
}
