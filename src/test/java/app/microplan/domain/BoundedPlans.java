package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Plans whose every number is anything {@link NumberLimits} lets into a file, with the edges drawn often: the
 * largest (999,999,999,999,999.999999999999), the smallest (10^-12), and ordinary trading numbers mixed
 * in. Every such plan is one a journal file may hold, so every computation must handle it.
 */
public final class BoundedPlans {
    private static final BigDecimal LARGEST = new BigDecimal("999999999999999.999999999999");
    private static final BigDecimal SMALLEST = new BigDecimal("1E-12");
    private static final BigDecimal JUST_UNDER_ONE = BigDecimal.ONE.subtract(SMALLEST);
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private BoundedPlans() {
    }

    public static Arbitrary<TradePlan> plans() {
        return Combinators.combine(Arbitraries.of(PlanStatus.class), setups(), policies(), accounts(), executions(),
                        Arbitraries.integers().between(1, 5))
                .as((status, setup, policy, account, execution, rating) -> {
                    boolean entered = status == PlanStatus.OPEN || status == PlanStatus.CLOSED
                            || status == PlanStatus.REVIEWED;
                    return TradePlan.builder().id("bounded").createdAt(START).updatedAt(START).status(status)
                            .setup(setup).policy(policy).account(account)
                            .execution(entered ? execution : null)
                            .review(status == PlanStatus.REVIEWED
                                    ? new TradeReview("", "", "", rating, List.of(), List.of()) : null)
                            .build();
                });
    }

    static Arbitrary<TradeSetup> setups() {
        Arbitrary<TradeSetup.Builder> trade = Combinators.combine(contracts(), Arbitraries.of(Direction.class),
                legs().list().ofMinSize(0).ofMaxSize(3), positive().injectNull(0.1), targets().list().ofMaxSize(3),
                positive()).as((contract, direction, legs, stop, targets, leverage) -> TradeSetup.builder()
                .contract(contract).direction(direction).entries(legs).stop(stop).targets(targets).leverage(leverage));
        // An empty fee rate (null) is the contract's fee schedule, worked out on the hostile contracts too.
        return Combinators.combine(trade, positive().injectNull(0.5), fraction().injectNull(0.3),
                        fraction().injectNull(0.3), signed(), nonNegative())
                .as((setup, contracts, entryFee, exitFee, funding, hours) -> setup.contracts(contracts)
                        .entryFeeRate(entryFee).exitFeeRate(exitFee).fundingRate(funding).holdingHours(hours).build());
    }

    private static Arbitrary<ContractSpec> contracts() {
        Arbitrary<ContractSpec> custom = Combinators.combine(positive(), positive(), positive(), positive(),
                        fraction(), fraction(), Arbitraries.integers().between(0, 10_000))
                .as((size, tick, step, leverage, mmr, fee, hours) -> new ContractSpec("EDGE", "edge contract", "BTC",
                        size, tick, step, step, "USDT", leverage, mmr, fee, fee, hours));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.of(ContractPresets.ALL)),
                net.jqwik.api.Tuple.of(4, custom));
    }

    private static Arbitrary<EntryLeg> legs() {
        return Combinators.combine(positive(), positive().injectNull(0.5))
                .as((price, contracts) -> new EntryLeg(OrderType.LIMIT, price, contracts));
    }

    private static Arbitrary<Target> targets() {
        return Combinators.combine(positive(), fraction().filter(f -> f.signum() > 0)).as(Target::new);
    }

    private static Arbitrary<RiskPolicy> policies() {
        Arbitrary<BigDecimal> riskCap = Arbitraries.of(SMALLEST, new BigDecimal("0.01"), RiskPolicy.MAX_RISK_CAP);
        Arbitrary<BigDecimal> marginCap = Arbitraries.of(SMALLEST, new BigDecimal("0.05"), RiskPolicy.MAX_MARGIN_CAP);
        // A liquidation buffer of 1 (none) or more; funding counted in the risk or not.
        Arbitrary<BigDecimal> buffer = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ONE),
                positive().map(v -> v.max(BigDecimal.ONE))).injectNull(0.2);
        return Combinators.combine(riskCap, marginCap, positive(), positive(), positive(), Arbitraries.of(true, false),
                buffer, Arbitraries.of(true, false).injectNull(0.2)).as(RiskPolicy::new);
    }

    private static Arbitrary<AccountSnapshot> accounts() {
        return Combinators.combine(nonNegative(), nonNegative()).as((equity, other) ->
                new AccountSnapshot("Main", equity, other));
    }

    /** Entry fills, and exits that close all of them or part of them (an open position). */
    private static Arbitrary<TradeExecution> executions() {
        Arbitrary<EntryFill> entry = Combinators.combine(positive(), quantity(), signed())
                .as((price, contracts, fee) -> new EntryFill(START, price, contracts, fee));
        return Combinators.combine(entry.list().ofMinSize(1).ofMaxSize(3), positive(), signed(), signed(),
                        Arbitraries.of(ExitReason.class), Arbitraries.of(true, false))
                .as((entries, exitPrice, exitFee, funding, reason, flat) -> {
                    BigDecimal entered = entries.stream().map(EntryFill::contracts).reduce(BigDecimal.ZERO, BigDecimal::add);
                    List<ExitFill> exits = new ArrayList<>();
                    if (flat) {
                        exits.add(new ExitFill(START.plusSeconds(3600), exitPrice, entered, exitFee, reason));
                    }
                    return new TradeExecution(entries, exits, funding);
                });
    }

    /** A fill's contracts: three of them still add up to a number a file may hold. */
    private static Arbitrary<BigDecimal> quantity() {
        return positive().map(q -> q.compareTo(new BigDecimal("3E+14")) > 0 ? new BigDecimal("3E+14") : q);
    }

    static Arbitrary<BigDecimal> positive() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(LARGEST, SMALLEST, BigDecimal.ONE, new BigDecimal("70000"),
                        new BigDecimal("0.01"), new BigDecimal("1E+14"), new BigDecimal("123456789.987654321"))),
                net.jqwik.api.Tuple.of(2, anyBounded().filter(v -> v.signum() > 0)));
    }

    static Arbitrary<BigDecimal> nonNegative() {
        return Arbitraries.oneOf(positive(), Arbitraries.just(BigDecimal.ZERO));
    }

    static Arbitrary<BigDecimal> signed() {
        return Arbitraries.oneOf(nonNegative(), positive().map(BigDecimal::negate));
    }

    /** From 0 up to, not including, 1. */
    static Arbitrary<BigDecimal> fraction() {
        return Arbitraries.oneOf(Arbitraries.of(BigDecimal.ZERO, SMALLEST, JUST_UNDER_ONE, new BigDecimal("0.0005")),
                anyBounded().map(BigDecimal::abs).filter(v -> v.compareTo(BigDecimal.ONE) < 0));
    }

    /** Any digits and any scale NumberLimits lets through. */
    private static Arbitrary<BigDecimal> anyBounded() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L),
                        Arbitraries.integers().between(-NumberLimits.MAX_INTEGER_DIGITS, NumberLimits.MAX_DECIMALS))
                .as(BigDecimal::valueOf).filter(v -> NumberLimits.problem(v).isEmpty());
    }
}
