package app.microplan.ui.plan;

import app.microplan.domain.TradePlan;

/**
 * Whether an edit changed anything. Numbers are compared by value (70000 and 70000.00 are one price), so a
 * field re-typed in another format neither saves the plan again nor drops a READY plan to DRAFT.
 */
final class PlanComparison {
    private PlanComparison() {
    }

    static boolean same(TradePlan a, TradePlan b) {
        return a.status() == b.status()
                && a.setup().sameNumbersAs(b.setup())
                && a.policy().sameAs(b.policy())
                && a.account().sameAs(b.account())
                && a.written().equals(b.written())
                && a.checklist().equals(b.checklist())
                && a.tags().equals(b.tags())
                && a.overrides().equals(b.overrides())
                && a.history().equals(b.history())
                && java.util.Objects.equals(a.playbook(), b.playbook());
    }
}
