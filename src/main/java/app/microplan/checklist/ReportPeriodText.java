package app.microplan.checklist;

import app.microplan.domain.ReviewPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A review period's name in the report's language. English is the domain's own ({@link ReviewPeriod#title()},
 * "Week of 9 February 2026", and {@link ReviewPeriod#span()}, "9–15 February 2026"), which the command line prints;
 * German reads "Woche ab 9. Februar 2026" and "9.–15. Februar 2026", with the day's date as "09.02.2026".
 */
public final class ReportPeriodText {
    private final SheetWords words;

    public ReportPeriodText(SheetWords words) {
        this.words = words;
    }

    public String title(ReviewPeriod period) {
        if (words.isEnglish()) {
            return period.title();
        }
        return period.kind() == ReviewPeriod.Kind.WEEK ? words.text("report.weekOf", longDate(period.first()))
                : format("MMMM yyyy", period.first());
    }

    public String span(ReviewPeriod period) {
        if (words.isEnglish()) {
            return period.span();
        }
        LocalDate first = period.first();
        LocalDate last = period.last();
        String start = first.getYear() != last.getYear() ? longDate(first)
                : first.getMonth() != last.getMonth() ? format("d. MMMM", first) : format("d.", first);
        return start + (first.getMonth() == last.getMonth() && first.getYear() == last.getYear() ? "–" : " – ")
                + longDate(last);
    }

    /** A single day: "2026-02-15" as the command line printed it, "15.02.2026" in German. */
    String day(LocalDate day) {
        return words.isEnglish() ? day.toString() : words.date().format(day);
    }

    private String longDate(LocalDate day) {
        return format("d. MMMM yyyy", day);
    }

    private String format(String pattern, LocalDate day) {
        return DateTimeFormatter.ofPattern(pattern, words.language()).format(day);
    }
}
