package app.microplan.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Direction;
import app.microplan.domain.EntryFill;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeReview;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.Debouncer;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.HeldTasks;
import app.microplan.ui.journal.JournalSession;
import app.microplan.ui.journal.OpenedJournal;
import app.microplan.ui.journal.PlanEntry;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal review's model over a real session: a win of +2.13 R (example 1 traded), a loss of −1.43 R
 * (stopped out past the stop), an open plan, a draft and a cancelled plan. Every expected figure is worked out
 * by hand in the comments.
 */
class JournalReviewViewModelTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path folder;

    private JournalSession session;
    private JournalReviewViewModel vm;

    /** Long 7 at 70,000, all stopped out at 69,000 on Wednesday 2026-03-04: 7 × −1,000 × 0.01 = −$70.00. */
    private static TradePlan stoppedOut() {
        TradePlan open = TradeLifecycle.open(JournalFixtures.example1(PlanStatus.READY, T).toBuilder().id("loss")
                .tags(List.of("pullback")).written(JournalFixtures.EXAMPLE_1_WRITTEN).build(),
                List.of(EntryFill.of("2026-03-04T09:30:00Z", "70000", "7", "0")), T);
        TradePlan closed = TradeLifecycle.close(open,
                List.of(ExitFill.of("2026-03-04T11:00:00Z", "69000", "7", "0", ExitReason.STOP)), BigDecimal.ZERO, T);
        return TradeLifecycle.review(closed, new TradeReview("", "Moved my stop down, then it gapped", "", 2,
                List.of("fearful"), List.of()), T);
    }

    @BeforeEach
    void openJournal() throws Exception {
        JournalFixtures.write(folder, JournalFixtures.closedExample1(T).toBuilder().id("win").build(), stoppedOut(),
                JournalFixtures.openPlanHolding("450", T).toBuilder().id("open").build(),
                JournalFixtures.ethShortDraft(T).toBuilder().id("draft").build(),
                JournalFixtures.cmeCancelled(T).toBuilder().id("cancelled").build());
        session = new JournalSession(OpenedJournal.read(folder), new DirectTaskRunner(), Debouncer.immediate(),
                Clock.fixed(T, ZoneOffset.UTC));
        vm = new JournalReviewViewModel(new DirectTaskRunner(), ZoneOffset.UTC);
        vm.attach(session.entries(), PlanEntry::getPlan);
    }

    private Map<String, String> figures() {
        return vm.figures().stream().collect(Collectors.toMap(Figure::id, Figure::value));
    }

    private List<String> rowIds() {
        return vm.rows().stream().map(JournalEntry::id).toList();
    }

    @Test
    void theStatisticsOfTheClosedTradesAreWorkedOutByHand() {
        Map<String, String> shown = figures();

        assertThat(vm.getSummary()).isEqualTo("5 of 5 plans · 2 closed trades");
        assertThat(shown.get("stat-trades")).isEqualTo("2 (1 won, 1 lost)");
        assertThat(shown.get("stat-win-rate")).isEqualTo("50.00 %");
        // +109.50 − 70.00 = +$39.50 net; $19.75 a trade.
        assertThat(shown.get("stat-net")).isEqualTo("+$39.50");
        // R on the risk taken: 109.50 / 51.40 = 2.1304 (4 × 700 × 0.01 + 3 × 750 × 0.01 + 0.90 fees) and
        // −70 / 49 = −1.4286; mean 0.3509.
        assertThat(shown.get("stat-expectancy")).isEqualTo("+0.35 R · +$19.75 a trade");
        assertThat(shown.get("stat-average-r")).isEqualTo("+0.35 R");
        assertThat(shown.get("stat-average-win")).isEqualTo("+$109.50 · +2.13 R");
        assertThat(shown.get("stat-average-loss")).isEqualTo("−$70.00 · −1.43 R");
        // 109.50 / 70.00 = 1.564.
        assertThat(shown.get("stat-profit-factor")).isEqualTo("1.56");
        // The win closed 03-03, the loss 03-04: from the +109.50 peak down 70.00, 70 / 5,109.50 = 1.37 %.
        // against the equity of every account traded: here Main's alone
        assertThat(shown.get("stat-drawdown")).isEqualTo("$70.00 (1.37 %)");
        assertThat(shown.get("stat-drawdown-accounts")).isEqualTo("Main 1.37 %");
        // both closed trades had a plan
        assertThat(shown.get("stat-planned-share")).isEqualTo("100.00 % (2 of 2)");
        assertThat(shown.get("stat-planned")).isEqualTo("+$39.50 · +0.35 R");
        assertThat(shown.get("stat-unplanned")).isEqualTo("none");
        // Both risked $49.00 of $5,000: 0.98 %.
        assertThat(shown.get("stat-average-risk")).isEqualTo("0.98 % of equity");
        // The loss broke the stop (69,000 is 300 past 69,300, more than 0.1 %): one of two kept the plan.
        assertThat(shown.get("stat-followed")).isEqualTo("50.00 % of trades");
        assertThat(shown.get("stat-funding")).isEqualTo("$1.20 paid");
        assertThat(shown.get("stat-fees")).isEqualTo("$1.80");
    }

    @Test
    void theChartsGetTheCurveTheRBandsAndTheWeekdays() {
        JournalReviewViewModel.Charts charts = vm.getCharts();

        assertThat(charts.equityCurve()).extracting(ChartPoint::label).containsExactly("0", "1", "2");
        assertThat(charts.equityCurve()).extracting(ChartPoint::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0"), new BigDecimal("109.50"), new BigDecimal("39.50"));
        Map<String, BigDecimal> bands = charts.rHistogram().stream()
                .collect(Collectors.toMap(ChartPoint::label, ChartPoint::value));
        assertThat(bands.get("2 to 2.5")).isEqualByComparingTo("1");
        assertThat(bands.get("−1.5 to −1")).isEqualByComparingTo("1");
        assertThat(bands.values().stream().mapToInt(BigDecimal::intValue).sum()).isEqualTo(2);
        // The win's last exit was on Tuesday 2026-03-03, the loss on Wednesday.
        Map<String, BigDecimal> days = charts.pnlByWeekday().stream()
                .collect(Collectors.toMap(ChartPoint::label, ChartPoint::value));
        assertThat(days.get("Tue")).isEqualByComparingTo("109.50");
        assertThat(days.get("Wed")).isEqualByComparingTo("-70.00");
        assertThat(charts.pnlByTag()).extracting(ChartPoint::label).containsExactly("breakout", "btc", "pullback");
    }

    @Test
    void eachFilterNarrowsTheTableAndTheStatisticsFollow() {
        vm.tagProperty().set("pullback");
        assertThat(rowIds()).containsExactly("loss");
        assertThat(figures().get("stat-net")).isEqualTo("−$70.00");
        assertThat(vm.getSummary()).isEqualTo("1 of 5 plans · 1 closed trade");

        vm.clearFilters();
        vm.sideProperty().set(Direction.SHORT);
        assertThat(rowIds()).containsExactly("draft");
        assertThat(figures().get("stat-trades")).isEqualTo("0");
        assertThat(figures().get("stat-win-rate")).isEqualTo("—");

        vm.clearFilters();
        vm.textProperty().set("GAPPED stop");
        assertThat(rowIds()).containsExactly("loss");

        vm.clearFilters();
        vm.showClosedTrades();
        assertThat(rowIds()).containsExactlyInAnyOrder("win", "loss");

        vm.clearFilters();
        vm.symbolProperty().set("BTC-MICRO-0.01");
        vm.fromProperty().set(LocalDate.parse("2026-03-04"));
        assertThat(rowIds()).containsExactly("loss");
    }

    @Test
    void theNewestTradeComesFirstAndTheJournalsSymbolsAndTagsAreOffered() {
        assertThat(rowIds().subList(0, 2)).containsExactly("loss", "win");
        assertThat(vm.symbols()).contains("BTC-MICRO-0.01", "ETH-MICRO-0.01");
        assertThat(vm.tags()).containsExactly("breakout", "btc", "pullback");
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsSaidInWordsAndTheTableStays() {
        vm.fromProperty().set(LocalDate.parse("2026-03-05"));
        vm.toProperty().set(LocalDate.parse("2026-03-01"));

        assertThat(vm.filterProblemProperty().get())
                .isEqualTo("The date range starts (2026-03-05) after it ends (2026-03-01).");
        assertThat(rowIds()).isEmpty();

        vm.toProperty().set(null);
        assertThat(vm.filterProblemProperty().get()).isNull();
    }

    @Test
    void anEditedPlanIsMeasuredAgainAndTheStatisticsFollow() {
        PlanEntry loss = session.entries().stream().filter(e -> e.id().equals("loss")).findFirst().orElseThrow();
        TradePlan better = loss.getPlan().toBuilder().tags(List.of("pullback", "lesson")).build();

        session.planEdited(loss, better);

        assertThat(vm.tags()).contains("lesson");
        vm.tagProperty().set("lesson");
        assertThat(rowIds()).containsExactly("loss");
    }

    @Test
    void theBreakdownSplitsByTagOrBySetup() {
        Function<List<SummaryRow>, List<String>> names = rows -> rows.stream().map(SummaryRow::name).toList();
        assertThat(names.apply(vm.breakdownRows())).containsExactly("breakout", "btc", "pullback");

        vm.breakdownProperty().set(JournalReviewViewModel.Breakdown.SETUP);

        // The setup is a plan's first tag: btc for the win (tags btc, breakout), pullback for the loss.
        assertThat(names.apply(vm.breakdownRows())).containsExactly("btc", "pullback");
        assertThat(vm.breakdownRows().get(1).netPnl()).isEqualTo("−$70.00");
    }

    @Test
    void theRowsShownAreExportedAsCsv() throws Exception {
        vm.showClosedTrades();
        Path file = folder.resolve("export.csv");

        vm.exportCsv(vm.rows(), file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,status,unplanned,symbol");
        // R on the risk taken 2.13 beside the planned 2.23
        assertThat(lines.get(2)).startsWith("win,CLOSED,false").contains("109.50,2.13,51.40,2.23");
        assertThat(vm.noticeProperty().get()).isEqualTo("Exported 2 plans to export.csv");
    }

    @Test
    void statisticsAndTheCsvExportRunOnTheLongLaneSoAutosaveNeverWaitsBehindThem() {
        HeldTasks held = new HeldTasks();
        JournalReviewViewModel review = new JournalReviewViewModel(held, ZoneOffset.UTC);
        review.attach(session.entries(), PlanEntry::getPlan);
        held.finishAll();

        review.exportCsv(review.rows(), folder.resolve("export.csv"));

        assertThat(held.submitted()).extracting(HeldTasks.Submitted::lane).containsOnly(HeldTasks.Lane.LONG);
        assertThat(held.submitted()).extracting(HeldTasks.Submitted::title)
                .containsExactly("Filtering the journal", "Exporting the journal");
    }
}
