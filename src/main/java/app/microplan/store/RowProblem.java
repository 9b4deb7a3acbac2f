package app.microplan.store;

import app.microplan.domain.Wording;

/**
 * Something wrong in a CSV row, numbered like a spreadsheet shows it (the header is row 1, or later when the
 * exchange writes lines before it), with the column it is in.
 *
 * @param column  the header name of the cell, or null when the problem is the row's (or the file's) as a whole
 * @param wording the reason for the window's language (decision 15), or null: then the window shows the English
 */
public record RowProblem(int row, String column, String reason, Wording wording) {

    public RowProblem(int row, String reason) {
        this(row, null, reason, null);
    }

    public RowProblem(int row, String column, String reason) {
        this(row, column, reason, null);
    }

    /** "row 3, Price: '7O050' is not a number" */
    public String message() {
        return "row " + row + (column == null ? "" : ", " + column) + ": " + reason;
    }
}
