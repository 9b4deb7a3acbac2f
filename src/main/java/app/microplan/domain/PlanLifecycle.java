package app.microplan.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Moves a plan through DRAFT → READY → OPEN → CLOSED → REVIEWED (or CANCELLED), refusing any other move and
 * keeping each move in the plan's history; keeps the promises that a READY plan whose numbers change, or whose
 * rules no longer hold, is a DRAFT again, and that the numbers of an entered plan never change.
 */
public final class PlanLifecycle {
    private PlanLifecycle() {
    }

    /** Marks the plan READY if every blocking rule holds; otherwise throws with the reasons. */
    public static TradePlan markReady(TradePlan plan, Instant now) {
        return markReady(plan, Clock.fixed(now, ZoneId.systemDefault()));
    }

    /**
     * Marks the plan READY if every blocking rule holds at the clock's time (the plan's account snapshot should
     * be fresh: see {@link ReadyGate}); otherwise throws with the reasons. The size is pinned to what was checked.
     */
    public static TradePlan markReady(TradePlan plan, Clock clock) {
        PlanAssessment assessment = RuleBook.assess(plan, clock);
        if (!assessment.allowsReady()) {
            throw new PlanNotReadyException(assessment.blockingFailures());
        }
        long overridden = assessment.rules().stream().filter(RuleResult::isOverridden).count();
        String reason = "Marked ready: every blocking rule holds" + (overridden == 0 ? ""
                : " (" + overridden + " account rule" + (overridden == 1 ? "" : "s") + " overridden with a reason)");
        return moveTo(ReadyGate.pinSize(plan), PlanStatus.READY, clock.instant(), reason);
    }

    public static TradePlan moveTo(TradePlan plan, PlanStatus target, Instant now) {
        return moveTo(plan, target, now, defaultReason(plan.status(), target));
    }

    /** Moves the plan and records the move, with {@code reason}, in its history. */
    public static TradePlan moveTo(TradePlan plan, PlanStatus target, Instant now, String reason) {
        if (!plan.status().canMoveTo(target)) {
            throw new IllegalStateException("A " + plan.status().label().toLowerCase() + " plan cannot become "
                    + target.label().toLowerCase());
        }
        return plan.toBuilder().status(target).updatedAt(now)
                .event(new PlanEvent(now, plan.status(), target, reason)).build();
    }

    public static TradePlan afterEdit(TradePlan before, TradePlan edited, Instant now) {
        return afterEdit(before, edited, Clock.fixed(now, ZoneId.systemDefault()));
    }

    /**
     * The plan after an edit. The numbers, policy and account of an entered or cancelled plan are frozen: such an
     * edit is refused with a {@link FrozenPlanException}. A READY plan whose numbers changed, or whose blocking
     * rules no longer hold (its written plan cleared, say), drops back to DRAFT with the reason in its history.
     */
    public static TradePlan afterEdit(TradePlan before, TradePlan edited, Clock clock) {
        if (!before.status().isEditable() && PlanChanges.frozenPartsDiffer(before, edited)) {
            throw new FrozenPlanException(before, PlanChanges.ofNumbers(before, edited));
        }
        TradePlan stamped = edited.withUpdatedAt(clock.instant());
        if (before.status() == PlanStatus.READY && edited.status() == PlanStatus.READY) {
            return ReadyGate.recheckEdit(before, stamped, clock);
        }
        return stamped;
    }

    /**
     * Takes a new account snapshot while the plan is a DRAFT or READY (a READY plan is then checked again, see
     * {@link ReadyGate#recheck}); from OPEN on the snapshot is kept: a review compares against what the trader
     * knew when entering.
     */
    public static TradePlan refreshAccount(TradePlan plan, AccountSnapshot snapshot) {
        return plan.status().isEditable() ? plan.withAccount(snapshot) : plan;
    }

    private static String defaultReason(PlanStatus from, PlanStatus to) {
        return switch (to) {
            case DRAFT -> "Back to draft by hand";
            case READY -> "Marked ready";
            case OPEN -> "Entered";
            case CLOSED -> "Closed: every contract exited";
            case REVIEWED -> "Reviewed";
            case CANCELLED -> from == PlanStatus.READY ? "Cancelled before it was entered" : "Cancelled";
        };
    }
}
