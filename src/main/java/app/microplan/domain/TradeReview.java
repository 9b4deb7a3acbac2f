package app.microplan.domain;

import java.util.List;

/**
 * The trader's review of a closed trade, in their own words: what went to plan, the mistakes, the lessons,
 * a 1–5 rating of how well the plan was executed (not of the P&L), the emotions felt, and for each
 * pre-trade checklist item whether it was followed.
 */
public record TradeReview(
        String wentToPlan,
        String mistakes,
        String lessons,
        int executionRating,
        List<String> emotions,
        List<ChecklistAdherence> checklist) {

    /** Emotion tags the review offers first; the trader may type any other. */
    public static final List<String> COMMON_EMOTIONS = List.of("calm", "confident", "patient", "hesitant",
            "fearful", "greedy", "impatient", "fomo", "revenge", "bored", "tired");

    public static final int LOWEST_RATING = 1;
    public static final int HIGHEST_RATING = 5;

    public TradeReview {
        wentToPlan = wentToPlan == null ? "" : wentToPlan;
        mistakes = mistakes == null ? "" : mistakes;
        lessons = lessons == null ? "" : lessons;
        if (executionRating < LOWEST_RATING || executionRating > HIGHEST_RATING) {
            throw new IllegalArgumentException("the execution rating must be from " + LOWEST_RATING + " to "
                    + HIGHEST_RATING + ", was " + executionRating);
        }
        emotions = emotions == null ? List.of()
                : emotions.stream().map(String::strip).filter(e -> !e.isEmpty()).distinct().toList();
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    /** Every checklist item was followed (vacuously true for a plan without a checklist). */
    public boolean followedChecklist() {
        return checklist.stream().allMatch(ChecklistAdherence::followed);
    }

    /** The plan's checklist items, each answered "followed" until the trader says otherwise: a review to start from. */
    public static List<ChecklistAdherence> allFollowed(List<ChecklistItem> items) {
        return items.stream().map(i -> new ChecklistAdherence(i.text(), true)).toList();
    }
}
