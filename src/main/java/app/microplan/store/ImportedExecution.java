package app.microplan.store;

import app.microplan.domain.Execution;

/** An execution read from a CSV file, with the row it came from (the header is row 1). */
public record ImportedExecution(int row, Execution execution) {
}
