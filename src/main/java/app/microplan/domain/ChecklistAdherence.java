package app.microplan.domain;

/** The review's answer for one pre-trade checklist item: did the trader do what it says? */
public record ChecklistAdherence(String item, boolean followed) {

    public ChecklistAdherence {
        ContractSpec.requireText(item, "checklist item");
    }
}
