package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fill that opened or added to the position.
 *
 * @param tradeId the exchange's id of the execution when it was imported (what a second import of the same
 *                file is recognised by); null for a fill typed by hand
 */
public record EntryFill(Instant time, BigDecimal price, BigDecimal contracts, BigDecimal fee, String tradeId)
        implements Fill {

    public EntryFill {
        Fill.validate("entry fill", time, price, contracts);
        fee = Decimals.orZero(fee);
        tradeId = Fill.idOrNull(tradeId);
    }

    /** A fill typed by hand: no exchange id. */
    public EntryFill(Instant time, BigDecimal price, BigDecimal contracts, BigDecimal fee) {
        this(time, price, contracts, fee, null);
    }

    public static EntryFill of(String isoTime, String price, String contracts, String fee) {
        return new EntryFill(Instant.parse(isoTime), new BigDecimal(price), new BigDecimal(contracts),
                new BigDecimal(fee));
    }
}
