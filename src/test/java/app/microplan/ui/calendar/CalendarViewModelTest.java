package app.microplan.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.SimulationRules;
import app.microplan.ui.SampleEntries;
import app.microplan.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar over the sample journal (UTC). February 2026's days are those printed by
 * docs/samples/sample_journal_figures.py (its trade table and its February calendar): 14 February closed
 * sample-27 (+91.5608) and sample-26 (+110.4128), +$201.97, the month's best day; the month's 19 trades make
 * +461.9927 over 8 winning and 10 losing days.
 */
class CalendarViewModelTest {
    private final ObservableList<JournalEntry> shown = FXCollections.observableArrayList();
    private CalendarViewModel vm;

    @BeforeEach
    void open() throws Exception {
        shown.setAll(SampleEntries.entries());
        vm = new CalendarViewModel(new DirectTaskRunner(), ZoneOffset.UTC, SimulationRules.defaults());
        vm.setPlaybooks(SampleEntries.playbooks());
        vm.follow(shown);
        vm.setActive(true);
    }

    private DayCell cell(LocalDate date) {
        return vm.cells().stream().filter(c -> c.inMonth() && c.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("opens on the month of the latest closed trade, Monday first, six weeks")
    void opensOnTheLatestTradesMonth() {
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(vm.titleProperty().get()).isEqualTo("February 2026");
        assertThat(vm.cells()).hasSize(42);
        assertThat(vm.cells().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(vm.cells().get(0).inMonth()).isFalse();
        assertThat(vm.getSummary()).isEqualTo("+$461.99 over 19 trades · 8 winning, 10 losing days");
    }

    @Test
    @DisplayName("each day's P&L and trades; the best day is the hottest green, a loss red")
    void heat() {
        DayCell best = cell(LocalDate.of(2026, 2, 14));
        assertThat(best.pnl()).isEqualTo("+$201.97");
        assertThat(best.trades()).isEqualTo("2 trades");
        assertThat(best.heat()).isEqualTo(3);
        DayCell loss = cell(LocalDate.of(2026, 2, 12));
        assertThat(loss.pnl()).isEqualTo("−$47.65");
        assertThat(loss.heat()).isEqualTo(-1);                  // 47.65 / 201.97 × 3 = 0.71, up to 1
        assertThat(cell(LocalDate.of(2026, 2, 13)).heat()).isZero();
        assertThat(cell(LocalDate.of(2026, 2, 13)).pnl()).isEmpty();
    }

    @Test
    @DisplayName("a day's details: its trades, and the cool-down its second loss in a row started")
    void dayDetails() {
        vm.selectedDayProperty().set(LocalDate.of(2026, 2, 2));

        assertThat(vm.dayTitleProperty().get()).isEqualTo("Monday 2 February 2026 · −$55.92");
        assertThat(vm.dayDetails()).containsExactly(
                "Closed 10:32 · BTC-MICRO-0.01 long · range-fade · −$55.92 · −1.26 R",
                "Cool-down from 10:32 to 11:32: 2 losses in a row on Main");
        assertThat(cell(LocalDate.of(2026, 2, 2)).notes()).isEqualTo("cool-down");
        assertThat(cell(LocalDate.of(2026, 2, 2)).ruleHit()).isTrue();
    }

    @Test
    @DisplayName("March holds the plans that stayed plans; the month moves back and forth")
    void plansNotTakenAndNavigation() {
        vm.nextMonth();
        assertThat(vm.titleProperty().get()).isEqualTo("March 2026");
        assertThat(cell(LocalDate.of(2026, 3, 6)).notes()).isEqualTo("1 plan not taken");
        vm.selectedDayProperty().set(LocalDate.of(2026, 3, 6));
        assertThat(vm.dayDetails()).containsExactly("Not taken: ETH-MICRO-0.01 long, written 10:00 · cancelled");
        vm.previousMonth();
        assertThat(vm.titleProperty().get()).isEqualTo("February 2026");
    }

    @Test
    @DisplayName("a filter that leaves one trade shows one day")
    void followsTheFilter() {
        shown.removeIf(e -> !e.id().equals("sample-24"));
        assertThat(vm.getSummary()).isEqualTo("+$75.82 over 1 trade · 1 winning, 0 losing days");
    }

    @Test
    @DisplayName("the week report of the selected day is written as a PDF")
    void weekReport(@TempDir Path folder) throws Exception {
        vm.selectedDayProperty().set(LocalDate.of(2026, 2, 12));
        assertThat(vm.suggestedName(true)).isEqualTo("review-week-2026-02-09.pdf");
        Path file = folder.resolve(vm.suggestedName(true));

        vm.saveWeekReport(file, "sample");

        assertThat(vm.getNotice()).startsWith("Saved the review of 9–15 February 2026 to review-week-2026-02-09.pdf (");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Review · Week of 9 February 2026");
        }
        assertThat(Files.list(folder)).hasSize(1);
    }
}
