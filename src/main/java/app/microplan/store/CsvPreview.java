package app.microplan.store;

import java.util.List;

/** The header and the first rows of a CSV file as text, for the mapping dialog to show before importing. */
public record CsvPreview(List<String> headers, List<List<String>> rows) {
    public CsvPreview {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
