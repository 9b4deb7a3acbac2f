package app.microplan.domain;

import static app.microplan.domain.JournalFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Plan against execution on hand-made trades, each figure worked out in the comment beside it from the
 * definitions in {@link DeviationKind} and {@link ExecutionScore} (BTC micro: 0.01 BTC a contract).
 */
class ExecutionBreakdownTest {
    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

    private static TradePlan closedPlan(ContractSpec contract, Direction side, List<EntryLeg> legs, String stop,
                                        List<Target> targets, String feeRate, String fundingRate, String hours,
                                        List<EntryFill> entries, List<ExitFill> exits, String funding) {
        TradeSetup setup = TradeSetup.builder().contract(contract).direction(side).entries(legs).stop(stop)
                .targets(targets).leverage("10").entryFeeRate(dec(feeRate)).exitFeeRate(dec(feeRate))
                .fundingRate(dec(fundingRate)).holdingHours(dec(hours)).build();
        return TradePlan.builder().id("t").createdAt(OPENED).updatedAt(OPENED).status(PlanStatus.CLOSED).setup(setup)
                .account(AccountSnapshot.of("Main", "10000", "0"))
                .execution(new TradeExecution(entries, exits, dec(funding))).build();
    }

    private static EntryFill entry(int minutes, String price, String contracts, String fee) {
        return new EntryFill(OPENED.plus(Duration.ofMinutes(minutes)), dec(price), dec(contracts), dec(fee));
    }

    private static ExitFill exit(int hours, String price, String contracts, String fee, ExitReason reason) {
        return new ExitFill(OPENED.plus(Duration.ofHours(hours)), dec(price), dec(contracts), dec(fee), reason);
    }

    private static ExecutionBreakdown breakdown(TradePlan plan) {
        return ExecutionBreakdown.of(plan).orElseThrow();
    }

    @Test
    @DisplayName("a trade stopped out exactly as planned departs in nothing and scores 100")
    void stoppedOutAsPlanned() {
        TradePlan plan = closedPlan(ContractPresets.BTC_MICRO_001, Direction.LONG, List.of(EntryLeg.limit("70000", "7")),
                "69300", List.of(Target.of("72100", "1")), "0", "0", "24",
                List.of(entry(0, "70000", "7", "0")), List.of(exit(2, "69300", "7", "0", ExitReason.STOP)), "0");

        ExecutionBreakdown b = breakdown(plan);

        assertThat(b.realizedPnl()).isEqualByComparingTo("-49");    // −700 × 7 × 0.01
        assertThat(b.plannedRisk()).isEqualByComparingTo("49.00");
        assertThat(b.stop()).isEqualTo(StopHandling.KEPT);
        assertThat(b.costs().values()).allSatisfy(cost -> assertThat(cost).isEqualByComparingTo("0"));
        assertThat(b.score().total()).isEqualTo(100);
        assertThat(b.score().parts()).extracting(ExecutionScore.Part::weight).containsExactly(20, 25, 25, 15, 5, 10);
    }

    /**
     * Long, legs 70,000 × 5 and 69,500 × 5, stop 69,000, target 72,000, fees 0.05 % a side, funding 0.01 % per 8 h,
     * planned for 8 h. Filled 70,020 × 6 (one contract too many) and 69,510 × 5, stopped at 68,900 (100 past the
     * stop, beyond its 69 tolerance) after 12 h; fees paid 7.90, funding 1.00. The default policy counts the
     * expected funding in the risk at the stop (docs/numbers.md, funding cost).
     */
    private static TradePlan troubledLong() {
        return closedPlan(ContractPresets.BTC_MICRO_001, Direction.LONG,
                List.of(EntryLeg.limit("70000", "5"), EntryLeg.limit("69500", "5")), "69000",
                List.of(Target.of("72000", "1")), "0.0005", "0.0001", "8",
                List.of(entry(0, "70020", "6", "2.20"), entry(30, "69510", "5", "1.80")),
                List.of(exit(12, "68900", "11", "3.90", ExitReason.STOP)), "1.00");
    }

    @Test
    @DisplayName("slippage per leg, too big, stop overrun, fees and funding above the estimate, held too long")
    void troubledTradeIsBrokenDown() {
        ExecutionBreakdown b = breakdown(troubledLong());

        // R = (1,000 × 5 + 500 × 5) × 0.01 + 0.0005 × 6,975 + 0.0005 × 69,000 × 10 × 0.01 + 6,975 × 0.0001 × 1
        //   = 75 + 3.4875 + 3.45 + 0.6975 (funding over one 8-hour interval) = 82.635, up to the cent
        assertThat(b.plannedRisk()).isEqualByComparingTo("82.64");
        assertThat(b.plannedContracts()).isEqualByComparingTo("10");
        assertThat(b.enteredContracts()).isEqualByComparingTo("11");
        // P&L = (68,900 × 11 − (70,020 × 6 + 69,510 × 5)) × 0.01 − 7.90 − 1.00 = −97.70 − 8.90
        assertThat(b.realizedPnl()).isEqualByComparingTo("-106.60");

        assertThat(b.legs()).hasSize(2);
        LegFill first = b.legs().get(0);
        assertThat(first.plannedPrice()).isEqualByComparingTo("70000");
        assertThat(first.plannedContracts()).isEqualByComparingTo("5");
        assertThat(first.filledContracts()).isEqualByComparingTo("6");
        assertThat(first.slippage()).isEqualByComparingTo("20");
        assertThat(first.cost()).isEqualByComparingTo("1.20");                       // 20 × 6 × 0.01
        assertThat(b.legs().get(1).slippage()).isEqualByComparingTo("10");
        assertThat(b.legs().get(1).cost()).isEqualByComparingTo("0.50");             // 10 × 5 × 0.01
        assertThat(b.cost(DeviationKind.ENTRY_SLIPPAGE)).isEqualByComparingTo("1.70");

        // the 11th contract lost what each did: −106.60 / 11
        assertThat(b.cost(DeviationKind.SIZE)).isCloseTo(new BigDecimal("9.690909090909"), within(new BigDecimal("1e-11")));
        assertThat(b.stop()).isEqualTo(StopHandling.MOVED_AWAY);
        assertThat(b.cost(DeviationKind.STOP)).isEqualByComparingTo("11.00");       // 100 × 11 × 0.01
        assertThat(b.cost(DeviationKind.EXITS)).isEqualByComparingTo("0");
        // estimate: 0.0005 × 0.01 × (420,120 + 347,550 + 757,900) = 7.62785
        assertThat(b.estimatedFees()).isEqualByComparingTo("7.62785");
        assertThat(b.cost(DeviationKind.FEES)).isEqualByComparingTo("0.27215");
        // estimate: 6,975 notional × 0.0001 × one 8-hour interval, up to the cent
        assertThat(b.estimatedFunding()).isEqualByComparingTo("0.70");
        assertThat(b.cost(DeviationKind.FUNDING)).isEqualByComparingTo("0.30");
        assertThat(b.holdingTime()).isEqualTo(Duration.ofHours(12));
        // 11.00 / 82.64
        assertThat(b.costInR(DeviationKind.STOP)).isCloseTo(new BigDecimal("0.133107454017"), within(new BigDecimal("1e-11")));
    }

    @Test
    @DisplayName("the score adds the weighted parts: 18.35 + 0 + 0 + 15 + 4.86 + 5 = 43")
    void troubledTradeScore() {
        ExecutionScore score = breakdown(troubledLong()).score();

        // entry: 1 − (1.70 / 82.64) / 0.25 = 0.9177; size: more than planned, 0; stop: moved away, 0;
        // exits: none short of a target, 1; costs: 1 − (0.57215 / 82.64) / 0.25 = 0.9723; held 12 h of 8: 0.5
        assertThat(score.parts()).extracting(ExecutionScore.Part::share).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("0.9177"), dec("0"), dec("0"), dec("1"), dec("0.9723"), dec("0.5"));
        assertThat(score.total()).isEqualTo(43);
    }

    @Test
    @DisplayName("scaling out: the second half sold by hand 800 short of its target left $40.00 on the table")
    void exitsAgainstScaledTargets() {
        TradePlan plan = closedPlan(ContractPresets.BTC_MICRO_001, Direction.LONG, List.of(EntryLeg.limit("70000", "10")),
                "69300", List.of(Target.of("71000", "0.5"), Target.of("72000", "0.5")), "0", "0", "0",
                List.of(entry(0, "70000", "10", "0")),
                List.of(exit(3, "71000", "5", "0", ExitReason.TARGET), exit(4, "71200", "5", "0", ExitReason.MANUAL)), "0");

        ExecutionBreakdown b = breakdown(plan);

        assertThat(b.leftOnTable()).isEqualByComparingTo("40.00");                   // (72,000 − 71,200) × 5 × 0.01
        assertThat(b.costInR(DeviationKind.EXITS)).isCloseTo(new BigDecimal("0.571428571429"), within(new BigDecimal("1e-11")));
        assertThat(b.score().parts().get(3).share()).isEqualByComparingTo("0");     // more than 0.5 R short
        assertThat(b.stop()).isEqualTo(StopHandling.KEPT);
        assertThat(b.score().total()).isEqualTo(85);
    }

    @Test
    @DisplayName("a short whose stop went to breakeven after the first target: moved closer, half the stop's points")
    void stopMovedCloserOnAShort() {
        TradePlan plan = closedPlan(ContractPresets.ETH_MICRO_001, Direction.SHORT, List.of(EntryLeg.limit("3200", "10")),
                "3250", List.of(Target.of("3150", "0.5"), Target.of("3100", "0.5")), "0", "0", "0",
                List.of(entry(0, "3200", "10", "0")),
                List.of(exit(2, "3150", "5", "0", ExitReason.TARGET), exit(5, "3200", "5", "0", ExitReason.STOP)), "0");

        ExecutionBreakdown b = breakdown(plan);

        assertThat(b.stop()).isEqualTo(StopHandling.MOVED_CLOSER);
        assertThat(b.cost(DeviationKind.STOP)).isEqualByComparingTo("0");
        assertThat(b.leftOnTable()).isEqualByComparingTo("0");                      // the target exit hit its target
        assertThat(b.score().total()).isEqualTo(88);                                // 100 − 12.5 for the stop
    }

    @Test
    @DisplayName("too small on a winner: the missing contracts' profit is a cost; cut by hand at a loss is noted, not costed")
    void undersizedAndCutEarly() {
        TradePlan winner = closedPlan(ContractPresets.BTC_MICRO_001, Direction.LONG, List.of(EntryLeg.limit("70000", "10")),
                "69300", List.of(Target.of("71000", "1")), "0", "0", "0",
                List.of(entry(0, "70000", "6", "0")), List.of(exit(3, "71000", "6", "0", ExitReason.TARGET)), "0");
        TradePlan cut = closedPlan(ContractPresets.BTC_MICRO_001, Direction.LONG, List.of(EntryLeg.limit("70000", "10")),
                "69300", List.of(Target.of("71000", "1")), "0", "0", "0",
                List.of(entry(0, "70000", "10", "0")), List.of(exit(3, "69800", "10", "0", ExitReason.MANUAL)), "0");

        ExecutionBreakdown small = breakdown(winner);
        ExecutionBreakdown early = breakdown(cut);

        assertThat(small.cost(DeviationKind.SIZE)).isEqualByComparingTo("40");      // 60 made × (10 − 6) / 6
        assertThat(small.score().parts().get(1).share()).isEqualByComparingTo("0.6");
        assertThat(small.score().total()).isEqualTo(90);
        assertThat(early.cutBeforeStop()).isEqualByComparingTo("10");
        assertThat(early.costs().values()).allSatisfy(cost -> assertThat(cost).isEqualByComparingTo("0"));
    }

    @Test
    @DisplayName("the review's totals: each kind summed in money and in R, in one sentence")
    void costsAddUpOverTrades() {
        ExecutionBreakdown troubled = breakdown(troubledLong());
        ExecutionBreakdown again = breakdown(troubledLong());
        DeviationCosts costs = DeviationCosts.of(List.of(troubled, again));

        assertThat(costs.trades()).isEqualTo(2);
        assertThat(costs.total(DeviationKind.STOP).trades()).isEqualTo(2);
        assertThat(costs.total(DeviationKind.STOP).money()).isEqualByComparingTo("22.00");
        // each trade's 11.00 / 82.64 = 0.133107454017 (12 decimals), twice
        assertThat(costs.total(DeviationKind.STOP).r()).isCloseTo(new BigDecimal("0.266214908034"), within(new BigDecimal("1e-11")));
        assertThat(costs.total(DeviationKind.EXITS).trades()).isZero();
        assertThat(costs.averageScore()).isEqualByComparingTo("43");
        assertThat(costs.sentence(DeviationKind.STOP)).isEqualTo("Past the stop cost you $22.00 (0.3 R) over 2 trades.");
        assertThat(costs.sentence(DeviationKind.EXITS)).isEqualTo("Exits short of the targets: no trade.");
    }

    @Test
    void onlyClosedTradesHaveABreakdown() {
        TradePlan open = troubledLong().toBuilder().status(PlanStatus.OPEN).build();
        assertThat(ExecutionBreakdown.of(open)).isEmpty();
    }
}
