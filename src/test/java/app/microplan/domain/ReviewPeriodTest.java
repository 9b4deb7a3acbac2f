package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReviewPeriodTest {
    @Test
    void weeksRunMondayToSunday() {
        ReviewPeriod week = ReviewPeriod.weekOf(LocalDate.of(2026, 2, 15));

        assertThat(week.first()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(week.last()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(week.title()).isEqualTo("Week of 9 February 2026");
        assertThat(week.span()).isEqualTo("9–15 February 2026");
        assertThat(ReviewPeriod.weekOf(LocalDate.of(2026, 1, 1)).span()).isEqualTo("29 December 2025 – 4 January 2026");
        assertThat(ReviewPeriod.weekOf(LocalDate.of(2026, 1, 28)).span()).isEqualTo("26 January – 1 February 2026");
    }

    @Test
    void monthsAreWhole() {
        ReviewPeriod february = ReviewPeriod.month(YearMonth.of(2028, 2));

        assertThat(february.span()).isEqualTo("1–29 February 2028");
        assertThat(february.title()).isEqualTo("February 2028");
        assertThat(february.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(february.contains(LocalDate.of(2028, 3, 1))).isFalse();
    }
}
