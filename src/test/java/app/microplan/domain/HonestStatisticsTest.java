package app.microplan.domain;

import static app.microplan.domain.JournalFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Statistics a trader can trust: R against the risk the fills actually took, slippage per leg, drawdown per
 * account and against all accounts' equity, results inside a breakeven band counted as breakeven, planned and
 * unplanned trades apart. Every expected figure is worked out in the comment above it.
 */
class HonestStatisticsTest {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    /**
     * Long 0.01 BTC micro scaling in: 4 at 70,000 and 4 at 69,000, stop 68,300, fees off (rates of 0: a rate left
     * empty would be the contract's fee schedule). Planned risk 4 × 1,700 × 0.01 + 4 × 700 × 0.01 = 68 + 28 = 96.00.
     */
    private static TradePlan scaleIn() {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001)
                .direction(Direction.LONG)
                .entry(EntryLeg.limit("70000", "4")).entry(EntryLeg.limit("69000", "4")).stop("68300")
                .target(Target.of("73000", "1")).leverage("10").build();
        return TradePlan.builder().id("scale-in").createdAt(T).updatedAt(T).status(PlanStatus.READY).setup(setup)
                .account(JournalFixtures.FIVE_THOUSAND).build();
    }

    @Test
    @DisplayName("a partial scale-in stopped out is −1 R on the risk it took (planned R −0.71); its filled leg did not slip")
    void partialScaleInIsMinusOneR() {
        // only the first leg filled, 4 at 70,000, then stopped at 68,300: loss 4 × 1,700 × 0.01 = 68.00
        TradePlan stopped = TradeLifecycle.recordFills(scaleIn(), List.of(EntryFill.of("2026-03-02T10:00:00Z",
                "70000", "4", "0")), List.of(ExitFill.of("2026-03-02T14:00:00Z", "68300", "4", "0", ExitReason.STOP)),
                T.plusSeconds(4 * 3600));
        TradeOutcome outcome = TradeOutcome.of(stopped).orElseThrow();

        assertThat(outcome.realizedPnl()).isEqualByComparingTo("-68.00");
        assertThat(outcome.riskTaken()).isEqualByComparingTo("68.00");
        assertThat(outcome.rMultiple()).isEqualByComparingTo("-1");
        // against the whole plan: −68 / 96 = −0.708333…
        assertThat(outcome.plannedRMultiple()).isCloseTo(dec("-0.708333333333"), within(dec("1e-12")));
        // the fill is the 70,000 leg's, at its price: no slippage (against the 69,500 average it would be 500 × 4 × 0.01)
        assertThat(outcome.entrySlippage().amount()).isEqualByComparingTo("0");
        assertThat(outcome.stopSlippage().amount()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("with fees the risk taken includes the entry fee paid and the exit fee at the stop: a stop-out is −1 R")
    void riskTakenIncludesFees() {
        TradeSetup setup = scaleIn().setup().toBuilder().entryFeeRate(dec("0.0005")).exitFeeRate(dec("0.0005"))
                .build();
        TradePlan plan = scaleIn().withSetup(setup);
        // entry fee paid 1.40; exit fee at the stop 0.0005 × 68,300 × 0.01 × 4 = 1.366
        TradePlan stopped = TradeLifecycle.recordFills(plan, List.of(EntryFill.of("2026-03-02T10:00:00Z", "70000",
                "4", "1.40")), List.of(ExitFill.of("2026-03-02T14:00:00Z", "68300", "4", "1.366", ExitReason.STOP)),
                T.plusSeconds(4 * 3600));
        TradeOutcome outcome = TradeOutcome.of(stopped).orElseThrow();

        // risk taken 68.00 + 1.40 + 1.366 = 70.766 → 70.77 (rounded up); loss 68 + 1.40 + 1.366 = 70.766
        assertThat(outcome.riskTaken()).isEqualByComparingTo("70.77");
        assertThat(outcome.rMultiple()).isCloseTo(dec("-0.99994347887"), within(dec("1e-10")));
    }

    private static TradePlan closed(String id, String account, String equity, String exit, Instant when) {
        // long 7 at 70,000, stop 69,300 (49.00 at risk); P&L = (exit − 70,000) × 7 × 0.01
        TradePlan plan = JournalFixtures.closed(id, Direction.LONG, "70000", "69300", "7", exit, ExitReason.MANUAL,
                when.minusSeconds(3600), when, List.of());
        return plan.withAccount(AccountSnapshot.of(account, equity, "0"));
    }

    @Test
    @DisplayName("drawdown per account, and for the journal against the sum of the accounts' equity")
    void drawdownPerAccount() {
        List<JournalEntry> entries = JournalEntry.ofAll(List.of(
                closed("s1", "Small", "500", "69300", T),                        // −49.00 in the $500 account
                closed("m1", "Main", "5000", "71500", T.plusSeconds(3600)),      // +105.00
                closed("m2", "Main", "5000", "67500", T.plusSeconds(7200))));    // −175.00
        JournalStatistics statistics = JournalStatistics.of(entries, ZoneOffset.UTC);

        // cumulative −49, +56 (peak 56), −119: deepest fall 56 − (−119) = 175 below the peak of 56
        TradeSummary all = statistics.overall();
        assertThat(all.maxDrawdown()).isEqualByComparingTo("175.00");
        // against both accounts: 175 / (5,000 + 500 + 56) = 0.031497…; the first trade's account alone (500) would
        // have made the 49 fall before the peak 49 / 500 = 9.8 %
        assertThat(all.equity()).isEqualByComparingTo("5500");
        assertThat(all.maxDrawdownFraction()).isCloseTo(dec("0.031497480202"), within(dec("1e-12")));
        // Main alone: +105, −70: 175 below its peak of 105, against 5,000 + 105 = 0.034280…
        TradeSummary main = statistics.byAccount().get("Main");
        assertThat(main.maxDrawdown()).isEqualByComparingTo("175.00");
        assertThat(main.maxDrawdownFraction()).isCloseTo(dec("0.034280117532"), within(dec("1e-12")));
        // Small alone: −49 against 500 = 9.8 %
        TradeSummary small = statistics.byAccount().get("Small");
        assertThat(small.maxDrawdownFraction()).isEqualByComparingTo("0.098");
    }

    @Test
    @DisplayName("|R| below the band (0.05 by default) is breakeven; the band is a setting")
    void breakevenBand() {
        // R: (exit − 70,000) × 7 × 0.01 / 49.00 → 70,021 is +0.03 R, 69,972 is −0.04 R, 70,042 is +0.06 R
        List<JournalEntry> entries = JournalEntry.ofAll(List.of(
                closed("a", "Main", "5000", "70021", T),
                closed("b", "Main", "5000", "69972", T.plusSeconds(60)),
                closed("c", "Main", "5000", "70042", T.plusSeconds(120))));

        TradeSummary banded = JournalStatistics.of(entries, ZoneOffset.UTC).overall();
        assertThat(banded.wins()).isEqualTo(1);
        assertThat(banded.losses()).isZero();
        assertThat(banded.breakeven()).isEqualTo(2);
        // the money still counts: 1.47 − 1.96 + 2.94 = 2.45
        assertThat(banded.netPnl()).isEqualByComparingTo("2.45");

        TradeSummary exact = JournalStatistics.of(entries, ZoneOffset.UTC, BigDecimal.ZERO).overall();
        assertThat(exact.wins()).isEqualTo(2);
        assertThat(exact.losses()).isEqualTo(1);
        assertThat(exact.breakeven()).isZero();

        TradeSummary wide = JournalStatistics.of(entries, ZoneOffset.UTC, new BigDecimal("0.1")).overall();
        assertThat(wide.breakeven()).isEqualTo(3);
    }

    @Test
    @DisplayName("planned and unplanned trades apart: the share that had a plan and what each group made")
    void plannedAndUnplanned() {
        TradePlan planned = closed("p", "Main", "5000", "71000", T);                       // +70.00
        TradePlan unplanned = closed("u", "Main", "5000", "69000", T.plusSeconds(60));     // −70.00
        unplanned = unplanned.withExecution(unplanned.execution().asUnplanned());
        TradePlan planned2 = closed("p2", "Main", "5000", "70500", T.plusSeconds(120));    // +35.00

        JournalStatistics statistics = JournalStatistics.of(JournalEntry.ofAll(List.of(planned, unplanned, planned2)),
                ZoneOffset.UTC);

        assertThat(statistics.plannedShare()).isCloseTo(dec("0.666666666667"), within(dec("1e-12")));
        assertThat(statistics.planned().trades()).isEqualTo(2);
        assertThat(statistics.planned().netPnl()).isEqualByComparingTo("105.00");
        assertThat(statistics.unplanned().trades()).isEqualTo(1);
        assertThat(statistics.unplanned().netPnl()).isEqualByComparingTo("-70.00");
        assertThat(TradeOutcome.of(unplanned).orElseThrow().followedPlan()).isFalse();
    }
}
