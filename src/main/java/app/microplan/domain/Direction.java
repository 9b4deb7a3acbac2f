package app.microplan.domain;

import java.math.BigDecimal;

/** The side of a position: a long profits when the price rises, a short when it falls. */
public enum Direction {
    LONG, SHORT;

    /** +1 for a long, −1 for a short: multiplying a price move by it gives the move in the trader's favour. */
    public BigDecimal sign() {
        return this == LONG ? BigDecimal.ONE : BigDecimal.ONE.negate();
    }

    /** The price move from {@code from} to {@code to}, positive when it is in this side's favour. */
    public BigDecimal favourableMove(BigDecimal from, BigDecimal to) {
        return to.subtract(from).multiply(sign());
    }

    public String label() {
        return this == LONG ? "Long" : "Short";
    }
}
