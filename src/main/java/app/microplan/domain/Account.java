package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A trading account (say one per exchange). The margin and risk its plans hold are worked out from the journal.
 *
 * @param equity               the account's equity; when {@code equityFollowsJournal}, the starting balance
 * @param limits               the account rules (open risk, daily loss, cool-down); the design's defaults when missing
 * @param equityFollowsJournal the equity used for sizing is the starting balance plus the realized P&L of the
 *                             account's closed trades, so sizing uses the money actually there
 */
public record Account(String name, BigDecimal equity, AccountLimits limits, boolean equityFollowsJournal) {

    public Account {
        ContractSpec.requireText(name, "account name");
        Objects.requireNonNull(equity, "equity");
        if (equity.signum() < 0) {
            throw new IllegalArgumentException("equity must not be negative, was " + equity.toPlainString());
        }
        limits = limits == null ? AccountLimits.defaults() : limits;
    }

    public Account(String name, BigDecimal equity) {
        this(name, equity, AccountLimits.defaults(), false);
    }

    public Account withEquity(BigDecimal value) {
        return new Account(name, value, limits, equityFollowsJournal);
    }

    public AccountSnapshot snapshot(BigDecimal otherPlansMargin) {
        return new AccountSnapshot(name, equity, otherPlansMargin);
    }
}
