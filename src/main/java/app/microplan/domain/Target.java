package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A take-profit level.
 *
 * @param fraction share of the position closed there, above 0 and at most 1
 */
public record Target(BigDecimal price, BigDecimal fraction) {

    public Target {
        ContractSpec.requirePositive(price, "target price");
        Objects.requireNonNull(fraction, "target fraction");
        if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("target fraction must be above 0 and at most 1, was " + fraction.toPlainString());
        }
    }

    public static Target of(String price, String fraction) {
        return new Target(new BigDecimal(price), new BigDecimal(fraction));
    }
}
