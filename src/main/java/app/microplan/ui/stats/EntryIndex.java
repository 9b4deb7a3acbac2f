package app.microplan.ui.stats;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.TradePlan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every plan's journal entry (its outcome sized and measured once), kept between filter changes. A plan is
 * an immutable value and every edit makes a new one, so an entry is reused exactly while its plan object is
 * the same: after an edit only that plan is measured again, not all 10,000. Safe to call from any thread.
 */
final class EntryIndex {
    private Map<TradePlan, JournalEntry> entries = new IdentityHashMap<>();

    /** The entries of {@code plans}, in their order; entries of plans no longer given are dropped. */
    synchronized List<JournalEntry> entriesFor(List<TradePlan> plans) {
        Map<TradePlan, JournalEntry> next = new IdentityHashMap<>(plans.size() * 2);
        List<JournalEntry> result = new ArrayList<>(plans.size());
        for (TradePlan plan : plans) {
            JournalEntry entry = entries.get(plan);
            if (entry == null) {
                entry = JournalEntry.of(plan);
            }
            next.put(plan, entry);
            result.add(entry);
        }
        entries = next;
        return result;
    }
}
