package app.microplan.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.util.StringConverter;

/**
 * Dates and times as the window shows and reads them. German shows "01.02.2026 09:30"; English keeps the ISO
 * "2026-02-01 09:30" the journal has always shown (it reads the same to a US and a UK trader and sorts as text).
 * A date field takes ISO in every language as well as the language's own form ("1.2.2026", "2/1/2026"), so a
 * date copied from an exchange's export is never dropped.
 */
public final class DateText {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> GERMAN_TYPED = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uu").withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> US_TYPED = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uu").withResolverStyle(ResolverStyle.STRICT));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ENGLISH_MOMENT = DateTimeFormatter.ofLocalizedDateTime(
            java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT).withLocale(Locale.UK);

    private DateText() {
    }

    private static boolean german() {
        return Locale.GERMAN.getLanguage().equals(Messages.current().numberLocale().getLanguage());
    }

    /** "2026-02-01" / "01.02.2026". */
    public static String date(LocalDate date) {
        return date == null ? "" : (german() ? GERMAN : ISO).format(date);
    }

    /** "2026-02-01 09:30" / "01.02.2026 09:30". */
    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : date(time.toLocalDate()) + " " + TIME.format(time);
    }

    /**
     * When something happened to a plan (created, a status change): "28 Feb 2026, 16:34" in English, the day-month
     * -year the status history has always shown; "28.02.2026 16:34" in other languages, as the window's dates are.
     */
    public static String moment(java.time.ZonedDateTime at) {
        return "en".equals(Messages.current().textLocale().getLanguage()) ? ENGLISH_MOMENT.format(at)
                : dateTime(at.toLocalDateTime());
    }

    /** A time as the fields' prompt and error messages give it for an example. */
    public static String example() {
        return dateTime(LocalDateTime.of(2026, 3, 2, 9, 30));
    }

    /** A typed date in ISO or the language's own form; empty when it is neither. */
    public static Optional<LocalDate> parseDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        for (DateTimeFormatter format : typedFormats()) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * A typed date and time ("2026-03-02 09:30", "2026-03-02T09:30:15", "2.3.2026 09:30"); empty when the date or
     * the time cannot be read.
     */
    public static Optional<LocalDateTime> parseDateTime(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        int split = text.indexOf('T') > 0 ? text.indexOf('T') : text.lastIndexOf(' ');
        if (split <= 0) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parseDate(text.substring(0, split));
        String clock = text.substring(split + 1).strip();
        if (date.isEmpty() || !clock.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
            return Optional.empty();
        }
        String[] parts = clock.split(":");
        try {
            return Optional.of(date.get().atTime(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    parts.length > 2 ? Integer.parseInt(parts[2]) : 0));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** For a DatePicker: shows the window's form, reads ISO and the window's form (null for what it cannot read). */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parseDate(text).orElse(null);
            }
        };
    }

    private static List<DateTimeFormatter> typedFormats() {
        return german() ? List.of(ISO, GERMAN_TYPED.get(0), GERMAN_TYPED.get(1))
                : List.of(ISO, US_TYPED.get(0), US_TYPED.get(1));
    }
}
