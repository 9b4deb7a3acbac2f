package app.microplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which plans the journal shows and counts. Every part is optional: an empty status set, a null symbol,
 * side, tag or date, or blank text matches everything.
 *
 * @param symbol the contract symbol, ignoring case
 * @param tag    one of the plan's tags, ignoring case
 * @param from   first day of the trade time (see {@link JournalEntry#tradeTime}), inclusive, in {@code zone}
 * @param to     last day, inclusive
 * @param text   words that must all appear, in any order and case, somewhere in the plan's written
 *               sections, tags, checklist or review
 * @param zone   the time zone the days are counted in
 */
public record JournalFilter(Set<PlanStatus> statuses, String symbol, Direction side, String tag, LocalDate from,
                            LocalDate to, String text, ZoneId zone) {

    public JournalFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        symbol = blankToNull(symbol);
        tag = blankToNull(tag);
        text = text == null ? "" : text.strip();
        zone = zone == null ? ZoneId.systemDefault() : zone;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** Everything, with days counted in the computer's time zone. */
    public static JournalFilter all() {
        return all(ZoneId.systemDefault());
    }

    public static JournalFilter all(ZoneId zone) {
        return new JournalFilter(Set.of(), null, null, null, null, null, "", zone);
    }

    public JournalFilter withStatuses(Set<PlanStatus> value) {
        return new JournalFilter(value, symbol, side, tag, from, to, text, zone);
    }

    public JournalFilter withStatus(PlanStatus first, PlanStatus... more) {
        return withStatuses(EnumSet.of(first, more));
    }

    public JournalFilter withSymbol(String value) {
        return new JournalFilter(statuses, value, side, tag, from, to, text, zone);
    }

    public JournalFilter withSide(Direction value) {
        return new JournalFilter(statuses, symbol, value, tag, from, to, text, zone);
    }

    public JournalFilter withTag(String value) {
        return new JournalFilter(statuses, symbol, side, value, from, to, text, zone);
    }

    public JournalFilter withDates(LocalDate first, LocalDate last) {
        return new JournalFilter(statuses, symbol, side, tag, first, last, text, zone);
    }

    public JournalFilter withText(String value) {
        return new JournalFilter(statuses, symbol, side, tag, from, to, value, zone);
    }

    public boolean matches(JournalEntry entry) {
        return new Matcher(this).matches(entry);
    }

    /** The entries that match, in their given order. */
    public List<JournalEntry> apply(Collection<JournalEntry> entries) {
        Matcher matcher = new Matcher(this);
        List<JournalEntry> matching = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (matcher.matches(entry)) {
                matching.add(entry);
            }
        }
        return matching;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filter with its words split and its days turned into instants once, not once per entry. */
    private static final class Matcher {
        private final JournalFilter filter;
        private final String[] words;
        private final Instant start;
        private final Instant end;

        Matcher(JournalFilter filter) {
            this.filter = filter;
            this.words = filter.text.isEmpty() ? new String[0] : filter.text.toLowerCase(Locale.ROOT).split("\\s+");
            this.start = filter.from == null ? null : filter.from.atStartOfDay(filter.zone).toInstant();
            this.end = filter.to == null ? null : filter.to.plusDays(1).atStartOfDay(filter.zone).toInstant();
        }

        boolean matches(JournalEntry entry) {
            return (filter.statuses.isEmpty() || filter.statuses.contains(entry.status()))
                    && (filter.symbol == null || filter.symbol.equalsIgnoreCase(entry.symbol()))
                    && (filter.side == null || filter.side == entry.side())
                    && (filter.tag == null || entry.tags().stream().anyMatch(filter.tag::equalsIgnoreCase))
                    && withinDates(entry)
                    && containsWords(entry.searchText());
        }

        private boolean withinDates(JournalEntry entry) {
            if (start == null && end == null) {
                return true;
            }
            Instant time = entry.tradeTime();
            return (start == null || !time.isBefore(start)) && (end == null || time.isBefore(end));
        }

        private boolean containsWords(String text) {
            for (String word : words) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }
}
