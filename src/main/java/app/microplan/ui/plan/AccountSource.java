package app.microplan.ui.plan;

import app.microplan.domain.AccountSnapshot;

/** What a plan may know of its account right now: equity, and the margin the account's other plans hold. */
@FunctionalInterface
public interface AccountSource {
    AccountSnapshot snapshotFor(String planId, String accountName);
}
