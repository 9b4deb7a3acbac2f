package app.microplan.store;

import app.microplan.domain.Execution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports executions from a trade-history CSV through a column mapping: {@link #preview} for the mapping
 * dialog, {@link #read} for the import itself, which lists every row it cannot read and then imports none.
 */
public final class ExecutionCsv {
    private ExecutionCsv() {
    }

    /** The header and up to {@code rows} data rows, as text. */
    public static CsvPreview preview(Path file, char delimiter, int rows) throws StoreException {
        List<List<String>> records = CsvFiles.read(file, delimiter, rows + 1);
        if (records.isEmpty()) {
            return new CsvPreview(List.of(), List.of());
        }
        return new CsvPreview(records.get(0), records.subList(1, records.size()));
    }

    /** Reads every row; the file must have a header naming the mapping's columns. */
    public static CsvImport read(Path file, ExecutionCsvMapping mapping) throws StoreException {
        List<List<String>> records = CsvFiles.read(file, mapping.delimiterChar(), Integer.MAX_VALUE);
        if (records.isEmpty()) {
            return new CsvImport(List.of(), List.of(new RowProblem(1, "the file is empty (a header row is needed)")));
        }
        ExecutionRowReader reader;
        try {
            reader = new ExecutionRowReader(mapping, records.get(0));
        } catch (IllegalArgumentException e) {
            return new CsvImport(List.of(), List.of(new RowProblem(1, e.getMessage())));
        }
        List<ImportedExecution> executions = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int index = 1; index < records.size(); index++) {
            List<String> record = records.get(index);
            int row = index + 1;
            if (isBlank(record)) {
                continue;
            }
            try {
                Execution execution = reader.read(record);
                executions.add(new ImportedExecution(row, execution));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row, e.getMessage()));
            }
        }
        if (executions.isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(2, "the file has a header but no executions"));
        }
        return new CsvImport(executions, problems);
    }

    private static boolean isBlank(List<String> record) {
        return record.stream().allMatch(String::isBlank);
    }
}
