package app.microplan.ui.journal;

import app.microplan.domain.PlanStatus;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * The journal list's filter: the statuses shown (none chosen shows every status) and the words searched for, each
 * of which must appear in the plan's search text ({@link app.microplan.store.PlanSummary#searchTextOf}). One
 * filter for loaded plans and for summaries from the index, so both lists show the same plans.
 */
public record ListFilter(Set<PlanStatus> statuses, String[] words) {

    public static ListFilter of(Collection<PlanStatus> statuses, String searchText) {
        String[] words = searchText == null ? new String[0]
                : searchText.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return new ListFilter(Set.copyOf(statuses), words);
    }

    /** Whether a plan of this status whose search text is {@code searchText} (lower case) is shown. */
    public boolean matches(PlanStatus status, String searchText) {
        if (!statuses.isEmpty() && !statuses.contains(status)) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && !searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
