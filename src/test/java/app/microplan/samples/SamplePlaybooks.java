package app.microplan.samples;

import app.microplan.domain.ChecklistItem;
import app.microplan.domain.PlanPlaybook;
import app.microplan.domain.Playbook;
import app.microplan.domain.TradePlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample journal's four playbooks, one per setup, and how a sample plan carries its playbook: each plan's
 * checklist gains its playbook's two criteria, ticked or not by a fixed pattern (two in three ticked), and
 * the plans from the 21st on name their playbook (with its prompt answered) while the earlier ones are matched
 * by their setup tag, as a journal from before playbooks would be. Nothing here draws a random number, so the
 * trades, reviews and statistics of the sample are what they were without playbooks.
 */
public final class SamplePlaybooks {
    /** Plans from this index on started from their playbook; earlier plans only carry its name as a tag. */
    static final int FIRST_LINKED = 20;

    public static final List<Playbook> ALL = List.of(
            playbook("breakout", "Breakout", "A close beyond a level that held twice, entered on the retest",
                    "Close beyond the level on the 4h chart", "Volume above its 20-bar average",
                    "Which level breaks, on which time frame?", "2"),
            playbook("pullback", "Pullback", "With the daily trend, entered where price pulls back to its mean",
                    "Trend intact on the daily chart", "Pullback into the 20-period average",
                    "What is the trend, and where does it end?", "1.5"),
            playbook("range-fade", "Range-fade", "Fading the edge of a range that has held",
                    "Range held at least twice", "No trend on the daily chart",
                    "Where are the range's edges?", "1.5"),
            playbook("news", "News", "A level traded after a scheduled release",
                    "Spread normal before the entry", "Position sized for the wider stop",
                    "Which release, and when?", "2"));

    private SamplePlaybooks() {
    }

    private static Playbook playbook(String id, String name, String description, String first, String second,
                                     String prompt, String minRewardRisk) {
        return new Playbook("sample-" + id, name, description, List.of(first, second), List.of(prompt),
                new BigDecimal(minRewardRisk), List.of(id), new BigDecimal("0.01"));
    }

    /** The playbook named like the plan's setup (its first tag). */
    static Playbook of(TradePlan plan) {
        return ALL.stream().filter(p -> p.isNamed(plan.tags().get(0))).findFirst().orElseThrow();
    }

    /** Whether plan {@code index} ticked criterion {@code item} of its playbook: two in three did. */
    static boolean ticked(int index, int item) {
        return (index * 7 + item) % 3 != 0;
    }

    /** Plan {@code index} with its playbook's criteria on its checklist and, from the 21st plan on, its playbook. */
    static TradePlan shape(int index, TradePlan plan) {
        Playbook playbook = of(plan);
        List<ChecklistItem> checklist = new ArrayList<>(plan.checklist());
        for (int k = 0; k < playbook.checklist().size(); k++) {
            checklist.add(new ChecklistItem(playbook.checklist().get(k), ticked(index, k)));
        }
        TradePlan.Builder shaped = plan.toBuilder().checklist(checklist);
        if (index >= FIRST_LINKED) {
            PlanPlaybook started = PlanPlaybook.startedFrom(playbook);
            shaped.playbook(started.withAnswers(started.answers().stream()
                    .map(a -> a.withAnswer("Written down before the entry")).toList()));
        }
        return shaped.build();
    }
}
