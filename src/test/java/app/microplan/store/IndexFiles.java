package app.microplan.store;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Index files for tests: the bytes of any rows, their list order worked out as the journal works it out. */
final class IndexFiles {
    private IndexFiles() {
    }

    static byte[] bytes(List<JournalIndex.Row> rows) throws IOException {
        PlanSummary[] newestFirst = rows.stream().map(JournalIndex.Row::summary).toArray(PlanSummary[]::new);
        Arrays.sort(newestFirst, PlanSummary.NEWEST_FIRST);
        return IndexFileFormat.bytes(rows, newestFirst);
    }
}
