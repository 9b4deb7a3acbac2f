package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A month of hand-made trades (10 contracts of the 0.01 BTC micro: ±700 × 10 × 0.01 = ±$70 a trade). */
class TradingCalendarTest {

    private static JournalEntry trade(String id, boolean win, String closedAt) {
        Instant closed = Instant.parse(closedAt);
        return JournalEntry.of(JournalFixtures.closed(id, Direction.LONG, "70000", "69300", "10", win ? "70700" : "69300",
                win ? ExitReason.TARGET : ExitReason.STOP, closed.minusSeconds(1800), closed, List.of("breakout")));
    }

    private static JournalEntry plan(String id, PlanStatus status, String createdAt) {
        Instant created = Instant.parse(createdAt);
        TradePlan ready = JournalFixtures.ready(id, ContractPresets.BTC_MICRO_001, Direction.SHORT, "70000", "70700",
                "68000", "1", List.of());
        return JournalEntry.of(ready.toBuilder().status(status).createdAt(created).updatedAt(created).build());
    }

    private static final List<JournalEntry> MARCH = List.of(
            trade("a", false, "2026-03-02T10:00:00Z"),
            trade("b", false, "2026-03-02T11:00:00Z"),
            trade("c", false, "2026-03-02T13:00:00Z"),
            trade("d", true, "2026-03-03T10:00:00Z"),
            trade("e", true, "2026-02-27T10:00:00Z"),
            plan("f", PlanStatus.DRAFT, "2026-03-03T15:00:00Z"),
            plan("g", PlanStatus.CANCELLED, "2026-03-05T09:00:00Z"),
            plan("h", PlanStatus.OPEN, "2026-03-05T09:30:00Z"));

    @Test
    @DisplayName("every day of the month with its P&L; the month's total and largest day")
    void days() {
        TradingCalendar march = TradingCalendar.of(MARCH, YearMonth.of(2026, 3), ZoneOffset.UTC, SimulationRules.defaults());

        assertThat(march.days()).hasSize(31);
        assertThat(march.day(LocalDate.of(2026, 3, 2)).pnl()).isEqualByComparingTo("-210");
        assertThat(march.day(LocalDate.of(2026, 3, 2)).trades()).extracting(CalendarDay.DayTrade::planId)
                .containsExactly("a", "b", "c");
        assertThat(march.day(LocalDate.of(2026, 3, 3)).pnl()).isEqualByComparingTo("70");
        assertThat(march.total()).isEqualByComparingTo("-140");              // February's win is not March's
        assertThat(march.largest()).isEqualByComparingTo("210");
        assertThat(march.winningDays()).isEqualTo(1);
        assertThat(march.losingDays()).isEqualTo(1);
        assertThat(march.currency()).isEqualTo("USD");
    }

    @Test
    @DisplayName("plans that stayed plans are shown on the day they were written; an open trade is not one")
    void plansNotTaken() {
        TradingCalendar march = TradingCalendar.of(MARCH, YearMonth.of(2026, 3), ZoneOffset.UTC, SimulationRules.defaults());

        assertThat(march.day(LocalDate.of(2026, 3, 3)).plansNotTaken()).extracting(CalendarDay.DayPlan::planId)
                .containsExactly("f");
        assertThat(march.day(LocalDate.of(2026, 3, 5)).plansNotTaken()).extracting(CalendarDay.DayPlan::status)
                .containsExactly(PlanStatus.CANCELLED);
        assertThat(march.day(LocalDate.of(2026, 3, 5)).hasActivity()).isTrue();
        assertThat(march.day(LocalDate.of(2026, 3, 6)).hasActivity()).isFalse();
    }

    @Test
    @DisplayName("two losses in a row start a cool-down; a loss of 3 % of the day's equity hits the daily limit")
    void ruleHits() {
        TradingCalendar march = TradingCalendar.of(MARCH, YearMonth.of(2026, 3), ZoneOffset.UTC, SimulationRules.defaults());
        List<CalendarDay.RuleHit> hits = march.day(LocalDate.of(2026, 3, 2)).ruleHits();

        assertThat(hits).extracting(CalendarDay.RuleHit::kind).containsExactly(CalendarDay.RuleHit.Kind.COOL_DOWN,
                CalendarDay.RuleHit.Kind.DAILY_LOSS_LIMIT, CalendarDay.RuleHit.Kind.COOL_DOWN);
        assertThat(hits.get(0).text()).isEqualTo("Cool-down from 11:00 to 12:00: 2 losses in a row on Main");
        // 3 × $70 = $210 ≥ 3 % of $5,000 = $150, reached with the third loss
        assertThat(hits.get(1).text()).isEqualTo("Daily loss limit reached at 13:00: Main lost $210.00, 4.20 % of"
                + " $5,000.00 (limit 3.00 %)");
        assertThat(march.day(LocalDate.of(2026, 3, 3)).ruleHits()).isEmpty();
    }

    @Test
    @DisplayName("days are the trader's: 23:30 UTC on the 2nd is the 3rd in Tokyo")
    void timeZone() {
        List<JournalEntry> late = List.of(trade("x", true, "2026-03-02T23:30:00Z"));
        TradingCalendar tokyo = TradingCalendar.of(late, YearMonth.of(2026, 3), ZoneId.of("Asia/Tokyo"),
                SimulationRules.defaults());

        assertThat(tokyo.day(LocalDate.of(2026, 3, 3)).trades()).hasSize(1);
        assertThat(tokyo.day(LocalDate.of(2026, 3, 2)).trades()).isEmpty();
    }
}
