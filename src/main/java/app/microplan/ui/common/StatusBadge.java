package app.microplan.ui.common;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import javafx.scene.control.Label;

/**
 * A plan's status as a badge, the same in the journal list and the journal table: its status, or for a trade
 * imported without a plan "Unplanned · closed" in a look of its own.
 */
public final class StatusBadge {
    public static final String UNPLANNED = "status-unplanned";

    private StatusBadge() {
    }

    public static String text(TradePlan plan) {
        return text(plan.status(), isUnplanned(plan));
    }

    public static String text(PlanStatus status, boolean unplanned) {
        String name = Messages.text("status." + status.name());
        return unplanned ? Messages.text("badge.unplanned", Messages.current().inSentence(name)) : name;
    }

    /** Shows the plan's badge on {@code badge}, replacing the style of the one it showed before. */
    public static void show(Label badge, TradePlan plan) {
        show(badge, plan.status(), isUnplanned(plan));
    }

    /** The same badge from a plan's summary (the journal list before its plans are read). */
    public static void show(Label badge, PlanStatus status, boolean unplanned) {
        badge.setText(text(status, unplanned));
        for (PlanStatus s : PlanStatus.values()) {
            badge.getStyleClass().remove(styleClass(s));
        }
        badge.getStyleClass().remove(UNPLANNED);
        badge.getStyleClass().add(unplanned ? UNPLANNED : styleClass(status));
    }

    public static String styleClass(PlanStatus status) {
        return "status-" + status.name().toLowerCase();
    }

    private static boolean isUnplanned(TradePlan plan) {
        return plan.execution() != null && plan.execution().unplanned();
    }
}
