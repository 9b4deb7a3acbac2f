package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A fill that reduced or closed the position, and why: the stop, a target, or by hand.
 *
 * @param tradeId the exchange's id of the execution when it was imported; null for a fill typed by hand
 */
public record ExitFill(Instant time, BigDecimal price, BigDecimal contracts, BigDecimal fee, ExitReason reason,
                       String tradeId) implements Fill {

    public ExitFill {
        Fill.validate("exit fill", time, price, contracts);
        fee = Decimals.orZero(fee);
        Objects.requireNonNull(reason, "exit reason");
        tradeId = Fill.idOrNull(tradeId);
    }

    /** A fill typed by hand: no exchange id. */
    public ExitFill(Instant time, BigDecimal price, BigDecimal contracts, BigDecimal fee, ExitReason reason) {
        this(time, price, contracts, fee, reason, null);
    }

    public static ExitFill of(String isoTime, String price, String contracts, String fee, ExitReason reason) {
        return new ExitFill(Instant.parse(isoTime), new BigDecimal(price), new BigDecimal(contracts),
                new BigDecimal(fee), reason);
    }

    public ExitFill withReason(ExitReason newReason) {
        return new ExitFill(time, price, contracts, fee, newReason, tradeId);
    }
}
