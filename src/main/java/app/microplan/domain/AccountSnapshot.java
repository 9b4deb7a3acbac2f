package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the plan's sizing knew of its account: taken while the plan is a DRAFT, frozen once it is READY,
 * so a plan file alone can be checked and a review compares against what the trader knew then.
 *
 * @param otherPlansMargin margin held by the account's other OPEN and READY plans
 */
public record AccountSnapshot(String accountName, BigDecimal equity, BigDecimal otherPlansMargin) {

    public AccountSnapshot {
        ContractSpec.requireText(accountName, "account name");
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(otherPlansMargin, "other plans' margin");
        if (equity.signum() < 0) {
            throw new IllegalArgumentException("equity must not be negative, was " + equity.toPlainString());
        }
        if (otherPlansMargin.signum() < 0) {
            throw new IllegalArgumentException("other plans' margin must not be negative, was " + otherPlansMargin.toPlainString());
        }
    }

    public static AccountSnapshot of(String name, String equity, String otherPlansMargin) {
        return new AccountSnapshot(name, new BigDecimal(equity), new BigDecimal(otherPlansMargin));
    }

    public AccountSnapshot withOtherPlansMargin(BigDecimal margin) {
        return new AccountSnapshot(accountName, equity, margin);
    }
}
