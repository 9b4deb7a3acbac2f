package app.microplan.ui.plan;

import app.microplan.domain.Account;
import app.microplan.domain.AccountSnapshot;

/** What a plan may know of its account right now: equity, the margin the account's other plans hold, its fee rates. */
@FunctionalInterface
public interface AccountSource {
    AccountSnapshot snapshotFor(String planId, String accountName);

    /** The account's settings (its own fee rates), or null when there is nothing beyond the snapshot. */
    default Account account(String accountName) {
        return null;
    }
}
