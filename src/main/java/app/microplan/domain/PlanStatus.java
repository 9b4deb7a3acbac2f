package app.microplan.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a plan: DRAFT → READY → OPEN → CLOSED → REVIEWED, or CANCELLED.
 * A READY plan may drop back to DRAFT (its numbers changed) or be cancelled before it is entered. A CLOSED or
 * REVIEWED trade is OPEN again when a correction of its fills leaves contracts open (see
 * {@link ExecutionCorrections}); it holds margin again then, like any open trade.
 */
public enum PlanStatus {
    DRAFT, READY, OPEN, CLOSED, REVIEWED, CANCELLED;

    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(READY, CANCELLED);
            case READY -> EnumSet.of(DRAFT, OPEN, CANCELLED);
            case OPEN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(REVIEWED, OPEN);
            case REVIEWED -> EnumSet.of(OPEN);
            case CANCELLED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canMoveTo(PlanStatus target) {
        return next().contains(target);
    }

    /** Plans whose margin counts against the account: they hold, or are about to hold, a position. */
    public boolean holdsMargin() {
        return this == READY || this == OPEN;
    }

    /** The plan's numbers may still be edited (a READY plan edited becomes a DRAFT again). */
    public boolean isEditable() {
        return this == DRAFT || this == READY;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
