package app.microplan.domain;

import java.util.List;

/** One line of the pre-trade checklist ("stop order placed with the entry"), ticked or not. */
public record ChecklistItem(String text, boolean checked) {
    /** The boxes every new plan starts with, until the trader sets their own in Preferences. */
    public static final List<String> DEFAULTS = List.of(
            "Stop order placed with the entry",
            "Take-profit orders placed",
            "Funding rate checked",
            "Size matches the plan",
            "No major news due while the trade is open");

    public ChecklistItem {
        ContractSpec.requireText(text, "checklist item");
    }

    public ChecklistItem withChecked(boolean nowChecked) {
        return new ChecklistItem(text, nowChecked);
    }
}
