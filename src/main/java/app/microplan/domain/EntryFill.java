package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A fill that opened or added to the position. */
public record EntryFill(Instant time, BigDecimal price, BigDecimal contracts, BigDecimal fee) implements Fill {

    public EntryFill {
        Fill.validate("entry fill", time, price, contracts);
        fee = Decimals.orZero(fee);
    }

    public static EntryFill of(String isoTime, String price, String contracts, String fee) {
        return new EntryFill(Instant.parse(isoTime), new BigDecimal(price), new BigDecimal(contracts),
                new BigDecimal(fee));
    }
}
