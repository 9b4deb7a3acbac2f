package app.microplan.ui.plan;

/**
 * Text typed into a number field that is not a valid number there ("7000O"): the plan cannot hold it, so the
 * window keeps it while the plan is open in this session and asks before quitting rather than drop it.
 *
 * @param field the field's name as the panel shows it ("Stop", "Entry 1 price")
 */
public record PendingInput(String field, String text) {
}
