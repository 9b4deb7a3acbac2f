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

    /** The exchange's id of the execution, or null for a fill typed by hand. */
    String tradeId();

    /** Checks shared by entry and exit fills, with the kind of fill named in the message. */
    static void validate(String kind, Instant time, BigDecimal price, BigDecimal contracts) {
        if (time == null) {
            throw new IllegalArgumentException(kind + " time is required");
        }
        ContractSpec.requirePositive(price, kind + " price");
        ContractSpec.requirePositive(contracts, kind + " contracts");
    }

    /** A blank id is no id: a spreadsheet's empty cell must not make two fills "the same trade". */
    static String idOrNull(String id) {
        return id == null || id.isBlank() ? null : id.strip();
    }

    /**
     * The same execution as {@code other}: the same exchange id when both have one, otherwise the same time,
     * price and contracts (what an export without ids repeats exactly).
     */
    default boolean sameExecutionAs(Instant otherTime, BigDecimal otherPrice, BigDecimal otherContracts,
                                    String otherId) {
        if (tradeId() != null && otherId != null) {
            return tradeId().equals(otherId);
        }
        return time().equals(otherTime) && price().compareTo(otherPrice) == 0
                && contracts().compareTo(otherContracts) == 0;
    }
}
