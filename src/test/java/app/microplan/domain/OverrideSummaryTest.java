package app.microplan.domain;

import static app.microplan.domain.GateFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal review counts the overrides and what the trades that took them made. */
class OverrideSummaryTest {

    private static TradePlan overridden(TradePlan plan, Rule... rules) {
        return plan.toBuilder().overrides(Arrays.stream(rules).map(r -> new RuleOverride(r, "my reason", NOW)).toList())
                .build();
    }

    @Test
    void overridesAreCountedWithTheResultsOfTheirTrades() {
        TradePlan lost = overridden(GateFixtures.closed("lost", "69300", NOW), Rule.COOL_DOWN, Rule.DAILY_LOSS);
        TradePlan won = overridden(GateFixtures.closed("won", "71400", NOW), Rule.OPEN_RISK);
        TradePlan stillReady = overridden(GateFixtures.readyIn(List.of(), "ready", "1", 10), Rule.COOL_DOWN);
        TradePlan kept = GateFixtures.closed("kept", "72000", NOW);

        OverrideSummary summary = OverrideSummary.of(JournalEntry.ofAll(List.of(lost, won, stillReady, kept)));

        assertThat(summary.plans()).isEqualTo(3);
        assertThat(summary.overrides()).isEqualTo(4);
        assertThat(summary.trades()).isEqualTo(2);
        assertThat(summary.wins()).isEqualTo(1);
        assertThat(summary.losses()).isEqualTo(1);
        assertThat(summary.netPnl()).isEqualByComparingTo("7.00");
        assertThat(summary.averageR()).isEqualByComparingTo("0.5");
        assertThat(summary.describe("USD")).isEqualTo("3 plans, 4 overrides · 2 closed trades: 1 won, 1 lost, +$7.00,"
                + " 0.50 R");
        assertThat(OverrideSummary.of(JournalEntry.ofAll(List.of(kept))).describe("USD"))
                .isEqualTo("None: every plan kept the account rules");
    }
}
