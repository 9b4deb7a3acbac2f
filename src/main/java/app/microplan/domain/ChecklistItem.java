package app.microplan.domain;

/** One line of the pre-trade checklist ("stop order placed with the entry"), ticked or not. */
public record ChecklistItem(String text, boolean checked) {

    public ChecklistItem {
        ContractSpec.requireText(text, "checklist item");
    }

    public ChecklistItem withChecked(boolean nowChecked) {
        return new ChecklistItem(text, nowChecked);
    }
}
