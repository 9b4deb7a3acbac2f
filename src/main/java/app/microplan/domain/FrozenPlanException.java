package app.microplan.domain;

/**
 * Thrown when the numbers of a plan that was entered (OPEN, CLOSED, REVIEWED) or cancelled would change: they
 * are what the trade is measured against. Fills are corrected through the execution, never the plan's numbers.
 */
public class FrozenPlanException extends IllegalStateException implements WordedRefusal {
    private static final long serialVersionUID = 1L;
    private final transient Wording wording;

    public FrozenPlanException(TradePlan plan, String change) {
        super("This plan is " + plan.status().label().toLowerCase() + ": its numbers are frozen"
                + (change.isBlank() ? "" : " (" + change + " refused)")
                + (plan.status() == PlanStatus.CANCELLED ? "; duplicate it to plan again"
                : "; fills are corrected on the Fills tab"));
        // The change is said in English words (PlanChanges): worded only when there is none or it is an override.
        String key = plan.status() == PlanStatus.CANCELLED ? "refusal.frozen.cancelled" : "refusal.frozen";
        Wording status = Wording.of("refusal.plan." + plan.status().name());
        this.wording = change.isBlank() ? Wording.of(key, status)
                : change.equals("an override") ? Wording.of(key + ".override", status) : null;
    }

    @Override
    public Wording wording() {
        return wording;
    }
}
