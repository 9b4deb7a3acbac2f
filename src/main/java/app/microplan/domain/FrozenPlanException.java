package app.microplan.domain;

/**
 * Thrown when the numbers of a plan that was entered (OPEN, CLOSED, REVIEWED) or cancelled would change: they
 * are what the trade is measured against. Fills are corrected through the execution, never the plan's numbers.
 */
public class FrozenPlanException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public FrozenPlanException(TradePlan plan, String change) {
        super("This plan is " + plan.status().label().toLowerCase() + ": its numbers are frozen"
                + (change.isBlank() ? "" : " (" + change + " refused)")
                + (plan.status() == PlanStatus.CANCELLED ? "; duplicate it to plan again"
                : "; fills are corrected on the Fills tab"));
    }
}
