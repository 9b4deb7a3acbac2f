package app.microplan.store;

import java.time.Instant;
import java.util.List;

/**
 * One import as the journal remembers it, so it can be undone as a whole: when, from which file, read as what,
 * and which plans it changed or added. The bytes the files held before are kept with it, in
 * {@code imports/<id>.json}.
 */
public record ImportRecord(String id, Instant time, String file, String layout, String summary,
                           List<String> changedPlans, List<String> addedPlans) {
    public ImportRecord {
        changedPlans = List.copyOf(changedPlans);
        addedPlans = List.copyOf(addedPlans);
    }
}
