package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/**
 * "Ready means ready now" (docs/design.md section 3): a READY plan is checked again whenever something it depends on
 * changes, and when a blocking rule fails it becomes a DRAFT at once, with the reason in its history. A DRAFT
 * takes the fresh account snapshot and policy too; from OPEN on nothing changes (the snapshot is what the
 * trader knew when entering).
 */
public final class ReadyGate {
    private ReadyGate() {
    }

    /**
     * The plan checked against its account now.
     *
     * @param account        the account as the journal shows it now, for this plan
     * @param settingsPolicy the trader's policy from Preferences, or null to keep the plan's own
     * @param trigger        what happened, in words for the reason ("the Long BTC plan (x) marked ready"); blank
     *                       to name the first change found in the account or the policy
     */
    public static TradePlan recheck(TradePlan plan, AccountSnapshot account, RiskPolicy settingsPolicy, String trigger,
                                    Clock clock) {
        if (!plan.status().isEditable()) {
            return plan;
        }
        TradePlan pinned = plan.status() == PlanStatus.READY ? pinSize(plan) : plan;
        RiskPolicy policy = settingsPolicy == null ? plan.policy()
                : settingsPolicy.forPlanWithRiskCap(plan.policy().riskCap());
        TradePlan refreshed = pinned.toBuilder().account(account).policy(policy).build();
        if (plan.status() == PlanStatus.DRAFT) {
            return refreshed;
        }
        PlanAssessment assessment = RuleBook.assess(refreshed, clock);
        if (assessment.allowsReady()) {
            return refreshed;
        }
        String cause = trigger == null || trigger.isBlank() ? PlanChanges.ofAccount(plan, refreshed) : trigger;
        cause = cause.isBlank() ? "re-checked against the account now" : cause;
        return backToDraft(refreshed, DraftReason.of(cause, refreshed, assessment), clock.instant());
    }

    /**
     * A READY plan after the trader edited it: a change of numbers, or a blocking rule that no longer holds
     * (the written plan cleared, say), makes it a DRAFT with the reason; an edit of the words alone keeps it READY.
     */
    static TradePlan recheckEdit(TradePlan before, TradePlan edited, Clock clock) {
        PlanAssessment assessment = RuleBook.assess(edited, clock);
        String numbers = PlanChanges.ofNumbers(before, edited);
        if (numbers.isEmpty() && assessment.allowsReady()) {
            return edited;
        }
        String cause = numbers.isEmpty() ? PlanChanges.ofEdit(before, edited) : numbers;
        return backToDraft(edited, DraftReason.of(cause, edited, assessment), clock.instant());
    }

    /**
     * A READY plan's size stays the size it was marked ready with: were it left to the caps, a lower equity
     * would quietly shrink the position instead of showing that the plan no longer fits the account.
     */
    public static TradePlan pinSize(TradePlan plan) {
        TradeSetup setup = plan.setup();
        if (setup.legsFixTheSize() || setup.contracts() != null) {
            return plan;
        }
        SizingResult sizing = PositionSizer.size(setup, plan.policy(), plan.account());
        BigDecimal size = sizing.contracts();
        return sizing.isComplete() && size.signum() > 0 ? plan.withSetup(setup.toBuilder().contracts(size).build()) : plan;
    }

    static TradePlan backToDraft(TradePlan plan, String reason, Instant now) {
        return plan.toBuilder().status(PlanStatus.DRAFT).updatedAt(now)
                .event(new PlanEvent(now, plan.status(), PlanStatus.DRAFT, reason)).build();
    }
}
