package app.microplan.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each playbook has earned, and which of its criteria pay: for every playbook the summary of its closed
 * trades (count, win rate, expectancy in R and money, profit factor, …) and, for each item of its checklist,
 * the summary of the trades where the item was ticked before entering beside those where it was not.
 *
 * <p>A trade belongs to the playbook its plan started from ({@link TradePlan#playbook}); a plan from before
 * playbooks existed belongs to the playbook named like its setup (its first tag), so a journal that already
 * tags its setups has results from the first day. Trades of neither kind are summed under {@link #NO_PLAYBOOK}.
 * Figures come from {@link TradeOutcome} and {@link TradeSummary}, the same as every other statistic.
 */
public final class PlaybookStatistics {
    public static final String NO_PLAYBOOK = "(no playbook)";

    private PlaybookStatistics() {
    }

    /**
     * One playbook's results.
     *
     * @param playbookId the playbook's id, or null for the trades of no playbook
     * @param name       its current name (the name the plans recorded, if it was deleted since)
     * @param items      one row per checklist item of the playbook, in the playbook's order
     */
    public record PlaybookResult(String playbookId, String name, TradeSummary summary, List<ItemResult> items) {
        public PlaybookResult {
            items = List.copyOf(items);
        }
    }

    /** The trades of one playbook where a checklist item was ticked before entering, and where it was not. */
    public record ItemResult(String item, TradeSummary ticked, TradeSummary notTicked) {
    }

    /** The results of every playbook (in the order given), then those of deleted playbooks, then no playbook. */
    public static List<PlaybookResult> of(Collection<JournalEntry> entries, List<Playbook> playbooks) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Playbook playbook : playbooks) {
            groups.put(playbook.id(), new Group(playbook.id(), playbook.name(), playbook.checklist()));
        }
        Group none = new Group(null, NO_PLAYBOOK, List.of());
        for (JournalEntry entry : closedInOrder(entries)) {
            Group group = groupOf(entry.plan(), playbooks, groups, none);
            group.add(entry);
        }
        List<PlaybookResult> results = new ArrayList<>();
        groups.values().forEach(group -> results.add(group.result()));
        if (none.trades > 0) {
            results.add(none.result());
        }
        return results;
    }

    /** The playbook a plan belongs to: the one it started from, else the one named like its setup; null for none. */
    public static Playbook playbookOf(TradePlan plan, List<Playbook> playbooks) {
        if (plan.playbook() != null) {
            return playbooks.stream().filter(p -> p.id().equals(plan.playbook().id())).findFirst().orElse(null);
        }
        return plan.tags().isEmpty() ? null
                : playbooks.stream().filter(p -> p.isNamed(plan.tags().get(0))).findFirst().orElse(null);
    }

    private static Group groupOf(TradePlan plan, List<Playbook> playbooks, Map<String, Group> groups, Group none) {
        Playbook playbook = playbookOf(plan, playbooks);
        if (playbook != null) {
            return groups.get(playbook.id());
        }
        PlanPlaybook deleted = plan.playbook();
        if (deleted == null) {
            return none;
        }
        // A playbook deleted since: its trades still count, under the name the plans recorded.
        return groups.computeIfAbsent(deleted.id(), id -> new Group(id, deleted.name(), List.of()));
    }

    /** Closed trades in order of their last exit: the order the drawdown of a summary needs. */
    private static List<JournalEntry> closedInOrder(Collection<JournalEntry> entries) {
        List<JournalEntry> closed = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (entry.isClosedTrade()) {
                closed.add(entry);
            }
        }
        closed.sort(Comparator.comparing((JournalEntry e) -> e.outcome().closedAt()).thenComparing(JournalEntry::id));
        return closed;
    }

    /** The running totals of one playbook. */
    private static final class Group {
        private final String id;
        private final String name;
        private final List<String> items;
        private final SummaryAccumulator all = new SummaryAccumulator(JournalStatistics.DEFAULT_BREAKEVEN_BAND);
        private final List<SummaryAccumulator> ticked = new ArrayList<>();
        private final List<SummaryAccumulator> notTicked = new ArrayList<>();
        private int trades;

        Group(String id, String name, List<String> items) {
            this.id = id;
            this.name = name;
            this.items = items;
            for (int i = 0; i < items.size(); i++) {
                ticked.add(new SummaryAccumulator(JournalStatistics.DEFAULT_BREAKEVEN_BAND));
                notTicked.add(new SummaryAccumulator(JournalStatistics.DEFAULT_BREAKEVEN_BAND));
            }
        }

        void add(JournalEntry entry) {
            trades++;
            all.add(entry.outcome());
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i);
                // An item the plan does not carry (added to the playbook later) says nothing either way.
                for (ChecklistItem line : entry.plan().checklist()) {
                    if (PlaybookStart.sameText(line.text(), item)) {
                        (line.checked() ? ticked : notTicked).get(i).add(entry.outcome());
                        break;
                    }
                }
            }
        }

        PlaybookResult result() {
            List<ItemResult> rows = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                rows.add(new ItemResult(items.get(i), ticked.get(i).summary(), notTicked.get(i).summary()));
            }
            return new PlaybookResult(id, name, all.summary(), rows);
        }
    }
}
