package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A worked-out price (an average entry or exit) as the trader reads it: with the decimals of the contract's tick
 * (0.01 → two, 0.5 → one, 5 → none), half up, so "3,237.55725191" reads "3,237.56". For the screen and the sheet
 * only: the stored and computed values keep every decimal.
 */
public final class TickDisplay {
    private TickDisplay() {
    }

    public static BigDecimal rounded(BigDecimal price, BigDecimal tickSize) {
        if (price == null || tickSize == null || tickSize.signum() <= 0) {
            return price;
        }
        int decimals = Math.max(0, tickSize.stripTrailingZeros().scale());
        return price.setScale(decimals, RoundingMode.HALF_UP);
    }
}
