package app.microplan.store;

import app.microplan.domain.Wording;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads executions and funding from an exchange's CSV file: {@link #open} finds out which file it is (a known
 * exchange file by its header, or one the trader mapped before), {@link #preview} shows its first rows, and
 * {@link #read} reads every row — listing every problem of every row and then importing none.
 */
public final class ExecutionCsv {
    private ExecutionCsv() {
    }

    /** What a file turned out to be: a known layout with the line its header is on, or nothing known yet. */
    public record Opened(ImportLayout layout, int headerIndex, List<String> header, ExecutionCsvMapping mapping) {
        public boolean isKnown() {
            return layout != null;
        }
    }

    /** The header and up to {@code rows} data rows, as text. */
    public static CsvPreview preview(Path file, char delimiter, int rows) throws StoreException {
        List<List<String>> records = CsvFiles.read(file, delimiter, rows + 1);
        if (records.isEmpty()) {
            return new CsvPreview(List.of(), List.of());
        }
        return new CsvPreview(records.get(0), records.subList(1, records.size()));
    }

    /**
     * Which file this is: a built-in exchange layout recognised by its header (and preamble), else a mapping the
     * trader made for a file with the same header. The header is looked for in the first lines.
     */
    public static Opened open(Path file, List<ExecutionCsvMapping> remembered) throws StoreException {
        List<List<String>> first = CsvFiles.read(file, ',', ImportLayouts.HEADER_SEARCH_LINES);
        Optional<ImportLayouts.Found> known = ImportLayouts.detect(first, ImportLayouts.all());
        if (known.isPresent()) {
            int index = known.get().headerIndex();
            return new Opened(known.get().layout(), index, first.get(index), null);
        }
        for (ExecutionCsvMapping mapping : remembered) {
            List<String> header = mapping.delimiterChar() == ',' ? (first.isEmpty() ? List.of() : first.get(0))
                    : firstRecord(file, mapping.delimiterChar());
            if (mapping.headerSignature() != null && mapping.headerSignature().equals(ImportLayouts.signature(header))) {
                return new Opened(mapping.toLayout(), 0, header, mapping);
            }
        }
        return new Opened(null, 0, first.isEmpty() ? List.of() : first.get(0), null);
    }

    /** Reads every row through the trader's mapping; the file's first line must be its header. */
    public static CsvImport read(Path file, ExecutionCsvMapping mapping) throws StoreException {
        return read(file, mapping.toLayout(), 0);
    }

    /** Reads every row of a known exchange file, finding its header first. */
    public static CsvImport read(Path file, ImportLayout layout) throws StoreException {
        List<List<String>> first = CsvFiles.read(file, layout.delimiterChar(), ImportLayouts.HEADER_SEARCH_LINES);
        Optional<ImportLayouts.Found> found = ImportLayouts.detect(first, List.of(layout));
        if (found.isEmpty()) {
            return CsvImport.unreadable(layout, new RowProblem(1, null, "the file is not a " + layout.title()
                    + ": its header is not among the first lines", Wording.of("import.problem.notThisFile", layout.title())));
        }
        return read(file, layout, found.get().headerIndex());
    }

    /** Reads every row after the header on line {@code headerIndex + 1}. */
    public static CsvImport read(Path file, ImportLayout layout, int headerIndex) throws StoreException {
        List<List<String>> records = CsvFiles.read(file, layout.delimiterChar(), Integer.MAX_VALUE);
        if (records.size() <= headerIndex) {
            return CsvImport.unreadable(layout, new RowProblem(1, null, "the file is empty (a header row is needed)",
                    Wording.of("import.problem.emptyFile")));
        }
        return new LayoutReader(layout, records, headerIndex, file.getFileName().toString()).read(records);
    }

    private static List<String> firstRecord(Path file, char delimiter) throws StoreException {
        List<List<String>> records = CsvFiles.read(file, delimiter, 1);
        return records.isEmpty() ? List.of() : records.get(0);
    }
}
