package app.microplan.domain;

import java.util.Objects;

/**
 * Whether a re-check of a DRAFT changed nothing but the account snapshot it was judged against (other plans'
 * margin, today's loss after midnight, a cool-down that ended). A draft's snapshot is worked out again every time
 * the plan is looked at, so such a change is shown but not written: looking at a plan must not rewrite its file
 * (docs/decisions/0016-looking-at-a-plan-writes-nothing.md). The fresh snapshot is saved with the trader's next
 * edit. A READY plan's snapshot is what it was marked ready against, and a status change is always saved.
 */
public final class AccountOnlyRefresh {
    private AccountOnlyRefresh() {
    }

    public static boolean isAccountOnly(TradePlan before, TradePlan after) {
        if (before.status() != PlanStatus.DRAFT || after.status() != PlanStatus.DRAFT
                || !before.id().equals(after.id())) {
            return false;
        }
        return before.setup().sameNumbersAs(after.setup())
                && before.policy().sameAs(after.policy())
                && before.written().equals(after.written())
                && before.checklist().equals(after.checklist())
                && before.tags().equals(after.tags())
                && Objects.equals(before.execution(), after.execution())
                && Objects.equals(before.review(), after.review())
                && before.history().equals(after.history())
                && before.overrides().equals(after.overrides())
                && Objects.equals(before.playbook(), after.playbook());
    }
}
