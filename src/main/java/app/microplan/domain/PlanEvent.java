package app.microplan.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a plan's status history: when, from what, to what, and why in words. The history shows why a
 * READY plan went back to draft ("Back to draft: equity lowered to $4,000.00 — margin now 12.25 %, above the
 * 10.00 % cap"), and the review and the checklist print it.
 */
public record PlanEvent(Instant at, PlanStatus from, PlanStatus to, String reason) {

    public PlanEvent {
        Objects.requireNonNull(at, "time");
        Objects.requireNonNull(from, "from status");
        Objects.requireNonNull(to, "to status");
        reason = reason == null ? "" : reason;
    }

    /** A READY plan that failed a re-check (or was edited) and became a draft again. */
    public boolean isBackToDraft() {
        return from == PlanStatus.READY && to == PlanStatus.DRAFT;
    }
}
