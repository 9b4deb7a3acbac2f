package app.microplan.store;

import app.microplan.domain.Direction;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.PlanTitle;
import app.microplan.domain.PositionSizer;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * What the journal list needs of a plan — its row and what its status filter and search look at — without the
 * plan itself: kept in the journal's summary index ({@link JournalIndex}) so a big journal's list is usable before
 * every plan file is parsed.
 *
 * @param riskFraction the loss at the stop as a fraction of equity at the size the plan gives; null while it cannot
 *                     be sized
 * @param backToDraft  why a plan that was ready is a draft again; empty when it is not
 * @param searchText   the words the journal search looks in, lower case ({@link #searchTextOf})
 * @param readOnly     written by a newer Microplan
 * @param unplanned    a trade imported without a plan
 * @param title        the list's title ({@link PlanTitle}); null in an index written before titles (read again)
 */
public record PlanSummary(String id, Instant createdAt, PlanStatus status, String symbol, Direction direction,
                          BigDecimal riskFraction, String backToDraft, SearchText searchText, boolean readOnly,
                          boolean unplanned, String title) {

    public PlanSummary {
        backToDraft = backToDraft == null ? "" : backToDraft;
        searchText = searchText == null ? SearchText.EMPTY : searchText;
    }

    /** The summary of a plan read from its file (sized here: the same figure the list shows for a loaded plan). */
    public static PlanSummary of(TradePlan plan, boolean readOnly) {
        SizingResult sizing = PositionSizer.size(plan.setup(), plan.policy(), plan.account());
        return new PlanSummary(plan.id(), plan.createdAt(), plan.status(), plan.setup().contract().symbol(),
                plan.setup().direction(), sizing.isComplete() ? sizing.riskFraction() : null,
                plan.backToDraftReason().orElse(""), SearchText.of(searchTextOf(plan)), readOnly,
                plan.execution() != null && plan.execution().unplanned(), PlanTitle.of(plan));
    }

    /**
     * The words the journal search looks in: the symbol, the contract, the side, the status, the account, every
     * written field and the tags, in lower case. One place, so a search over summaries and one over loaded plans
     * find the same plans.
     */
    public static String searchTextOf(TradePlan plan) {
        return String.join(" ", plan.setup().contract().symbol(), plan.setup().contract().name(),
                plan.setup().direction().label(), plan.status().label(), plan.account().accountName(),
                plan.written().thesis(), plan.written().entryCriteria(), plan.written().exitStrategy(),
                plan.written().riskRules(), plan.written().notes(), String.join(" ", plan.tags()))
                .toLowerCase(Locale.ROOT);
    }
}
