package app.microplan.ui.plan;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.RiskPolicy;
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
                && samePolicy(a.policy(), b.policy())
                && sameAccount(a.account(), b.account())
                && a.written().equals(b.written())
                && a.checklist().equals(b.checklist())
                && a.tags().equals(b.tags())
                && java.util.Objects.equals(a.playbook(), b.playbook());
    }

    private static boolean samePolicy(RiskPolicy a, RiskPolicy b) {
        return a.riskCap().compareTo(b.riskCap()) == 0 && a.marginCap().compareTo(b.marginCap()) == 0
                && a.leverageWarning().compareTo(b.leverageWarning()) == 0
                && a.minRewardRisk().compareTo(b.minRewardRisk()) == 0
                && a.maxFundingShareOfRisk().compareTo(b.maxFundingShareOfRisk()) == 0;
    }

    private static boolean sameAccount(AccountSnapshot a, AccountSnapshot b) {
        return a.accountName().equals(b.accountName()) && a.equity().compareTo(b.equity()) == 0
                && a.otherPlansMargin().compareTo(b.otherPlansMargin()) == 0;
    }
}
