package app.microplan.store;

import app.microplan.domain.Execution;
import java.util.List;

/**
 * What reading an executions CSV found. All or nothing: when any row has a problem, no execution is
 * offered for import, only the list of problems — a half-imported history is worse than none.
 *
 * @param executions every row, read, when no row had a problem; empty otherwise
 * @param problems   each row that could not be read, with the reason
 */
public record CsvImport(List<ImportedExecution> executions, List<RowProblem> problems) {

    public CsvImport {
        problems = List.copyOf(problems);
        executions = problems.isEmpty() ? List.copyOf(executions) : List.of();
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** The exchange symbols in the file, in the order they first appear: which one goes to which plan. */
    public List<String> symbols() {
        return executions.stream().map(e -> e.execution().symbol()).distinct().toList();
    }

    /** The executions of one exchange symbol, to match to one plan; refuses when any row had a problem. */
    public List<Execution> toImport(String symbol) {
        return toImport().stream().filter(e -> e.symbol().equalsIgnoreCase(symbol)).toList();
    }

    /** The executions to import; refuses when any row had a problem. */
    public List<Execution> toImport() {
        if (!isClean()) {
            throw new IllegalStateException(problems.size() + " row(s) could not be read, so nothing is imported; first: "
                    + problems.get(0).message());
        }
        return executions.stream().map(ImportedExecution::execution).toList();
    }
}
