package app.microplan.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * The stretch of days a periodic review covers: a week (Monday to Sunday) or a calendar month, both ends
 * inclusive, in the trader's time zone.
 */
public record ReviewPeriod(Kind kind, LocalDate first, LocalDate last) {

    public enum Kind { WEEK, MONTH }

    public ReviewPeriod {
        Objects.requireNonNull(kind, "period kind");
        Objects.requireNonNull(first, "first day");
        Objects.requireNonNull(last, "last day");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a review period ends (" + last + ") before it starts (" + first + ")");
        }
    }

    /** The week, Monday to Sunday, that holds {@code day}. */
    public static ReviewPeriod weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReviewPeriod(Kind.WEEK, monday, monday.plusDays(6));
    }

    public static ReviewPeriod month(YearMonth month) {
        return new ReviewPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** "Week of 9 February 2026" or "February 2026". */
    public String title() {
        return kind == Kind.WEEK ? "Week of " + longDate(first) : monthName(first) + " " + first.getYear();
    }

    /** "9–15 February 2026", "26 January – 1 February 2026", "1–28 February 2026". */
    public String span() {
        if (first.getMonth() == last.getMonth() && first.getYear() == last.getYear()) {
            return first.getDayOfMonth() + "–" + longDate(last);
        }
        String start = first.getDayOfMonth() + " " + monthName(first) + (first.getYear() == last.getYear() ? ""
                : " " + first.getYear());
        return start + " – " + longDate(last);
    }

    /** Dates in English, like the rest of the report's text (the UI's text moves to bundles later). */
    private static String longDate(LocalDate day) {
        return day.getDayOfMonth() + " " + monthName(day) + " " + day.getYear();
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
