package app.microplan.ui.stats;

import app.microplan.ui.common.Messages;
import app.microplan.domain.Direction;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.JournalFacets;
import app.microplan.domain.JournalFilter;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.OverrideSummary;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSummary;
import app.microplan.store.JournalCsvExport;
import app.microplan.ui.common.LatestRun;
import app.microplan.ui.common.TaskRunner;
import app.microplan.ui.common.TradeFormats;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal review: every plan of the journal narrowed by status, symbol, side, tag, dates and words, the
 * statistics of the closed trades among them, and the series the charts draw. Filtering and the statistics
 * run on the task runner (off the FX thread in the app); while one run is under way further changes are
 * gathered into one more run, so typing a search never queues a run per keystroke.
 */
public final class JournalReviewViewModel {
    /** How the trades are split below the statistics. */
    public enum Breakdown { TAG, SETUP }

    private final TaskRunner tasks;
    private final ZoneId zone;
    private final EntryIndex index = new EntryIndex();
    private final LatestRun<Result> runs;
    private final InvalidationListener changed = o -> refresh();
    private final InvalidationListener plansChanged = o -> {
        facetsStale = true;
        refresh();
    };

    private final ObservableList<PlanStatus> statuses = FXCollections.observableArrayList();
    private final ObjectProperty<String> symbol = new SimpleObjectProperty<>(this, "symbol");
    private final ObjectProperty<Direction> side = new SimpleObjectProperty<>(this, "side");
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>(this, "tag");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Breakdown> breakdown = new SimpleObjectProperty<>(this, "breakdown", Breakdown.TAG);
    private final ObjectProperty<BigDecimal> breakevenBand =
            new SimpleObjectProperty<>(this, "breakevenBand", JournalStatistics.DEFAULT_BREAKEVEN_BAND);

    private final ObservableList<JournalEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<JournalEntry> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<Figure> figuresView = FXCollections.unmodifiableObservableList(figures);
    private final ObservableList<SummaryRow> breakdownRows = FXCollections.observableArrayList();
    private final ObservableList<SummaryRow> breakdownRowsView =
            FXCollections.unmodifiableObservableList(breakdownRows);
    private final ObservableList<String> symbols = FXCollections.observableArrayList();
    private final ObservableList<String> symbolsView = FXCollections.unmodifiableObservableList(symbols);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final ReadOnlyObjectWrapper<JournalStatistics> statistics = new ReadOnlyObjectWrapper<>(this, "statistics");
    private final ReadOnlyObjectWrapper<Charts> charts = new ReadOnlyObjectWrapper<>(this, "charts");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper(this, "filterProblem");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper notCounted = new ReadOnlyStringWrapper(this, "notCounted", "");

    private ObservableList<?> source;
    private Supplier<List<TradePlan>> currentPlans;
    /** The symbols and tags need working out again only when plans change, not when the filter does. */
    private boolean facetsStale = true;

    /** The four charts' data for one filter: drawn together, replaced together. */
    public record Charts(List<ChartPoint> equityCurve, List<ChartPoint> rHistogram, List<ChartPoint> pnlByWeekday,
                         List<ChartPoint> pnlByTag) {
    }

    /** What one run worked out, handed back to the FX thread in one piece; facets null when unchanged. */
    private record Result(List<JournalEntry> rows, JournalStatistics statistics, JournalFacets facets, Charts charts,
                          int plans, OverrideSummary overrides) {
    }

    /** @param zone the time zone the date filter and the weekdays are counted in */
    public JournalReviewViewModel(TaskRunner tasks, ZoneId zone) {
        this.tasks = tasks;
        this.zone = zone;
        this.runs = new LatestRun<>(tasks, "Filtering the journal");
        for (Observable input : List.of(statuses, symbol, side, tag, from, to, text, breakevenBand)) {
            input.addListener(changed);
        }
        breakdown.addListener(o -> showBreakdown());
    }

    // ---- Filter inputs ------------------------------------------------------------------------------------

    /** The statuses shown; empty shows every status. */
    public ObservableList<PlanStatus> statuses() {
        return statuses;
    }

    /** One contract symbol, or null for all. */
    public ObjectProperty<String> symbolProperty() {
        return symbol;
    }

    public ObjectProperty<Direction> sideProperty() {
        return side;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Words that must all appear in a plan's written sections, tags, checklist or review. */
    public StringProperty textProperty() {
        return text;
    }

    /** |R| below this is breakeven (the trader's setting; 0.05 R by default). */
    public ObjectProperty<BigDecimal> breakevenBandProperty() {
        return breakevenBand;
    }

    public ObjectProperty<Breakdown> breakdownProperty() {
        return breakdown;
    }

    // ---- Results ------------------------------------------------------------------------------------------

    /** The plans that pass the filter, latest trade first. */
    public ObservableList<JournalEntry> rows() {
        return rowsView;
    }

    public ObservableList<Figure> figures() {
        return figuresView;
    }

    /** The filtered trades split by tag or by setup ({@link #breakdownProperty}). */
    public ObservableList<SummaryRow> breakdownRows() {
        return breakdownRowsView;
    }

    /** The journal's symbols and tags, for the filter's pickers. */
    public ObservableList<String> symbols() {
        return symbolsView;
    }

    public ObservableList<String> tags() {
        return tagsView;
    }

    public ReadOnlyObjectProperty<JournalStatistics> statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    public JournalStatistics getStatistics() {
        return statistics.get();
    }

    public ReadOnlyObjectProperty<Charts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public Charts getCharts() {
        return charts.get();
    }

    /** "38 of 40 plans · 35 closed trades". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    /** Why the filter cannot be applied (a date range that ends before it starts); null when it can. */
    public ReadOnlyStringProperty filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Which plan files the review leaves out because they cannot be read; empty when there are none. */
    public ReadOnlyStringProperty notCountedProperty() {
        return notCounted.getReadOnlyProperty();
    }

    /** The plan files of the journal that could not be read (the journal list says why). */
    public void setUnreadable(List<String> files) {
        notCounted.set(files.isEmpty() ? "" : Messages.text("stats.notCounted", files.size(),
                String.join(", ", files.stream().limit(5).toList()) + (files.size() > 5 ? ", …" : "")));
    }

    /** True while a run is under way. */
    public ReadOnlyBooleanProperty updatingProperty() {
        return runs.runningProperty();
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /**
     * Follows the plans of an open journal (an edit, a new or deleted plan) until {@link #detach}.
     *
     * @param plans  the journal's entries, as the window keeps them
     * @param planOf the latest version of an entry's plan
     */
    public <E> void attach(ObservableList<E> plans, Function<? super E, TradePlan> planOf) {
        detach();
        source = plans;
        currentPlans = () -> plans.stream().map(planOf).toList();
        facetsStale = true;
        plans.addListener(plansChanged);
        refresh();
    }

    public void detach() {
        if (source != null) {
            source.removeListener(plansChanged);
            source = null;
        }
    }

    public void clearFilters() {
        statuses.clear();
        symbol.set(null);
        side.set(null);
        tag.set(null);
        from.set(null);
        to.set(null);
        text.set("");
    }

    /** Only the closed and reviewed trades: what the statistics count. */
    public void showClosedTrades() {
        statuses.setAll(PlanStatus.CLOSED, PlanStatus.REVIEWED);
    }

    /** Writes the plans shown, in the table's order, as CSV; the write runs on the task runner. */
    public void exportCsv(List<JournalEntry> shown, Path file) {
        List<JournalEntry> snapshot = List.copyOf(shown);
        notice.set(Messages.text("stats.exporting", snapshot.size()));
        tasks.submitLong("Exporting the journal", progress -> {
            JournalCsvExport.write(snapshot, file);
            return file;
        }, written -> notice.set(Messages.text("stats.exported", snapshot.size(), written.getFileName())),
                error -> notice.set(error.getMessage() == null ? Messages.text("stats.exportFailed") : error.getMessage()));
    }

    // ---- Running the filter -------------------------------------------------------------------------------

    private void refresh() {
        runs.request(this::prepare, this::publish,
                error -> notice.set(Messages.text("stats.notWorkedOut", error.getMessage())));
    }

    /** Takes the filter and the plans as they are now; null while nothing can be run. */
    private TaskRunner.Work<Result> prepare() {
        if (source == null) {
            return null;
        }
        JournalFilter filter;
        try {
            filter = new JournalFilter(Set.copyOf(statuses), symbol.get(), side.get(), tag.get(), from.get(),
                    to.get(), text.get(), zone);
        } catch (IllegalArgumentException e) {
            filterProblem.set(TradeFormats.sentence(e.getMessage()));
            return null;
        }
        filterProblem.set(null);
        List<TradePlan> plans = currentPlans.get();
        boolean withFacets = facetsStale;
        facetsStale = false;
        BigDecimal band = breakevenBand.get();
        return progress -> compute(plans, filter, withFacets, band);
    }

    /* Runs on the task runner's thread: touches nothing but its arguments and the thread-safe index. */
    private Result compute(List<TradePlan> plans, JournalFilter filter, boolean withFacets, BigDecimal band) {
        List<JournalEntry> all = index.entriesFor(plans);
        List<JournalEntry> shown = filter.apply(all);
        shown.sort(Comparator.comparing(JournalEntry::tradeTime).reversed().thenComparing(JournalEntry::id));
        JournalStatistics stats = JournalStatistics.of(shown, zone, band);
        Charts series = new Charts(ChartSeries.equityCurve(stats.equityCurve(), ChartSeries.CURVE_POINTS),
                ChartSeries.rHistogram(stats.rHistogram()), ChartSeries.pnlByWeekday(stats),
                ChartSeries.pnlByTag(stats));
        return new Result(shown, stats, withFacets ? JournalFacets.of(all) : null, series, all.size(),
                OverrideSummary.of(shown));
    }

    private void publish(Result result) {
        rows.setAll(result.rows());
        statistics.set(result.statistics());
        figures.setAll(StatisticsText.figures(result.statistics(), result.overrides()));
        showBreakdown();
        charts.set(result.charts());
        if (result.facets() != null) {
            updateChoices(symbols, result.facets().symbols());
            updateChoices(tags, result.facets().tags());
        }
        int trades = result.statistics().overall().trades();
        summary.set(Messages.text("review.shownSummary", result.rows().size(), result.plans(), trades));
    }

    private void showBreakdown() {
        JournalStatistics stats = statistics.get();
        if (stats == null) {
            breakdownRows.clear();
            return;
        }
        Map<String, TradeSummary> split = breakdown.get() == Breakdown.SETUP ? stats.bySetup() : stats.byTag();
        breakdownRows.setAll(StatisticsText.rows(split, stats));
    }

    /* Replaced only when they differ: resetting a picker's items would clear the choice being shown. */
    private static void updateChoices(ObservableList<String> choices, List<String> latest) {
        if (!choices.equals(latest)) {
            choices.setAll(latest);
        }
    }
}
