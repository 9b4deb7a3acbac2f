package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

/** What every ladder must show, shared by the linear and the inverse ladder properties. */
final class LadderAssertions {
    private LadderAssertions() {
    }

    /** Net P&L follows the price, highest price first: falling with it for a long, rising for a short. */
    static void netPnlFollowsThePrice(List<LadderRow> ladder, Direction side) {
        for (int i = 1; i < ladder.size(); i++) {
            LadderRow higher = ladder.get(i - 1);
            LadderRow lower = ladder.get(i);
            if (side == Direction.LONG) {
                assertThat(higher.netPnl()).as("long, %s above %s", higher.label(), lower.label())
                        .isGreaterThanOrEqualTo(lower.netPnl());
            } else {
                assertThat(higher.netPnl()).as("short, %s above %s", higher.label(), lower.label())
                        .isLessThanOrEqualTo(lower.netPnl());
            }
        }
    }

    /** The stop's row: its kind is LIQUIDATION when the estimate falls on the stop's tick (one row a price). */
    static LadderRow stopRow(List<LadderRow> ladder, BigDecimal stop) {
        LadderRow row = ladder.stream().filter(r -> r.price().compareTo(stop) == 0).findFirst().orElseThrow();
        assertThat(row.label()).contains("Stop");
        return row;
    }
}
