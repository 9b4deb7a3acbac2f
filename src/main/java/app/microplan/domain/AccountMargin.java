package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The margin an account's other plans hold: the initial margin of its READY and OPEN plans. An open trade imported
 * without a plan does not count: nobody chose its leverage, so its margin is not known (counted at 1× it would
 * claim its whole notional and block every other plan of the account).
 */
public final class AccountMargin {
    private AccountMargin() {
    }

    public static BigDecimal heldByOtherPlans(Collection<TradePlan> plans, String accountName, String excludedPlanId) {
        BigDecimal total = BigDecimal.ZERO;
        for (TradePlan plan : plans) {
            boolean unplanned = plan.execution() != null && plan.execution().unplanned();
            if (plan.status().holdsMargin() && !unplanned && plan.account().accountName().equals(accountName)
                    && !plan.id().equals(excludedPlanId)) {
                total = total.add(marginOf(plan));
            }
        }
        return Decimals.centsUp(total);
    }

    /** The plan's own initial margin at the size its setup gives (what it ties up once entered). */
    public static BigDecimal marginOf(TradePlan plan) {
        SizingResult sizing = PositionSizer.size(plan.setup(), plan.policy(), plan.account());
        return sizing.isComplete() ? sizing.initialMargin() : BigDecimal.ZERO;
    }
}
