package app.microplan.domain;

import static app.microplan.domain.JournalFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Outcomes of closed trades, every expected figure worked out by hand in the comments. */
class TradeOutcomeTest {

    /**
     * Long 0.01 BTC micro, two sized legs 70,000 × 4 and 69,800 × 4, stop 69,300, targets 71,000 / 72,000.
     * Planned risk = (700 × 4 + 500 × 4) × 0.01 = 48.00; planned average entry (280,000 + 279,200) / 8 = 69,900.
     */
    private static TradePlan scaledLong() {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000", "4")).entry(EntryLeg.limit("69800", "4")).stop("69300")
                .target(Target.of("71000", "0.5")).target(Target.of("72000", "0.5")).leverage("20").build();
        return TradePlan.builder().id("scaled-long").status(PlanStatus.READY).setup(setup)
                .account(JournalFixtures.FIVE_THOUSAND)
                .checklist(List.of(new ChecklistItem("Stop order placed with the entry", true))).build();
    }

    /**
     * Entries 70,010 × 4 (fee 1.40) and 69,800 × 3 (fee 1.05); exits 70,990 × 4 at the target (fee 1.42)
     * and 70,500 × 3 by hand (fee 1.06); funding 0.84 paid.
     */
    private static TradePlan scaledLongClosed() {
        TradePlan opened = TradeLifecycle.open(scaledLong(), List.of(
                EntryFill.of("2026-03-02T10:00:00Z", "70010", "4", "1.40"),
                EntryFill.of("2026-03-02T11:30:00Z", "69800", "3", "1.05")), Instant.parse("2026-03-02T11:30:00Z"));
        return TradeLifecycle.close(opened, List.of(
                ExitFill.of("2026-03-03T09:00:00Z", "70990", "4", "1.42", ExitReason.TARGET),
                ExitFill.of("2026-03-03T15:00:00Z", "70500", "3", "1.06", ExitReason.MANUAL)),
                dec("0.84"), Instant.parse("2026-03-03T15:00:00Z"));
    }

    @Test
    @DisplayName("two entries, two exits: P&L after fees and funding, R, averages, holding time")
    void scaledLongMoney() {
        TradeOutcome outcome = TradeOutcome.of(scaledLongClosed()).orElseThrow();

        // entry value 70,010×4 + 69,800×3 = 489,440 → average 69,920; exit value 70,990×4 + 70,500×3 = 495,460 → 70,780
        assertThat(outcome.averageEntry()).isEqualByComparingTo("69920");
        assertThat(outcome.averageExit()).isEqualByComparingTo("70780");
        assertThat(outcome.contracts()).isEqualByComparingTo("7");
        // gross (495,460 − 489,440) × 0.01 = 60.20; fees 1.40 + 1.05 + 1.42 + 1.06 = 4.93; 60.20 − 4.93 − 0.84 = 54.43
        assertThat(outcome.grossPnl()).isEqualByComparingTo("60.20");
        assertThat(outcome.fees()).isEqualByComparingTo("4.93");
        assertThat(outcome.funding()).isEqualByComparingTo("0.84");
        assertThat(outcome.realizedPnl()).isEqualByComparingTo("54.43");
        // risk taken: 4 × (70,010 − 69,300) × 0.01 + 3 × (69,800 − 69,300) × 0.01 + entry fees 2.45
        // = 28.40 + 15.00 + 2.45 = 45.85; R = 54.43 / 45.85 = 1.1871319…; planned R = 54.43 / 48.00 = 1.1339583…
        assertThat(outcome.riskTaken()).isEqualByComparingTo("45.85");
        assertThat(outcome.rMultiple()).isBetween(dec("1.187131"), dec("1.187132"));
        assertThat(outcome.plannedRisk()).isEqualByComparingTo("48.00");
        assertThat(outcome.plannedRMultiple()).isBetween(dec("1.133958"), dec("1.133959"));
        assertThat(outcome.plannedRiskFraction()).isEqualByComparingTo("0.0096");
        assertThat(outcome.holdingTime()).isEqualTo(Duration.ofHours(29));
        assertThat(outcome.isWin()).isTrue();
    }

    @Test
    @DisplayName("slippage: each entry against its own leg's price, target exits against the nearest target")
    void scaledLongSlippage() {
        TradeOutcome outcome = TradeOutcome.of(scaledLongClosed()).orElseThrow();

        // 70,010 is the 70,000 leg's fill: 10 × 4 = 40; 69,800 is the 69,800 leg's, exactly: 0 × 3.
        // 40 / 7 = 5.714… a contract, 0.40 in money (against the plan's 69,900 average it would read 1.40)
        assertThat(outcome.entrySlippage().price()).isBetween(dec("5.714285"), dec("5.714286"));
        assertThat(outcome.entrySlippage().amount()).isEqualByComparingTo("0.40");
        // the 70,990 exit is nearest the 71,000 target: 10 short of it × 4 → 0.40
        assertThat(outcome.targetSlippage().price()).isEqualByComparingTo("10");
        assertThat(outcome.targetSlippage().amount()).isEqualByComparingTo("0.40");
        assertThat(outcome.stopSlippage()).isNull();
    }

    @Test
    @DisplayName("a trade that kept to its plan: size, stop and entry range all hold")
    void scaledLongAdherence() {
        TradeOutcome outcome = TradeOutcome.of(scaledLongClosed()).orElseThrow();

        // 7 entered ≤ 8 planned; exits above the stop; entries within 69,800 × 0.999 … 70,000 × 1.001
        assertThat(outcome.adherence().allHold()).isTrue();
        assertThat(outcome.adherence().breaches()).isEmpty();
        assertThat(outcome.followedPlan()).isTrue();
    }

    /**
     * Short 0.01 ETH micro, entry 3,000 × 40, stop 3,060, target 2,880: planned risk 60 × 40 × 0.01 = 24.00.
     * Filled 3,004 × 45 (fee 0.68), stopped out at 3,070 × 45 (fee 0.69), funding 0.12 received.
     */
    private static TradeOutcome sloppyShort() {
        TradePlan plan = JournalFixtures.ready("sloppy-short", ContractPresets.ETH_MICRO_001, Direction.SHORT,
                "3000", "3060", "2880", "40", List.of("news"));
        TradePlan closed = TradeLifecycle.recordFills(plan,
                List.of(EntryFill.of("2026-03-05T14:00:00Z", "3004", "45", "0.68")),
                List.of(ExitFill.of("2026-03-05T14:20:00Z", "3070", "45", "0.69", ExitReason.STOP)),
                Instant.parse("2026-03-05T14:20:00Z"));
        closed = TradeLifecycle.correctExecution(closed, closed.execution().withFunding(dec("-0.12")),
                Instant.parse("2026-03-05T15:00:00Z"));
        return TradeOutcome.of(closed).orElseThrow();
    }

    @Test
    @DisplayName("a short stopped out past its stop: loss, R below −1, stop slippage, funding received")
    void shortStoppedOut() {
        TradeOutcome outcome = sloppyShort();

        // gross −(3,070 − 3,004) × 45 × 0.01 = −29.70; fees 1.37; funding −0.12 → −29.70 − 1.37 + 0.12 = −30.95
        assertThat(outcome.grossPnl()).isEqualByComparingTo("-29.70");
        assertThat(outcome.realizedPnl()).isEqualByComparingTo("-30.95");
        // risk taken 45 × (3,060 − 3,004) × 0.01 + 0.68 = 25.88: R = −30.95 / 25.88 = −1.1959041…;
        // against the plan's 24.00: −1.2895833…
        assertThat(outcome.riskTaken()).isEqualByComparingTo("25.88");
        assertThat(outcome.rMultiple()).isBetween(dec("-1.195905"), dec("-1.195904"));
        assertThat(outcome.plannedRMultiple()).isBetween(dec("-1.289584"), dec("-1.289583"));
        // bought back 10 above the stop × 45 × 0.01 = 4.50; sold 4 above the plan: −4 a contract, −1.80 (better)
        assertThat(outcome.stopSlippage().price()).isEqualByComparingTo("10");
        assertThat(outcome.stopSlippage().amount()).isEqualByComparingTo("4.50");
        assertThat(outcome.entrySlippage().price()).isEqualByComparingTo("-4");
        assertThat(outcome.entrySlippage().amount()).isEqualByComparingTo("-1.80");
        assertThat(outcome.holdingTime()).isEqualTo(Duration.ofMinutes(20));
        assertThat(outcome.isLoss()).isTrue();
    }

    @Test
    @DisplayName("too many contracts, stop overrun beyond 0.1 %, entry outside the range: each breach named")
    void shortBreaches() {
        Adherence adherence = sloppyShort().adherence();

        // 45 > 40; 3,070 − 3,060 = 10 > 3.06 (0.1 % of the stop); 3,004 > 3,003 (3,000 + 0.1 %)
        assertThat(adherence.sizeWithinPlan()).isFalse();
        assertThat(adherence.stopRespected()).isFalse();
        assertThat(adherence.enteredWithinRange()).isFalse();
        assertThat(adherence.breaches()).hasSize(3);
        assertThat(adherence.breaches().get(0)).contains("45").contains("40");
        assertThat(adherence.breaches().get(1)).contains("3,070").contains("3,060");
        assertThat(adherence.breaches().get(2)).contains("3,004");
        assertThat(sloppyShort().followedPlan()).isFalse();
    }

    @Test
    @DisplayName("a stop filled within 0.1 % of the stop still counts as respected")
    void stopWithinTolerance() {
        // long stop 69,300: tolerance 69.30, so 69,240 (60 below) is respected
        TradePlan plan = JournalFixtures.closed("t", Direction.LONG, "70000", "69300", "7", "69240", ExitReason.STOP,
                Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-02T12:00:00Z"), List.of());
        TradeOutcome outcome = TradeOutcome.of(plan).orElseThrow();

        assertThat(outcome.adherence().stopRespected()).isTrue();
        assertThat(outcome.stopSlippage().price()).isEqualByComparingTo("60");
    }

    @Test
    @DisplayName("a review that skipped a checklist item means the plan was not followed")
    void reviewChecklistCounts() {
        TradePlan reviewed = TradeLifecycle.review(scaledLongClosed(), new TradeReview("Entries", "Moved the target",
                "Leave it", 3, List.of("greedy"), List.of(new ChecklistAdherence("Stop order placed with the entry",
                false))), Instant.parse("2026-03-04T08:00:00Z"));

        assertThat(TradeOutcome.of(reviewed).orElseThrow().followedPlan()).isFalse();
    }

    @Test
    @DisplayName("no outcome for a plan that is not a closed trade")
    void onlyClosedTradesHaveOutcomes() {
        TradePlan open = TradeLifecycle.open(scaledLong(), List.of(EntryFill.of("2026-03-02T10:00:00Z", "70000",
                "8", "0")), Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(TradeOutcome.of(scaledLong())).isEmpty();
        assertThat(TradeOutcome.of(open)).isEmpty();
        assertThat(TradeOutcome.of(scaledLongClosed())).isPresent();
    }

    @Test
    @DisplayName("a plan whose sizing is incomplete has no planned R; R on the risk its fills took still counts")
    void noPlannedRiskNoR() {
        TradePlan plan = JournalFixtures.closed("t", Direction.LONG, "70000", "69300", "7", "70100", ExitReason.MANUAL,
                Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-02T12:00:00Z"), List.of());
        TradePlan noEquity = plan.withAccount(AccountSnapshot.of("Main", "0", "0"));
        TradeOutcome outcome = TradeOutcome.of(noEquity).orElseThrow();

        assertThat(outcome.realizedPnl()).isEqualByComparingTo("7.00");
        assertThat(outcome.plannedRisk()).isNull();
        assertThat(outcome.plannedRMultiple()).isNull();
        // 7 × (70,000 − 69,300) × 0.01 = 49.00 taken: 7.00 / 49.00 = 0.142857…
        assertThat(outcome.rMultiple()).isBetween(dec("0.142857"), dec("0.142858"));
        assertThat(outcome.adherence().sizeWithinPlan()).isFalse();
    }
}
