package app.microplan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * One plan as the journal table and the statistics see it: the plan, its outcome worked out once (sizing
 * a plan again on every keystroke of a filter would be too slow for 10,000 plans), and its words in lower
 * case for the text search. Build entries when plans load or change, then filter them as often as needed.
 *
 * @param outcome the closed trade's outcome, or null for a plan that is not a closed trade
 */
public record JournalEntry(TradePlan plan, TradeOutcome outcome, String searchText) {

    public static JournalEntry of(TradePlan plan) {
        return new JournalEntry(plan, TradeOutcome.of(plan).orElse(null), searchTextOf(plan));
    }

    public static List<JournalEntry> ofAll(Collection<TradePlan> plans) {
        List<JournalEntry> entries = new ArrayList<>(plans.size());
        for (TradePlan plan : plans) {
            entries.add(of(plan));
        }
        return entries;
    }

    public String id() {
        return plan.id();
    }

    public PlanStatus status() {
        return plan.status();
    }

    public String symbol() {
        return plan.setup().contract().symbol();
    }

    public Direction side() {
        return plan.setup().direction();
    }

    public List<String> tags() {
        return plan.tags();
    }

    /** A closed (or reviewed) trade with its outcome worked out. */
    public boolean isClosedTrade() {
        return outcome != null;
    }

    /**
     * The setup a trade belongs to, for the statistics "by setup": by convention the plan's first tag
     * ("breakout", "pullback"); plans without tags have none and are grouped under
     * {@link JournalStatistics#NO_TAG}.
     */
    public String setupName() {
        return plan.tags().isEmpty() ? JournalStatistics.NO_TAG : plan.tags().get(0);
    }

    /**
     * When the trade happened, for date filters and sorting: the last exit of a closed trade, the first entry
     * of an open one, otherwise when the plan was written.
     */
    public Instant tradeTime() {
        if (outcome != null) {
            return outcome.closedAt();
        }
        TradeExecution execution = plan.execution();
        Instant opened = execution == null ? null : execution.openedAt();
        return opened != null ? opened : plan.createdAt();
    }

    /** Every written word of the plan and its review, lower case: what the text search looks in. */
    private static String searchTextOf(TradePlan plan) {
        StringBuilder text = new StringBuilder(256);
        WrittenPlan written = plan.written();
        append(text, plan.setup().contract().symbol(), plan.setup().contract().name(), written.thesis(),
                written.entryCriteria(), written.exitStrategy(), written.riskRules(), written.notes());
        plan.tags().forEach(tag -> append(text, tag));
        plan.checklist().forEach(item -> append(text, item.text()));
        TradeReview review = plan.review();
        if (review != null) {
            append(text, review.wentToPlan(), review.mistakes(), review.lessons());
            review.emotions().forEach(emotion -> append(text, emotion));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static void append(StringBuilder text, String... parts) {
        for (String part : parts) {
            text.append(part).append('\n');
        }
    }
}
