package app.microplan.store;

import app.microplan.domain.Direction;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.PlanTitle;
import app.microplan.domain.PositionSizer;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * What the journal list needs of a plan — its row and what its status filter and search look at — without the
 * plan itself: kept in the journal's summary index ({@link JournalIndex}) so a big journal's list is usable before
 * every plan file is parsed.
 * <p>
 * Read from the index, only what the list sorts and filters by (the time, the status, the search text) is decoded at
 * once; the rest — what a row shows — is kept as the index's bytes and decoded the first time it is asked for
 * ({@link SummaryDetails}). At 100,000 plans the list shows a few dozen rows, and decoding every row's texts was most
 * of the index's reading (decision 0023).
 */
public final class PlanSummary {
    /**
     * The journal list's order: newest first, plans made in the same instant by id, so the order does not depend
     * on the order the folder lists its files in.
     */
    public static final Comparator<PlanSummary> NEWEST_FIRST = (a, b) -> {
        int byTime = b.createdAt.compareTo(a.createdAt);
        return byTime != 0 ? byTime : a.id().compareTo(b.id());
    };

    private final Instant createdAt;
    private final PlanStatus status;
    private final SearchText searchText;
    /** The index's bytes of the rest; null when made from values. */
    private final SummaryDetails.Encoded encoded;
    /** The rest, once decoded: immutable, so two threads decoding it at once each get an equal one. */
    private volatile SummaryDetails details;

    /**
     * @param riskFraction the loss at the stop as a fraction of equity at the size the plan gives; null while it
     *                     cannot be sized
     * @param backToDraft  why a plan that was ready is a draft again; empty when it is not
     * @param searchText   the words the journal search looks in, lower case ({@link #searchTextOf})
     * @param readOnly     written by a newer Microplan
     * @param unplanned    a trade imported without a plan
     * @param title        the list's title ({@link PlanTitle})
     */
    public PlanSummary(String id, Instant createdAt, PlanStatus status, String symbol, Direction direction,
                       BigDecimal riskFraction, String backToDraft, SearchText searchText, boolean readOnly,
                       boolean unplanned, String title) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.searchText = searchText == null ? SearchText.EMPTY : searchText;
        this.encoded = null;
        this.details = new SummaryDetails(id, symbol, direction, riskFraction, backToDraft == null ? "" : backToDraft,
                readOnly, unplanned, title);
    }

    /** A summary read from the index, its row's details still in the index's bytes (checked there). */
    PlanSummary(Instant createdAt, PlanStatus status, SearchText searchText, SummaryDetails.Encoded encoded) {
        this.createdAt = createdAt;
        this.status = status;
        this.searchText = searchText;
        this.encoded = encoded;
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

    public String id() {
        return details().id();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PlanStatus status() {
        return status;
    }

    public String symbol() {
        return details().symbol();
    }

    public Direction direction() {
        return details().direction();
    }

    /** The loss at the stop as a fraction of equity at the size the plan gives; null while it cannot be sized. */
    public BigDecimal riskFraction() {
        return details().riskFraction();
    }

    /** Why a plan that was ready is a draft again; empty when it is not. */
    public String backToDraft() {
        return details().backToDraft();
    }

    /** The words the journal search looks in, lower case ({@link #searchTextOf}). */
    public SearchText searchText() {
        return searchText;
    }

    /** Written by a newer Microplan. */
    public boolean readOnly() {
        return details().readOnly();
    }

    /** A trade imported without a plan. */
    public boolean unplanned() {
        return details().unplanned();
    }

    /** The list's title ({@link PlanTitle}). */
    public String title() {
        return details().title();
    }

    /** The index's bytes of what {@link #details} holds, when it was read from the index: written back as they are. */
    SummaryDetails.Encoded encoded() {
        return encoded;
    }

    SummaryDetails details() {
        SummaryDetails decoded = details;
        if (decoded == null) {
            decoded = encoded.decode();
            details = decoded;
        }
        return decoded;
    }

    @Override
    public boolean equals(Object other) {
        // The same summary first: a list's cell asks whenever it is given a row, and the details' record equality is
        // linked on its first call (5 ms of the journal list's first frame; decision 0029).
        return other == this || other instanceof PlanSummary that && createdAt.equals(that.createdAt)
                && status == that.status && searchText.equals(that.searchText) && details().equals(that.details());
    }

    @Override
    public int hashCode() {
        return Objects.hash(createdAt, status, searchText, details());
    }

    @Override
    public String toString() {
        return "PlanSummary[" + details() + ", createdAt=" + createdAt + ", status=" + status + ", searchText="
                + searchText + "]";
    }
}
