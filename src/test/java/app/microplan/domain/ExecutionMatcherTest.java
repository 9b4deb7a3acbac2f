package app.microplan.domain;

import static app.microplan.domain.JournalFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExecutionMatcherTest {
    private static final Instant NOW = Instant.parse("2026-03-03T00:00:00Z");

    /** Long 0.01 BTC micro: entry 70,000 × 7, stop 69,300, target 72,100. */
    private static TradePlan plan() {
        return JournalFixtures.ready("p", ContractPresets.BTC_MICRO_001, Direction.LONG, "70000", "69300", "72100", "7",
                List.of());
    }

    private static Execution execution(String time, TradeSide side, String price, String quantity) {
        return new Execution(Instant.parse(time), "BTCUSDT", side, dec(price), dec(quantity), dec("0.10"));
    }

    @Test
    @DisplayName("for a long, buys are entries and sells exits, in time order, each exit with its likely reason")
    void longBuysEnterSellsExit() {
        ExecutionMatcher.MatchedFills fills = ExecutionMatcher.match(plan(), List.of(
                execution("2026-03-02T12:00:00Z", TradeSide.SELL, "72090", "3"),
                execution("2026-03-02T10:00:00Z", TradeSide.BUY, "70000", "4"),
                execution("2026-03-02T10:01:00Z", TradeSide.BUY, "70010", "3"),
                execution("2026-03-02T13:00:00Z", TradeSide.SELL, "69290", "2"),
                execution("2026-03-02T14:00:00Z", TradeSide.SELL, "70500", "2")), QuantityUnit.CONTRACTS);

        assertThat(fills.entries()).extracting(EntryFill::price).containsExactly(dec("70000"), dec("70010"));
        // 72,090 is within 0.1 % of the 72,100 target; 69,290 is past the stop; 70,500 is neither
        assertThat(fills.exits()).extracting(ExitFill::reason)
                .containsExactly(ExitReason.TARGET, ExitReason.STOP, ExitReason.MANUAL);
        TradePlan closed = fills.recordOn(plan(), NOW);
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    @DisplayName("for a short, sells are entries; quantities in coins become contracts")
    void shortSellsEnterAndCoinsBecomeContracts() {
        TradePlan shortPlan = JournalFixtures.ready("s", ContractPresets.BTC_MICRO_001, Direction.SHORT, "70000",
                "70700", "68000", "7", List.of());
        ExecutionMatcher.MatchedFills fills = ExecutionMatcher.match(shortPlan, List.of(
                execution("2026-03-02T10:00:00Z", TradeSide.SELL, "70000", "0.07"),
                execution("2026-03-02T11:00:00Z", TradeSide.BUY, "68000", "0.03")), QuantityUnit.COINS);

        assertThat(fills.entries().get(0).contracts()).isEqualByComparingTo("7");
        assertThat(fills.exits().get(0).contracts()).isEqualByComparingTo("3");
        assertThat(fills.exits().get(0).reason()).isEqualTo(ExitReason.TARGET);
        assertThat(fills.recordOn(shortPlan, NOW).status()).isEqualTo(PlanStatus.OPEN);
    }

    @Test
    @DisplayName("a coin quantity that is not a whole number of contracts is refused, naming it")
    void partContractsRefused() {
        assertThatThrownBy(() -> ExecutionMatcher.match(plan(), List.of(
                execution("2026-03-02T10:00:00Z", TradeSide.BUY, "70000", "0.015")), QuantityUnit.COINS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.015 BTC");
    }
}
