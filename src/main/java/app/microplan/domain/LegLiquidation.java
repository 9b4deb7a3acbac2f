package app.microplan.domain;

import java.math.BigDecimal;

/**
 * The liquidation estimate once entry leg {@code leg} has filled, with every leg the price reached before it.
 *
 * @param leg          the leg's number as the plan lists it (1 for the first)
 * @param legPrice     the leg's entry price
 * @param contracts    contracts held after this leg fills
 * @param averageEntry their average entry
 * @param price        the liquidation estimate of that position, rounded to the tick towards the entry
 */
public record LegLiquidation(int leg, BigDecimal legPrice, BigDecimal contracts, BigDecimal averageEntry,
                             BigDecimal price) {
}
