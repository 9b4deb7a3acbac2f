package app.microplan.store;

/**
 * Something wrong in a CSV row, numbered like a spreadsheet shows it (the header is row 1, or later when the
 * exchange writes lines before it), with the column it is in.
 *
 * @param column the header name of the cell, or null when the problem is the row's (or the file's) as a whole
 */
public record RowProblem(int row, String column, String reason) {

    public RowProblem(int row, String reason) {
        this(row, null, reason);
    }

    /** "row 3, Price: '7O050' is not a number" */
    public String message() {
        return "row " + row + (column == null ? "" : ", " + column) + ": " + reason;
    }
}
