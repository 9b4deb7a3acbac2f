package app.microplan.ui.plan;

import app.microplan.domain.TradePlan;
import app.microplan.ui.common.DateText;
import app.microplan.ui.common.Messages;
import java.time.ZoneId;

/** The plan header's title and subtitle, made here so a fast test reads them without a window. */
public final class PlanHeaderText {
    private PlanHeaderText() {
    }

    /** "Long BTC micro". */
    public static String title(TradePlan plan) {
        return Messages.text("header.title", Messages.text("direction." + plan.setup().direction().name()),
                plan.setup().contract().name());
    }

    /**
     * "Main account · created 28 Feb 2026, 16:34 · updated 1 Mar 2026, 09:00": the same form of a moment as the
     * status history below it, in the trader's zone.
     */
    public static String subtitle(TradePlan plan, ZoneId zone) {
        return Messages.text("header.subtitle", plan.account().accountName(),
                DateText.moment(plan.createdAt().atZone(zone)), DateText.moment(plan.updatedAt().atZone(zone)));
    }
}
