package app.microplan.domain;

import static app.microplan.domain.JournalFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TradeLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private static TradePlan ready() {
        return JournalFixtures.ready("p1", ContractPresets.BTC_MICRO_001, Direction.LONG, "70000", "69300", "72100",
                "7", List.of("breakout"));
    }

    private static EntryFill entry(String time, String contracts) {
        return EntryFill.of(time, "70000", contracts, "0.35");
    }

    private static ExitFill exit(String time, String contracts) {
        return ExitFill.of(time, "72100", contracts, "0.36", ExitReason.TARGET);
    }

    @Test
    @DisplayName("READY → OPEN with two entry fills")
    void openWithTwoFills() {
        TradePlan open = TradeLifecycle.open(ready(), List.of(entry("2026-03-02T10:00:00Z", "3"),
                entry("2026-03-02T10:05:00Z", "4")), NOW);

        assertThat(open.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(open.execution().enteredContracts()).isEqualByComparingTo("7");
        assertThat(open.execution().openContracts()).isEqualByComparingTo("7");
        assertThat(open.updatedAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("a draft cannot be opened, and opening needs a fill")
    void openOnlyReadyWithFills() {
        TradePlan draft = ready().withStatus(PlanStatus.DRAFT);

        assertThatThrownBy(() -> TradeLifecycle.open(draft, List.of(entry("2026-03-02T10:00:00Z", "7")), NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("draft");
        assertThatThrownBy(() -> TradeLifecycle.open(ready(), List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry fill");
    }

    @Test
    @DisplayName("a partial exit keeps the plan OPEN; the last exit closes it")
    void partialThenFullExit() {
        TradePlan open = TradeLifecycle.open(ready(), List.of(entry("2026-03-02T10:00:00Z", "7")), NOW);
        TradePlan partly = TradeLifecycle.recordFills(open, List.of(), List.of(exit("2026-03-02T14:00:00Z", "3")), NOW);

        assertThat(partly.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(partly.execution().openContracts()).isEqualByComparingTo("4");

        TradePlan closed = TradeLifecycle.close(partly, List.of(exit("2026-03-02T15:00:00Z", "4")), dec("0.50"), NOW);
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.execution().exits()).hasSize(2);
        assertThat(closed.execution().funding()).isEqualByComparingTo("0.50");
    }

    @Test
    @DisplayName("fills that enter and leave the whole position take a READY plan straight to CLOSED")
    void recordFillsCloses() {
        TradePlan closed = TradeLifecycle.recordFills(ready(), List.of(entry("2026-03-02T10:00:00Z", "7")),
                List.of(exit("2026-03-02T16:00:00Z", "7")), NOW);

        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.execution().isFlat()).isTrue();
    }

    @Test
    @DisplayName("exits cannot close more contracts than were entered")
    void exitsCannotExceedEntries() {
        TradePlan open = TradeLifecycle.open(ready(), List.of(entry("2026-03-02T10:00:00Z", "7")), NOW);

        assertThatThrownBy(() -> TradeLifecycle.recordFills(open, List.of(),
                List.of(exit("2026-03-02T14:00:00Z", "8")), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the exits close 8 contracts but only 7 were entered");
        assertThat(open.execution().exits()).isEmpty();
    }

    @Test
    @DisplayName("a trade cannot be closed while contracts are open, nor exited before it was entered")
    void closeNeedsFlatPositionAndOrderedTimes() {
        TradePlan open = TradeLifecycle.open(ready(), List.of(entry("2026-03-02T10:00:00Z", "7")), NOW);

        assertThatThrownBy(() -> TradeLifecycle.close(open, List.of(exit("2026-03-02T14:00:00Z", "5")),
                BigDecimal.ZERO, NOW)).hasMessageContaining("2 contracts are still open");
        assertThatThrownBy(() -> TradeLifecycle.close(open, List.of(exit("2026-03-02T09:00:00Z", "7")),
                BigDecimal.ZERO, NOW)).hasMessageContaining("before the first entry");
    }

    @Test
    @DisplayName("only a plan never entered can be cancelled")
    void cancel() {
        assertThat(TradeLifecycle.cancel(ready(), NOW).status()).isEqualTo(PlanStatus.CANCELLED);
        TradePlan open = TradeLifecycle.open(ready(), List.of(entry("2026-03-02T10:00:00Z", "7")), NOW);
        assertThatThrownBy(() -> TradeLifecycle.cancel(open, NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never entered");
    }

    @Test
    @DisplayName("CLOSED → REVIEWED; a reviewed trade takes a revised review; an open one none")
    void review() {
        TradePlan closed = TradeLifecycle.recordFills(ready(), List.of(entry("2026-03-02T10:00:00Z", "7")),
                List.of(exit("2026-03-02T16:00:00Z", "7")), NOW);
        TradeReview first = new TradeReview("All of it", "", "Patience pays", 5, List.of("calm"),
                TradeReview.allFollowed(List.of(new ChecklistItem("Stop placed", true))));
        TradePlan reviewed = TradeLifecycle.review(closed, first, NOW);

        assertThat(reviewed.status()).isEqualTo(PlanStatus.REVIEWED);
        assertThat(reviewed.review().checklist()).containsExactly(new ChecklistAdherence("Stop placed", true));

        TradeReview revised = new TradeReview("All of it", "Late entry", "", 4, List.of(), List.of());
        assertThat(TradeLifecycle.review(reviewed, revised, NOW).review().executionRating()).isEqualTo(4);
        TradePlan open = TradeLifecycle.open(ready(), List.of(entry("2026-03-02T10:00:00Z", "7")), NOW);
        assertThatThrownBy(() -> TradeLifecycle.review(open, first, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a corrected execution must keep a closed trade closed")
    void correctExecution() {
        TradePlan closed = TradeLifecycle.recordFills(ready(), List.of(entry("2026-03-02T10:00:00Z", "7")),
                List.of(exit("2026-03-02T16:00:00Z", "7")), NOW);
        TradeExecution typo = closed.execution().plus(List.of(entry("2026-03-02T10:01:00Z", "1")), List.of());

        assertThatThrownBy(() -> TradeLifecycle.correctExecution(closed, typo, NOW))
                .hasMessageContaining("1 contracts would be left open");
        TradePlan corrected = TradeLifecycle.correctExecution(closed, closed.execution().withFunding(dec("1.25")), NOW);
        assertThat(corrected.execution().funding()).isEqualByComparingTo("1.25");
        assertThat(corrected.status()).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    @DisplayName("a review's execution rating is 1 to 5; emotions are trimmed and unique")
    void reviewValidation() {
        assertThatThrownBy(() -> new TradeReview("", "", "", 0, List.of(), List.of()))
                .hasMessageContaining("from 1 to 5");
        assertThat(new TradeReview("", "", "", 1, List.of(" calm ", "calm", ""), List.of()).emotions())
                .containsExactly("calm");
    }
}
