package app.microplan.domain;

import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/** The symbols and tags a journal holds, sorted and each spelled once: the choices of the filter's pickers. */
public record JournalFacets(List<String> symbols, List<String> tags) {

    public JournalFacets {
        symbols = List.copyOf(symbols);
        tags = List.copyOf(tags);
    }

    public static JournalFacets of(Collection<JournalEntry> entries) {
        TreeMap<String, String> symbols = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        TreeMap<String, String> tags = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (JournalEntry entry : entries) {
            symbols.putIfAbsent(entry.symbol(), entry.symbol());
            entry.tags().forEach(tag -> tags.putIfAbsent(tag, tag));
        }
        return new JournalFacets(List.copyOf(symbols.values()), List.copyOf(tags.values()));
    }
}
