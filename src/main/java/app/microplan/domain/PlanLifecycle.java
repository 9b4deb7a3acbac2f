package app.microplan.domain;

import java.time.Instant;

/**
 * Moves a plan through DRAFT → READY → OPEN → CLOSED → REVIEWED (or CANCELLED), refusing any other move,
 * and keeps the promise that a READY plan whose numbers change is a DRAFT again.
 */
public final class PlanLifecycle {
    private PlanLifecycle() {
    }

    /** Marks the plan READY if every blocking rule holds; otherwise throws with the reasons. */
    public static TradePlan markReady(TradePlan plan, Instant now) {
        PlanAssessment assessment = RuleBook.assess(plan);
        if (!assessment.allowsReady()) {
            throw new PlanNotReadyException(assessment.blockingFailures());
        }
        return moveTo(plan, PlanStatus.READY, now);
    }

    public static TradePlan moveTo(TradePlan plan, PlanStatus target, Instant now) {
        if (!plan.status().canMoveTo(target)) {
            throw new IllegalStateException("A " + plan.status().label().toLowerCase() + " plan cannot become "
                    + target.label().toLowerCase());
        }
        return plan.toBuilder().status(target).updatedAt(now).build();
    }

    /**
     * The plan after an edit: a READY plan whose numbers (setup or policy) changed drops back to DRAFT, so it
     * has to pass the rules again. Edits to the written sections or checklist keep it READY.
     */
    public static TradePlan afterEdit(TradePlan before, TradePlan edited, Instant now) {
        TradePlan stamped = edited.withUpdatedAt(now);
        if (before.status() == PlanStatus.READY && numbersChanged(before, edited)) {
            return stamped.withStatus(PlanStatus.DRAFT);
        }
        return stamped;
    }

    public static boolean numbersChanged(TradePlan before, TradePlan after) {
        return !before.setup().sameNumbersAs(after.setup())
                || before.policy().riskCap().compareTo(after.policy().riskCap()) != 0
                || before.policy().marginCap().compareTo(after.policy().marginCap()) != 0;
    }

    /**
     * Takes a new account snapshot (equity, other plans' margin) while the plan is a DRAFT. Once READY the
     * snapshot is frozen: a review later compares against what the trader knew when planning.
     */
    public static TradePlan refreshAccount(TradePlan plan, AccountSnapshot snapshot) {
        return plan.status() == PlanStatus.DRAFT ? plan.withAccount(snapshot) : plan;
    }
}
