package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The take-profit price that returns a wanted amount after every cost: a return on the margin held (50 % at 10×)
 * or a multiple of the risk at the stop (2 R). The exit is a resting limit order, so it pays the maker fee.
 *
 * @param wanted     the net P&L asked for, in the quote currency
 * @param price      the price to the cent, away from the entry (what people read: 73,571.79)
 * @param orderPrice the same on the contract's tick, away from the entry: what a take-profit order can carry
 */
public record ReturnTarget(String basis, BigDecimal wanted, BigDecimal price, BigDecimal orderPrice) {

    /** Largest return on margin asked for, as a fraction (100×): beyond it the target is a typo, not a plan. */
    public static final BigDecimal MOST_RETURN_ON_MARGIN = new BigDecimal("100");
    /** Largest multiple of the risk asked for. */
    public static final BigDecimal MOST_R = new BigDecimal("100");

    /** {@code fraction} of the margin held (0.5 for 50 %) as net profit. */
    public static Optional<ReturnTarget> onMargin(ExitValuation position, BigDecimal fraction) {
        requireWithin(fraction, MOST_RETURN_ON_MARGIN, "return on margin");
        return at(position, "return of " + Money.percent(fraction) + " on margin",
                fraction.multiply(position.initialMargin()));
    }

    /** {@code multiple} × the risk at the stop as net profit. */
    public static Optional<ReturnTarget> inR(ExitValuation position, BigDecimal multiple) {
        requireWithin(multiple, MOST_R, "multiple of R");
        return at(position, Decimals.plain(multiple) + " R", multiple.multiply(position.sizing().riskAmount()));
    }

    private static Optional<ReturnTarget> at(ExitValuation position, String basis, BigDecimal wanted) {
        return position.priceFor(wanted, OrderType.LIMIT).map(exact -> new ReturnTarget(basis, wanted,
                position.awayFromEntryToCents(exact), position.awayFromEntryToTick(exact)));
    }

    private static void requireWithin(BigDecimal value, BigDecimal most, String what) {
        if (value == null || value.signum() <= 0 || value.compareTo(most) > 0) {
            throw new IllegalArgumentException(what + " must be above 0 and at most " + Decimals.plain(most)
                    + (what.startsWith("return") ? " (10,000 %)" : "") + ", was "
                    + (value == null ? "nothing" : Decimals.plain(value)));
        }
    }
}
