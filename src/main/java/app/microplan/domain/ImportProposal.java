package app.microplan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What importing an exchange's history would do to the journal, worked out before anything is written: the
 * plans it changes (before and after), the unplanned trades it adds, and everything it left out and why.
 *
 * @param executions         executions in the file
 * @param fundingPayments    funding payments in the file
 * @param duplicateExecutions executions already in the journal (or twice in the file), skipped
 * @param duplicateFunding   funding payments already in the journal (or twice in the file), skipped
 * @param roundTrips         the round trips the new executions make
 * @param updates            the plans that take executions or funding, in the order of their first execution
 * @param unplanned          new trades for the round trips no plan took
 * @param notes              sentences for the preview: why a round trip went unplanned though a plan of its
 *                           symbol exists, funding that fits no trade, and the like
 * @param noteWordings       the notes the window can say in its language (decision 15), by their English text; a
 *                           note without one (it carries an exception's English) is shown in English as a whole
 */
public record ImportProposal(int executions, int fundingPayments, int duplicateExecutions, int duplicateFunding,
                             List<RoundTrip> roundTrips, List<PlanUpdate> updates, List<TradePlan> unplanned,
                             List<String> notes, Map<String, Wording> noteWordings) {

    /** One plan and what the import makes of it. */
    public record PlanUpdate(TradePlan before, TradePlan after, String summary) {
    }

    public ImportProposal {
        roundTrips = List.copyOf(roundTrips);
        updates = List.copyOf(updates);
        unplanned = List.copyOf(unplanned);
        notes = List.copyOf(notes);
        noteWordings = noteWordings == null ? Map.of() : Map.copyOf(noteWordings);
    }

    public ImportProposal(int executions, int fundingPayments, int duplicateExecutions, int duplicateFunding,
                          List<RoundTrip> roundTrips, List<PlanUpdate> updates, List<TradePlan> unplanned,
                          List<String> notes) {
        this(executions, fundingPayments, duplicateExecutions, duplicateFunding, roundTrips, updates, unplanned, notes,
                Map.of());
    }

    /** Nothing would change: every execution was a duplicate, or the file held none. */
    public boolean changesNothing() {
        return updates.isEmpty() && unplanned.isEmpty();
    }

    /** Every plan the import writes: the updated ones, then the new unplanned trades. */
    public List<TradePlan> plansToWrite() {
        List<TradePlan> all = new ArrayList<>(updates.size() + unplanned.size());
        updates.forEach(u -> all.add(u.after()));
        all.addAll(unplanned);
        return all;
    }

    /** "short ETH-MICRO-0.01, 1 entry and 1 exit, closed": how a preview names an unplanned trade. */
    public static String describe(TradePlan unplannedTrade) {
        TradeExecution execution = unplannedTrade.execution();
        int entries = execution.entries().size();
        int exits = execution.exits().size();
        return unplannedTrade.setup().direction().label().toLowerCase() + " "
                + unplannedTrade.setup().contract().symbol() + ", " + entries + (entries == 1 ? " entry" : " entries")
                + " and " + exits + (exits == 1 ? " exit" : " exits") + ", " + unplannedTrade.status().label()
                .toLowerCase();
    }

    /** Plans that take a round trip (or funding), not counting the unplanned trades. */
    public int matchedPlans() {
        return updates.size();
    }
}
