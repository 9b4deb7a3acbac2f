package app.microplan.store;

/** A CSV row that could not be read, numbered like a spreadsheet shows it (the header is row 1). */
public record RowProblem(int row, String reason) {
    public String message() {
        return "row " + row + ": " + reason;
    }
}
