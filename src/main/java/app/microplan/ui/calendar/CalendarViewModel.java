package app.microplan.ui.calendar;

import app.microplan.ui.common.Messages;
import app.microplan.checklist.ChecklistExport;
import app.microplan.checklist.PaperSize;
import app.microplan.checklist.ReportPeriodText;
import app.microplan.checklist.ReviewReportExport;
import app.microplan.checklist.SheetWords;
import app.microplan.domain.CalendarDay;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.PeriodReview;
import app.microplan.domain.Playbook;
import app.microplan.domain.ReviewPeriod;
import app.microplan.domain.SimulationRules;
import app.microplan.domain.SimulationSettings;
import app.microplan.domain.TradingCalendar;
import app.microplan.ui.common.ShownEntriesWork;
import app.microplan.ui.common.TaskRunner;
import app.microplan.ui.common.TradeFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal review's Calendar tab: a month of the trades the review shows as a heat map of daily P&L, each
 * day with its trades, the plans written that day that were never taken, and the account rules hit; and the
 * periodic review report of the shown month or of the selected day's week, saved as a PDF off the FX thread.
 */
public final class CalendarViewModel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final int HEAT_LEVELS = 3;

    private final TaskRunner tasks;
    private final ZoneId zone;
    private final SimulationRules rules;
    private final ShownEntriesWork<TradingCalendar> work;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ObjectProperty<LocalDate> selectedDay = new SimpleObjectProperty<>(this, "selectedDay");
    private final ObservableList<DayCell> cells = FXCollections.observableArrayList();
    private final ObservableList<String> dayDetails = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper dayTitle = new ReadOnlyStringWrapper(this, "dayTitle", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<TradingCalendar> calendar = new ReadOnlyObjectWrapper<>(this, "calendar");
    private List<JournalEntry> lastShown = List.of();
    private List<Playbook> playbooks = List.of();
    private boolean monthChosen;

    public CalendarViewModel(TaskRunner tasks, ZoneId zone, SimulationRules rules) {
        this.tasks = tasks;
        this.zone = zone;
        this.rules = rules;
        this.work = new ShownEntriesWork<>(tasks, "Laying out the calendar", this::prepare, this::publish,
                error -> summary.set(Messages.text("calendar.failed", error.getMessage())));
        month.addListener((obs, old, now) -> {
            title.set(now == null ? "" : now.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Messages.current().textLocale()) + " "
                    + now.getYear());
            work.changed();
        });
        selectedDay.addListener((obs, old, now) -> showDay());
    }

    public void follow(ObservableList<JournalEntry> shown) {
        work.follow(shown);
    }

    public void setActive(boolean active) {
        work.setActive(active);
    }

    /** The journal's playbooks, for the report (read when a report is written). */
    public void setPlaybooks(List<Playbook> value) {
        playbooks = value;
    }

    // ---- Properties ---------------------------------------------------------------------------------------

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<LocalDate> selectedDayProperty() {
        return selectedDay;
    }

    /** Six weeks of seven days, Monday first, covering the month. */
    public ObservableList<DayCell> cells() {
        return cells;
    }

    /** "February 2026". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "+$420.54 over 19 trades · 9 winning days, 8 losing days". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    /** "Monday 9 February 2026 · +$113.56". */
    public ReadOnlyStringProperty dayTitleProperty() {
        return dayTitle.getReadOnlyProperty();
    }

    /** The selected day: its trades, plans not taken and rules hit, a line each. */
    public ObservableList<String> dayDetails() {
        return dayDetails;
    }

    /** What the last report did ("Saved …", or why not). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public String getNotice() {
        return notice.get();
    }

    public ReadOnlyObjectProperty<TradingCalendar> calendarProperty() {
        return calendar.getReadOnlyProperty();
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    public void previousMonth() {
        monthChosen = true;
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        monthChosen = true;
        month.set(month.get().plusMonths(1));
    }

    /** The review of the shown month, as a PDF. */
    public void saveMonthReport(Path file, String journalName) {
        saveReport(ReviewPeriod.month(month.get()), file, journalName);
    }

    /** The review of the week (Monday to Sunday) of the selected day, or of the month's first day. */
    public void saveWeekReport(Path file, String journalName) {
        LocalDate day = selectedDay.get() != null ? selectedDay.get() : month.get().atDay(1);
        saveReport(ReviewPeriod.weekOf(day), file, journalName);
    }

    /** A file name to suggest: "review-2026-02.pdf" or "review-week-2026-02-09.pdf". */
    public String suggestedName(boolean week) {
        if (!week) {
            return "review-" + month.get() + ".pdf";
        }
        LocalDate day = selectedDay.get() != null ? selectedDay.get() : month.get().atDay(1);
        return "review-week-" + ReviewPeriod.weekOf(day).first() + ".pdf";
    }

    private void saveReport(ReviewPeriod period, Path file, String journalName) {
        List<JournalEntry> taken = lastShown;
        List<Playbook> books = List.copyOf(playbooks);
        // The report speaks the window's language; read on the FX thread, before the work leaves it.
        SheetWords words = SheetWords.of(Messages.current().textLocale().getLanguage());
        String span = new ReportPeriodText(words).span(period);
        notice.set(Messages.text("calendar.writing", span));
        tasks.submit("Writing the review report", progress -> {
            PeriodReview review = PeriodReview.of(taken, period, zone, books, rules, SimulationSettings.defaults());
            return ReviewReportExport.export(review, journalName, PaperSize.forLocale(Locale.getDefault()), words, file,
                    ChecklistExport.Progress.NONE);
        }, result -> notice.set(Messages.text("calendar.saved", span, result.file().getFileName(),
                result.pages())), error -> notice.set(
                error instanceof java.io.IOException io ? ChecklistExport.describe(io, file)
                        : Messages.text("calendar.notWritten", error.getMessage())));
    }

    // ---- Working it out -----------------------------------------------------------------------------------

    private TaskRunner.Work<TradingCalendar> prepare(List<JournalEntry> taken) {
        lastShown = taken;
        if (!monthChosen || month.get() == null) {
            YearMonth latest = latestMonth(taken);
            if (!latest.equals(month.get())) {
                month.set(latest);
                return null;
            }
        }
        YearMonth shown = month.get();
        return progress -> TradingCalendar.of(taken, shown, zone, rules);
    }

    /**
     * The month of the latest closed trade, where the P&L is: where a trader looks first. Without closed trades,
     * the month of the latest plan; today's month for an empty journal.
     */
    private YearMonth latestMonth(List<JournalEntry> entries) {
        return entries.stream().filter(JournalEntry::isClosedTrade).map(JournalEntry::tradeTime)
                .max(Comparator.naturalOrder())
                .or(() -> entries.stream().map(JournalEntry::tradeTime).max(Comparator.naturalOrder()))
                .map(t -> YearMonth.from(t.atZone(zone))).orElse(YearMonth.now(zone));
    }

    private void publish(TradingCalendar shown) {
        if (!shown.month().equals(month.get())) {
            return;
        }
        calendar.set(shown);
        String currency = shown.currency() == null ? "USD" : shown.currency();
        int trades = shown.days().stream().mapToInt(d -> d.trades().size()).sum();
        summary.set(trades == 0 ? Messages.text("calendar.noTrade")
                : Messages.text("calendar.summary", TradeFormats.signedMoney(shown.total(), currency), trades,
                shown.winningDays(), shown.losingDays()));
        List<DayCell> grid = new ArrayList<>(42);
        LocalDate first = shown.month().atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < 42; i++) {
            LocalDate date = first.plusDays(i);
            boolean inMonth = YearMonth.from(date).equals(shown.month());
            grid.add(inMonth ? cell(shown.day(date), shown.largest(), currency)
                    : new DayCell(date, false, Integer.toString(date.getDayOfMonth()), "", "", 0, "", false));
        }
        cells.setAll(grid);
        LocalDate day = selectedDay.get();
        if (day == null || !YearMonth.from(day).equals(shown.month())) {
            selectedDay.set(shown.days().stream().filter(CalendarDay::hasActivity).reduce((a, b) -> b)
                    .map(CalendarDay::date).orElse(shown.month().atDay(1)));
        } else {
            showDay();
        }
    }

    private static DayCell cell(CalendarDay day, BigDecimal largest, String currency) {
        boolean traded = !day.trades().isEmpty();
        int heat = !traded || largest.signum() == 0 || day.pnl().signum() == 0 ? 0
                : day.pnl().signum() * day.pnl().abs().multiply(BigDecimal.valueOf(HEAT_LEVELS))
                .divide(largest, 0, RoundingMode.CEILING).intValue();
        List<String> notes = new ArrayList<>();
        if (!day.plansNotTaken().isEmpty()) {
            int n = day.plansNotTaken().size();
            notes.add(Messages.text("calendar.notTakenCount", n));
        }
        day.ruleHits().stream().map(h -> h.kind().label().toLowerCase(Locale.ENGLISH)).distinct().forEach(notes::add);
        int n = day.trades().size();
        return new DayCell(day.date(), true, Integer.toString(day.date().getDayOfMonth()),
                traded ? TradeFormats.signedMoney(day.pnl(), currency) : "", traded ? Messages.text("calendar.trades", n) : "",
                heat, String.join(" · ", notes), !day.ruleHits().isEmpty());
    }

    private void showDay() {
        TradingCalendar shown = calendar.get();
        LocalDate date = selectedDay.get();
        if (shown == null || date == null || !YearMonth.from(date).equals(shown.month())) {
            dayTitle.set("");
            dayDetails.clear();
            return;
        }
        CalendarDay day = shown.day(date);
        String currency = shown.currency() == null ? "USD" : shown.currency();
        dayTitle.set(java.time.format.DateTimeFormatter.ofPattern(Messages.text("calendar.dayPattern"),
                Messages.current().textLocale()).format(date)
                + (day.trades().isEmpty() ? "" : " · " + TradeFormats.signedMoney(day.pnl(), currency)));
        List<String> lines = new ArrayList<>();
        for (CalendarDay.DayTrade trade : day.trades()) {
            lines.add(Messages.text("calendar.closed", CLOCK.format(trade.closedAt().atZone(zone)), trade.symbol(),
                    Messages.current().inSentence(Messages.text("direction." + trade.side().name())), trade.setup(),
                    TradeFormats.signedMoney(trade.pnl(), currency), TradeFormats.r(trade.rMultiple())));
        }
        for (CalendarDay.DayPlan plan : day.plansNotTaken()) {
            lines.add(Messages.text("calendar.notTaken", plan.symbol(),
                    Messages.current().inSentence(Messages.text("direction." + plan.side().name())),
                    CLOCK.format(plan.createdAt().atZone(zone)),
                    Messages.current().inSentence(Messages.text("status." + plan.status().name()))));
        }
        for (CalendarDay.RuleHit hit : day.ruleHits()) {
            lines.add(hit.text());
        }
        if (lines.isEmpty()) {
            lines.add(Messages.text("calendar.nothing"));
        }
        dayDetails.setAll(lines);
    }
}
