package app.microplan.ui.playbooks;

import static app.microplan.ui.common.TradeFormats.NONE;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.Playbook;
import app.microplan.domain.PlaybookStatistics;
import app.microplan.domain.TradeSummary;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.ShownEntriesWork;
import app.microplan.ui.common.TaskRunner;
import app.microplan.ui.common.TradeFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal review's Playbooks tab: each playbook's results over the trades the review's filter lets
 * through, and for the selected playbook which of its criteria paid — the trades where each was ticked
 * beside those where it was not. Worked out on the task runner whenever the trades or the playbooks change
 * while the tab is shown.
 */
public final class PlaybookResultsViewModel {
    private final ShownEntriesWork<Computed> work;
    private final ObservableList<PlaybookRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PlaybookRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<CriterionRow> criteria = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper criteriaTitle = new ReadOnlyStringWrapper(this, "criteriaTitle",
            Messages.text("playbookResults.criteria"));
    private ObservableList<Playbook> playbooks = FXCollections.observableArrayList();

    /** What one run worked out: the results, and the currency their money is in. */
    private record Computed(List<PlaybookStatistics.PlaybookResult> results, String currency) {
    }

    /** One playbook as the table shows it. */
    public record PlaybookRow(String name, int trades, String winRate, String expectancyR, String expectancy,
                              String profitFactor, String netPnl, PlaybookStatistics.PlaybookResult result) {
    }

    /**
     * One criterion: the trades where it was ticked, those where it was not, and which did better in R
     * ("pays", "costs", or nothing to compare).
     */
    public record CriterionRow(String criterion, String ticked, String notTicked, String verdict) {
    }

    public PlaybookResultsViewModel(TaskRunner tasks) {
        this.work = new ShownEntriesWork<>(tasks, "Working out the playbooks' results", this::prepare, this::publish,
                error -> summary.set(Messages.text("playbookResults.failed", error.getMessage())));
        selected.addListener((obs, old, now) -> showCriteria());
    }

    /** Follows the trades the review shows, and the journal's playbooks. */
    public void follow(ObservableList<JournalEntry> shown, ObservableList<Playbook> journalPlaybooks) {
        playbooks = journalPlaybooks;
        work.follow(shown, journalPlaybooks);
    }

    public void setActive(boolean active) {
        work.setActive(active);
    }

    public ObservableList<PlaybookRow> rows() {
        return rows;
    }

    public ObjectProperty<PlaybookRow> selectedProperty() {
        return selected;
    }

    public ObservableList<CriterionRow> criteria() {
        return criteria;
    }

    /** "4 playbooks · 36 trades, 0 without a playbook", or how to start when there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    private TaskRunner.Work<Computed> prepare(List<JournalEntry> taken) {
        List<Playbook> current = List.copyOf(playbooks);
        return progress -> new Computed(PlaybookStatistics.of(taken, current), TradeFormats.currencyOf(taken));
    }

    private void publish(Computed computed) {
        List<PlaybookStatistics.PlaybookResult> results = computed.results();
        String keep = selected.get() == null ? null : selected.get().name();
        List<PlaybookRow> fresh = new ArrayList<>();
        int trades = 0;
        int without = 0;
        for (PlaybookStatistics.PlaybookResult result : results) {
            TradeSummary s = result.summary();
            fresh.add(new PlaybookRow(name(result), s.trades(), percent(s.winRate()), TradeFormats.r(s.expectancyR()),
                    TradeFormats.signedMoney(s.expectancy(), computed.currency()), ratio(s.profitFactor()),
                    TradeFormats.signedMoney(s.netPnl(), computed.currency()), result));
            trades += s.trades();
            without += result.playbookId() == null ? s.trades() : 0;
        }
        rows.setAll(fresh);
        selected.set(fresh.stream().filter(r -> r.name().equals(keep)).findFirst()
                .orElse(fresh.isEmpty() ? null : fresh.get(0)));
        int named = (int) results.stream().filter(r -> r.playbookId() != null).count();
        summary.set(named == 0 ? Messages.text("playbookResults.noPlaybooks")
                : Messages.text("playbookResults.summary", named, trades, without));
    }

    /** "Which criteria pay: Breakout". */
    public ReadOnlyStringProperty criteriaTitleProperty() {
        return criteriaTitle.getReadOnlyProperty();
    }

    private void showCriteria() {
        PlaybookRow row = selected.get();
        criteriaTitle.set(row == null ? Messages.text("playbookResults.criteria")
                : Messages.text("playbookResults.criteriaOf", row.name()));
        List<CriterionRow> fresh = new ArrayList<>();
        if (row != null) {
            for (PlaybookStatistics.ItemResult item : row.result().items()) {
                fresh.add(new CriterionRow(item.item(), side(item.ticked()), side(item.notTicked()),
                        verdict(item.ticked(), item.notTicked())));
            }
        }
        criteria.setAll(fresh);
    }

    private static String side(TradeSummary s) {
        if (s.trades() == 0) {
            return Messages.text("playbookResults.noTrade");
        }
        return Messages.text("playbookResults.side", s.trades(), percent(s.winRate()), TradeFormats.r(s.expectancyR()));
    }

    /** Whether ticking the criterion went with better trades, by expectancy in R. */
    static String verdict(TradeSummary ticked, TradeSummary notTicked) {
        if (ticked.expectancyR() == null || notTicked.expectancyR() == null) {
            return Messages.text("playbookResults.notEnough");
        }
        BigDecimal difference = ticked.expectancyR().subtract(notTicked.expectancyR());
        String amount = TradeFormats.r(difference.abs()).replace("+", "");
        return difference.signum() > 0 ? Messages.text("playbookResults.pays", amount)
                : difference.signum() < 0 ? Messages.text("playbookResults.costs", amount)
                : Messages.text("playbookResults.noDifference");
    }

    /** The playbook's name; the row of the trades without one in the window's words. */
    private static String name(PlaybookStatistics.PlaybookResult result) {
        return result.playbookId() == null && PlaybookStatistics.NO_PLAYBOOK.equals(result.name())
                ? Messages.text("playbookResults.withoutPlaybook") : result.name();
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? NONE : Messages.current().figures().percent(fraction);
    }

    private static String ratio(BigDecimal value) {
        return value == null ? NONE : Messages.current().figures().decimal(value.setScale(2, RoundingMode.HALF_UP));
    }
}
