package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of closed trades on the 0.01 BTC micro (m = 0.01), one entry leg, sized by hand. */
class TradeOutcomePropertyTest {
    private static final BigDecimal M = new BigDecimal("0.01");
    private static final Instant OPENED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-03-02T18:00:00Z");

    /** A trade: plan entry and stop distance, planned and entered size, exit price, fees and funding. */
    record Case(Direction side, int entry, int stopDistance, int planned, int entered, int exitMove, BigDecimal fee,
                BigDecimal funding) {
        BigDecimal stop() {
            return BigDecimal.valueOf(side == Direction.LONG ? entry - stopDistance : entry + stopDistance);
        }

        BigDecimal exit() {
            return BigDecimal.valueOf(entry + exitMove);
        }

        TradePlan plan(BigDecimal exitPrice, BigDecimal entryFee, BigDecimal exitFee, BigDecimal fundingPaid) {
            String target = Integer.toString(side == Direction.LONG ? entry + 3 * stopDistance : entry - 3 * stopDistance);
            TradePlan ready = JournalFixtures.ready("p", ContractPresets.BTC_MICRO_001, side, Integer.toString(entry),
                    stop().toPlainString(), target, Integer.toString(planned), List.of());
            BigDecimal contracts = BigDecimal.valueOf(entered);
            TradePlan open = TradeLifecycle.open(ready, List.of(new EntryFill(OPENED, BigDecimal.valueOf(entry),
                    contracts, entryFee)), OPENED);
            return TradeLifecycle.close(open, List.of(new ExitFill(CLOSED, exitPrice, contracts, exitFee,
                    ExitReason.MANUAL)), fundingPaid, CLOSED);
        }
    }

    @Provide
    Arbitrary<Case> trades() {
        Arbitrary<Integer> entry = Arbitraries.integers().between(1_000, 100_000);
        Arbitrary<Integer> distance = Arbitraries.integers().between(1, 300);
        Arbitrary<Integer> planned = Arbitraries.integers().between(1, 20);
        Arbitrary<Integer> enteredShare = Arbitraries.integers().between(1, 20);
        Arbitrary<Integer> move = Arbitraries.integers().between(-900, 900);
        Arbitrary<BigDecimal> fee = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5")).ofScale(2);
        Arbitrary<BigDecimal> funding = Arbitraries.bigDecimals().between(new BigDecimal("-2"), new BigDecimal("2"))
                .ofScale(2);
        Arbitrary<Direction> side = Arbitraries.of(Direction.class);
        return Combinators.combine(side, entry, distance, planned, enteredShare, move, fee, funding)
                .as((s, e, d, p, share, mv, f, fu) -> new Case(s, e, d, p, Math.min(share, p), mv, f, fu));
    }

    @Property
    void rMultipleHasTheSignOfThePnl(@ForAll("trades") Case c) {
        TradeOutcome outcome = TradeOutcome.of(c.plan(c.exit(), c.fee(), c.fee(), c.funding())).orElseThrow();

        assertThat(outcome.rMultiple().signum()).isEqualTo(outcome.realizedPnl().signum());
    }

    @Property
    void closedAtTheStopWithoutFeesIsMinusOneRAndItsShareOfThePlannedR(@ForAll("trades") Case c) {
        TradeOutcome outcome = TradeOutcome.of(c.plan(c.stop(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))
                .orElseThrow();

        // the risk taken is the loss at the stop: distance × entered × m, so R is exactly −1 however much filled
        BigDecimal loss = BigDecimal.valueOf((long) c.stopDistance() * c.entered()).multiply(M);
        assertThat(outcome.riskTaken()).isEqualByComparingTo(loss);
        assertThat(outcome.rMultiple()).isEqualByComparingTo("-1");
        // against the whole plan (distance × planned × m, rounded up to the cent) it is the entered share of −1 R
        BigDecimal plannedRisk = BigDecimal.valueOf((long) c.stopDistance() * c.planned()).multiply(M)
                .setScale(2, RoundingMode.CEILING);
        BigDecimal expected = loss.negate().divide(plannedRisk, 20, RoundingMode.HALF_EVEN);
        assertThat(outcome.plannedRMultiple().subtract(expected).abs()).isLessThan(new BigDecimal("1e-11"));
        assertThat(outcome.plannedRMultiple()).isGreaterThanOrEqualTo(BigDecimal.ONE.negate());
    }

    @Property
    void realizedIsTheMoveLessFeesAndFunding(@ForAll("trades") Case c) {
        TradeOutcome outcome = TradeOutcome.of(c.plan(c.exit(), c.fee(), c.fee(), c.funding())).orElseThrow();

        BigDecimal move = BigDecimal.valueOf((long) c.exitMove() * c.entered()).multiply(M).multiply(c.side().sign());
        assertThat(outcome.grossPnl()).isEqualByComparingTo(move);
        assertThat(outcome.realizedPnl()).isEqualByComparingTo(move.subtract(c.fee().add(c.fee())).subtract(c.funding()));
    }

    @Property
    void splittingAnExitChangesNothing(@ForAll("trades") Case c) {
        TradePlan whole = c.plan(c.exit(), BigDecimal.ZERO, c.fee(), BigDecimal.ZERO);
        ExitFill exit = whole.execution().exits().get(0);
        BigDecimal firstPart = BigDecimal.valueOf(c.entered()).divide(BigDecimal.valueOf(2));
        TradeExecution split = new TradeExecution(whole.execution().entries(), List.of(
                new ExitFill(CLOSED, exit.price(), firstPart, BigDecimal.ZERO, ExitReason.TARGET),
                new ExitFill(CLOSED, exit.price(), exit.contracts().subtract(firstPart), c.fee(), ExitReason.MANUAL)),
                BigDecimal.ZERO);
        TradePlan splitPlan = TradeLifecycle.correctExecution(whole, split, CLOSED);

        TradeOutcome a = TradeOutcome.of(whole).orElseThrow();
        TradeOutcome b = TradeOutcome.of(splitPlan).orElseThrow();
        assertThat(b.realizedPnl()).isEqualByComparingTo(a.realizedPnl());
        assertThat(b.rMultiple()).isEqualByComparingTo(a.rMultiple());
    }
}
