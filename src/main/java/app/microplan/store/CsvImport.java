package app.microplan.store;

import app.microplan.domain.Execution;
import app.microplan.domain.SymbolFunding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading an exchange file found. All or nothing: when any row has a problem, no execution or funding is
 * offered for import, only the list of problems (every problem of every row) — a half-imported history is worse
 * than none.
 *
 * @param layout     how the file was read (a known exchange file, or the trader's own mapping)
 * @param zone       the time zone of its times, and where it came from ("UTC−06:00, from the file name")
 * @param rows       data rows read (blank lines not counted)
 * @param executions every execution row, read, when no row had a problem; empty otherwise
 * @param funding    every funding row, read, when no row had a problem; empty otherwise
 * @param skipped    rows of other kinds (transfers, realized P&L lines) by their type word, and how many
 * @param problems   every problem of every row, each with its row and column
 * @param warnings   what was read but not fully (a fee in a currency that cannot be turned into the quote)
 */
public record CsvImport(ImportLayout layout, String zone, int rows, List<ImportedExecution> executions,
                        List<ImportedFunding> funding, Map<String, Integer> skipped, List<RowProblem> problems,
                        List<String> warnings) {

    public CsvImport {
        problems = List.copyOf(problems);
        executions = problems.isEmpty() ? List.copyOf(executions) : List.of();
        funding = problems.isEmpty() ? List.copyOf(funding) : List.of();
        skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        warnings = List.copyOf(warnings);
    }

    /** A file that could not be read at all: one problem, nothing else. */
    static CsvImport unreadable(ImportLayout layout, RowProblem problem) {
        return new CsvImport(layout, "", 0, List.of(), List.of(), Map.of(), List.of(problem), List.of());
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** The exchange symbols in the file, in the order they first appear. */
    public List<String> symbols() {
        return executions.stream().map(e -> e.execution().symbol()).distinct().toList();
    }

    /** The executions of one exchange symbol; refuses when any row had a problem. */
    public List<Execution> toImport(String symbol) {
        return toImport().stream().filter(e -> e.symbol().equalsIgnoreCase(symbol)).toList();
    }

    /** The executions to import; refuses when any row had a problem. */
    public List<Execution> toImport() {
        requireClean();
        return executions.stream().map(ImportedExecution::execution).toList();
    }

    /** The funding payments to import; refuses when any row had a problem. */
    public List<SymbolFunding> fundingToImport() {
        requireClean();
        return funding.stream().map(ImportedFunding::funding).toList();
    }

    private void requireClean() {
        if (!isClean()) {
            throw new IllegalStateException(problems.size() + " problem(s) in the file, so nothing is imported; first: "
                    + problems.get(0).message());
        }
    }
}
