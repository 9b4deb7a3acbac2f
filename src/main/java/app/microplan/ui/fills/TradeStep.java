package app.microplan.ui.fills;

import app.microplan.domain.PlanStatus;
import java.time.ZoneId;

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

    /** The form's heading for this step. */
    String heading() {
        return switch (this) {
            case NOT_READY -> "Not ready yet";
            case ENTRY -> "Record the entry";
            case EXIT -> "Record the exit";
            case CLOSED -> "Trade closed";
            case CANCELLED -> "Cancelled";
        };
    }

    /** What to do at this step, with the time zone the times are typed in when times are typed. */
    String explanation(ZoneId zone) {
        String times = " Times are in your time zone (" + zone.getId() + "); fees as charged, a rebate negative.";
        return switch (this) {
            case NOT_READY -> "Mark the plan ready when every rule holds; then record the fills that opened it here. "
                    + "A plan you will not trade can be cancelled.";
            case ENTRY -> "The fills that opened the position, one row per fill (partial fills are normal). The rows "
                    + "start from the plan: change what filled differently." + times;
            case EXIT -> "The fills that closed the position (at the stop, a target, or by hand), and any further "
                    + "entries. The trade closes when no contract is left open." + times;
            case CLOSED -> "The fills on record. The outcome and your review are on the Review tab; a correction here "
                    + "is measured there at once.";
            case CANCELLED -> "This plan was never entered.";
        };
    }

    /** The entry rows' title: once the trade is open, more entries scale in. */
    String entriesTitle() {
        return this == EXIT ? "FURTHER ENTRIES (SCALING IN)" : "ENTRY FILLS";
    }

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
