package app.microplan.ui.checklist;

import java.util.ArrayList;
import java.util.List;

/**
 * Where printed pages start in a column of rows: a page ends before the row that would not fit, so a rule or a
 * line of text is not cut in half; only a row taller than a whole page is cut.
 */
final class PrintPages {
    private PrintPages() {
    }

    /** A row's top and bottom, in the column's coordinates. */
    record Row(double top, double bottom) {
    }

    /** The offsets at which pages start; the first is 0. Rows are in order from the top. */
    static List<Double> starts(List<Row> rows, double pageHeight) {
        List<Double> starts = new ArrayList<>();
        double start = 0;
        starts.add(start);
        for (Row row : rows) {
            if (row.bottom() - start <= pageHeight) {
                continue;
            }
            if (row.top() > start) {
                start = row.top();
                starts.add(start);
            }
            while (row.bottom() - start > pageHeight) {
                start += pageHeight;
                starts.add(start);
            }
        }
        return starts;
    }
}
