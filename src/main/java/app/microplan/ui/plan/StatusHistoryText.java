package app.microplan.ui.plan;

import app.microplan.ui.common.Messages;
import app.microplan.domain.PlanEvent;
import app.microplan.domain.RuleOverride;
import app.microplan.domain.TradePlan;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's status history as the review shows it, newest first, in the trader's zone, after the account rules the
 * trader overrode with their reasons.
 */
public final class StatusHistoryText {
    private StatusHistoryText() {
    }

    /** "2 Mar 2026, 12:00 · Ready → Draft · Back to draft: equity lowered to $4,000.00 — …". */
    public static List<String> lines(TradePlan plan, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        for (RuleOverride override : plan.overrides()) {
            lines.add(time(override.at().atZone(zone)) + " · " + Messages.text("override.kept",
                    Messages.current().getOr("rule." + override.rule().name(), override.rule().title()),
                    override.reason()));
        }
        List<PlanEvent> history = plan.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            PlanEvent event = history.get(i);
            lines.add(time(event.at().atZone(zone)) + " · " + Messages.text("status." + event.from().name()) + " → "
                    + Messages.text("status." + event.to().name())
                    + (event.reason().isBlank() ? "" : " · " + event.reason()));
        }
        return lines;
    }

    private static String time(java.time.ZonedDateTime at) {
        return app.microplan.ui.common.DateText.moment(at);
    }
}
