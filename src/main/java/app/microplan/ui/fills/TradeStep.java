package app.microplan.ui.fills;

import app.microplan.domain.PlanStatus;

/** What the fills form asks for, from the plan's status. */
public enum TradeStep {
    /** A draft: it must be marked ready before it can be entered. */
    NOT_READY,
    /** Ready: the entry fills open the trade. */
    ENTRY,
    /** Open: exit fills (and any further entries) until no contract is left, then the funding closes it. */
    EXIT,
    /** Closed or reviewed: the fills are on record. */
    CLOSED,
    /** Cancelled: never entered. */
    CANCELLED;

    static TradeStep of(PlanStatus status) {
        return switch (status) {
            case DRAFT -> NOT_READY;
            case READY -> ENTRY;
            case OPEN -> EXIT;
            case CLOSED, REVIEWED -> CLOSED;
            case CANCELLED -> CANCELLED;
        };
    }
}
