package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which trades a playbook counts, on hand-made trades of ±700 × n × 0.01 (1 R each). */
class PlaybookStatisticsTest {
    private static final Playbook BREAKOUT = new Playbook("pb-b", "Breakout", "", List.of("Volume high", "Trend up"),
            null, null, List.of("breakout"), null);
    private static final Playbook FADE = new Playbook("pb-f", "Fade", "", List.of("Range held"), null, null, null, null);
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    /** Long 70,000, stop 69,300, one contract: a win exits at 70,700 (+7), a loss at the stop (−7). */
    private static JournalEntry trade(int n, boolean win, List<String> tags, PlanPlaybook playbook, boolean... ticks) {
        TradePlan plan = JournalFixtures.closed("t" + n, Direction.LONG, "70000", "69300", "1", win ? "70700" : "69300",
                win ? ExitReason.TARGET : ExitReason.STOP, T.plusSeconds(3600L * n), T.plusSeconds(3600L * n + 60), tags);
        List<String> items = List.of("Volume high", "Trend up");
        List<ChecklistItem> checklist = new java.util.ArrayList<>();
        for (int i = 0; i < ticks.length; i++) {
            checklist.add(new ChecklistItem(items.get(i), ticks[i]));
        }
        return JournalEntry.of(plan.toBuilder().checklist(checklist).playbook(playbook).build());
    }

    @Test
    @DisplayName("by the playbook the plan names, else its setup tag; deleted playbooks and none are kept apart")
    void groups() {
        PlanPlaybook deleted = new PlanPlaybook("pb-gone", "Old idea", null, null);
        List<JournalEntry> entries = List.of(
                trade(1, true, List.of("anything"), PlanPlaybook.startedFrom(BREAKOUT), true, true),
                trade(2, false, List.of("breakout", "asia"), null, false, true),
                trade(3, true, List.of("Breakout"), null, true),
                trade(4, false, List.of("pullback"), deleted),
                trade(5, true, List.of(), null));

        List<PlaybookStatistics.PlaybookResult> results = PlaybookStatistics.of(entries, List.of(BREAKOUT, FADE));

        assertThat(results).extracting(PlaybookStatistics.PlaybookResult::name)
                .containsExactly("Breakout", "Fade", "Old idea", PlaybookStatistics.NO_PLAYBOOK);
        PlaybookStatistics.PlaybookResult breakout = results.get(0);
        assertThat(breakout.summary().trades()).isEqualTo(3);
        assertThat(breakout.summary().wins()).isEqualTo(2);
        assertThat(breakout.summary().expectancyR()).isEqualByComparingTo(new BigDecimal("1").divide(new BigDecimal("3"),
                12, java.math.RoundingMode.HALF_EVEN));
        // "Volume high": ticked on trades 1 and 3 (both wins), not on trade 2 (the loss)
        assertThat(breakout.items().get(0).ticked().trades()).isEqualTo(2);
        assertThat(breakout.items().get(0).ticked().winRate()).isEqualByComparingTo("1");
        assertThat(breakout.items().get(0).notTicked().trades()).isEqualTo(1);
        assertThat(breakout.items().get(0).notTicked().netPnl()).isEqualByComparingTo("-7");
        // "Trend up": ticked on 1 and 2; trade 3 does not carry it and counts on neither side
        assertThat(breakout.items().get(1).ticked().trades()).isEqualTo(2);
        assertThat(breakout.items().get(1).notTicked().trades()).isZero();
        assertThat(results.get(1).summary().trades()).isZero();
        assertThat(results.get(2).playbookId()).isEqualTo("pb-gone");
        assertThat(results.get(2).summary().netPnl()).isEqualByComparingTo("-7");
        assertThat(results.get(3).playbookId()).isNull();
        assertThat(results.get(3).summary().trades()).isEqualTo(1);
    }
}
