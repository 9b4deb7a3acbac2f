package app.microplan.ui.fills;

import app.microplan.ui.common.Messages;
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
            case NOT_READY -> Messages.text("fills.step.notReady");
            case ENTRY -> Messages.text("fills.step.entry");
            case EXIT -> Messages.text("fills.step.exit");
            case CLOSED -> Messages.text("fills.step.closed");
            case CANCELLED -> Messages.text("fills.step.cancelled");
        };
    }

    /** What to do at this step, with the time zone the times are typed in when times are typed. */
    String explanation(ZoneId zone) {
        String times = " " + Messages.text("fills.times", zone.getId());
        return switch (this) {
            case NOT_READY -> Messages.text("fills.explain.notReady");
            case ENTRY -> Messages.text("fills.explain.entry") + times;
            case EXIT -> Messages.text("fills.explain.exit") + times;
            case CLOSED -> Messages.text("fills.explain.closed");
            case CANCELLED -> Messages.text("fills.explain.cancelled");
        };
    }

    /** The entry rows' title: once the trade is open, more entries scale in. */
    String entriesTitle() {
        return Messages.text(this == EXIT ? "fills.furtherEntries" : "fills.entryFills");
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
