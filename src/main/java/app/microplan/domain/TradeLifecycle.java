package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The journal half of a plan's life: READY → OPEN with the entry fills, OPEN → CLOSED with the exit fills
 * and the funding, CLOSED → REVIEWED with the review, or CANCELLED for a plan never entered. Each command
 * returns the changed plan or throws with one sentence for the trader: {@link IllegalStateException} when
 * the plan is in the wrong state, {@link IllegalArgumentException} when the fills do not add up.
 */
public final class TradeLifecycle {
    private TradeLifecycle() {
    }

    /** READY → OPEN: the position was entered with these fills (one or more). */
    public static TradePlan open(TradePlan plan, List<EntryFill> entries, Instant now) {
        requireStatus(plan, PlanStatus.READY, "opened", "refusal.status.open");
        requireSome(entries, "entry fill");
        TradeExecution execution = TradeExecution.NONE.plus(entries, List.of());
        return PlanLifecycle.moveTo(plan.withExecution(execution), PlanStatus.OPEN, now);
    }

    /**
     * Records fills on a READY or OPEN plan, as they happen or from an import: scaling in, taking part
     * profits, or closing. The plan is OPEN afterwards, or CLOSED when the exits leave no contract open
     * (funding then stays as recorded; {@link #correctExecution} adds it later).
     */
    public static TradePlan recordFills(TradePlan plan, List<EntryFill> entries, List<ExitFill> exits, Instant now) {
        TradePlan open = switch (plan.status()) {
            case READY -> open(plan, entries, now);
            case OPEN -> plan.withExecution(plan.execution().plus(entries, List.of()));
            default -> throw wrongStatus(plan, "given fills (it must be ready or open)", "refusal.status.fills");
        };
        TradeExecution execution = open.execution().plus(List.of(), exits);
        TradePlan recorded = open.toBuilder().execution(execution).updatedAt(now).build();
        return execution.isFlat() ? PlanLifecycle.moveTo(recorded, PlanStatus.CLOSED, now) : recorded;
    }

    /**
     * OPEN → CLOSED: the last exit fills and the funding paid (+) or received (−) not yet on record (it is added
     * to the payments already there, such as imported ones). The exits must leave no contract open.
     */
    public static TradePlan close(TradePlan plan, List<ExitFill> exits, BigDecimal funding, Instant now) {
        requireStatus(plan, PlanStatus.OPEN, "closed", "refusal.status.close");
        TradeExecution execution = withMoreFunding(plan.execution().plus(List.of(), exits), funding);
        if (!execution.isFlat()) {
            throw WordedRefusal.argument(Money.contracts(execution.openContracts())
                    + " contracts are still open: record their exits to close the trade",
                    Wording.of("refusal.stillOpen", Wording.plain(execution.openContracts())));
        }
        return PlanLifecycle.moveTo(plan.withExecution(execution), PlanStatus.CLOSED, now);
    }

    /** DRAFT or READY → CANCELLED: the trade was never entered. */
    public static TradePlan cancel(TradePlan plan, Instant now) {
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.READY) {
            throw wrongStatus(plan, "cancelled (only a plan never entered can be)", "refusal.status.cancel");
        }
        return PlanLifecycle.moveTo(plan, PlanStatus.CANCELLED, now);
    }

    /** CLOSED → REVIEWED with the review; a REVIEWED plan takes a revised review and stays REVIEWED. */
    public static TradePlan review(TradePlan plan, TradeReview review, Instant now) {
        if (review == null) {
            throw new IllegalArgumentException("a review is required");
        }
        if (plan.status() == PlanStatus.REVIEWED) {
            return plan.toBuilder().review(review).updatedAt(now).build();
        }
        requireStatus(plan, PlanStatus.CLOSED, "reviewed", "refusal.status.review");
        return PlanLifecycle.moveTo(plan.withReview(review), PlanStatus.REVIEWED, now);
    }

    /**
     * Replaces the fills and funding of an entered plan, to correct a typing mistake. A CLOSED or REVIEWED
     * plan must stay closed (every contract exited); an OPEN plan must still hold contracts.
     */
    public static TradePlan correctExecution(TradePlan plan, TradeExecution execution, Instant now) {
        PlanStatus status = plan.status();
        if (status != PlanStatus.OPEN && status != PlanStatus.CLOSED && status != PlanStatus.REVIEWED) {
            throw wrongStatus(plan, "given corrected fills (it was never entered)", "refusal.status.correct");
        }
        requireSome(execution.entries(), "entry fill");
        if (status == PlanStatus.OPEN && execution.isFlat()) {
            throw WordedRefusal.argument("these fills close the position: close the trade instead",
                    Wording.of("refusal.closeInstead"));
        }
        if (status != PlanStatus.OPEN && !execution.isFlat()) {
            throw WordedRefusal.argument(Money.contracts(execution.openContracts())
                    + " contracts would be left open in a closed trade",
                    Wording.of("refusal.leftOpen", Wording.plain(execution.openContracts())));
        }
        return plan.toBuilder().execution(execution).updatedAt(now).build();
    }

    /** The execution with {@code amount} more funding as a typed total; unchanged for none. */
    public static TradeExecution withMoreFunding(TradeExecution execution, BigDecimal amount) {
        if (amount == null || amount.signum() == 0) {
            return execution;
        }
        List<FundingPayment> payments = new java.util.ArrayList<>(execution.fundingPayments());
        payments.add(FundingPayment.total(amount));
        return execution.withFundingPayments(payments);
    }

    private static void requireStatus(TradePlan plan, PlanStatus required, String verb, String key) {
        if (plan.status() != required) {
            throw wrongStatus(plan, verb + " (it must be " + required.label().toLowerCase() + ")", key);
        }
    }

    /** "A draft plan cannot be closed (it must be open)"; {@code key} says the part after "cannot be". */
    private static IllegalStateException wrongStatus(TradePlan plan, String what, String key) {
        return WordedRefusal.state("A " + plan.status().label().toLowerCase() + " plan cannot be " + what,
                Wording.of(key, Wording.of("refusal.plan." + plan.status().name())));
    }

    private static void requireSome(List<?> fills, String what) {
        if (fills == null || fills.isEmpty()) {
            throw WordedRefusal.argument("at least one " + what + " is required",
                    Wording.of("refusal.required." + what.replace(' ', '-')));
        }
    }
}
