package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One execution at the exchange: when, at what price, how many contracts, and the fee paid for it
 * (a negative fee is a maker rebate received).
 */
public sealed interface Fill permits EntryFill, ExitFill {
    Instant time();

    BigDecimal price();

    BigDecimal contracts();

    BigDecimal fee();

    /** Checks shared by entry and exit fills, with the kind of fill named in the message. */
    static void validate(String kind, Instant time, BigDecimal price, BigDecimal contracts) {
        if (time == null) {
            throw new IllegalArgumentException(kind + " time is required");
        }
        ContractSpec.requirePositive(price, kind + " price");
        ContractSpec.requirePositive(contracts, kind + " contracts");
    }
}
