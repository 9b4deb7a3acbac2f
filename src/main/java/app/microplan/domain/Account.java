package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A trading account (say one per exchange). The margin its other plans hold is worked out from the journal. */
public record Account(String name, BigDecimal equity) {

    public Account {
        ContractSpec.requireText(name, "account name");
        Objects.requireNonNull(equity, "equity");
        if (equity.signum() < 0) {
            throw new IllegalArgumentException("equity must not be negative, was " + equity.toPlainString());
        }
    }

    public AccountSnapshot snapshot(BigDecimal otherPlansMargin) {
        return new AccountSnapshot(name, equity, otherPlansMargin);
    }
}
