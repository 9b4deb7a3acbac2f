package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What must hold for any trade on any exchange's terms, not only the published examples. */
class ExchangePropertiesTest {
    private static final List<ContractSpec> PERPETUALS = ContractPresets.ALL.stream()
            .filter(ContractSpec::hasLiquidationPrice).toList();

    record Trade(TradeSetup setup, AccountSnapshot account) {
        PlanAssessment assess() {
            return RuleBook.assessNumbers(setup, RiskPolicy.defaults(), account);
        }
    }

    @Provide
    Arbitrary<Trade> trades() {
        Arbitrary<ContractSpec> contract = Arbitraries.of(PERPETUALS);
        Arbitrary<LiquidationConvention> convention = Arbitraries.of(LiquidationConvention.BINANCE,
                LiquidationConvention.BYBIT, LiquidationConvention.OKX);
        Arbitrary<Direction> side = Arbitraries.of(Direction.class);
        Arbitrary<BigDecimal> entry = Arbitraries.bigDecimals().between(new BigDecimal("1000"), new BigDecimal("120000"))
                .ofScale(0);
        Arbitrary<BigDecimal> stopDistance = Arbitraries.bigDecimals().between(new BigDecimal("0.002"),
                new BigDecimal("0.3")).ofScale(3);
        Arbitrary<Integer> legs = Arbitraries.integers().between(1, 3);
        Arbitrary<BigDecimal> spread = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.9")).ofScale(2);
        Arbitrary<Integer> leveragePercent = Arbitraries.integers().between(1, 100);
        Arbitrary<BigDecimal> equity = Arbitraries.bigDecimals().between(new BigDecimal("1000"),
                new BigDecimal("50000000")).ofScale(0);
        return Combinators.combine(contract, convention, side, entry, stopDistance, legs, spread, leveragePercent)
                .flatAs((c, conv, d, p, dist, count, sp, levPct) -> equity.map(e -> {
                    ContractSpec spec = c.toBuilder().liquidationConvention(conv).build();
                    BigDecimal leverage = c.maxLeverage().multiply(BigDecimal.valueOf(levPct))
                            .divide(Decimals.HUNDRED, 0, RoundingMode.DOWN).max(BigDecimal.ONE);
                    BigDecimal stop = p.multiply(BigDecimal.ONE.subtract(d.sign().multiply(dist)))
                            .divide(c.tickSize(), 0, RoundingMode.HALF_UP).multiply(c.tickSize());
                    List<EntryLeg> entries = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        BigDecimal towardsStop = p.subtract(stop).multiply(sp).multiply(BigDecimal.valueOf(i))
                                .divide(BigDecimal.valueOf(count), 0, RoundingMode.DOWN);
                        BigDecimal price = p.subtract(towardsStop).divide(c.tickSize(), 0, RoundingMode.DOWN)
                                .multiply(c.tickSize());
                        entries.add(new EntryLeg(i == 0 ? OrderType.MARKET : OrderType.LIMIT, price, null));
                    }
                    TradeSetup setup = TradeSetup.builder().contract(spec).direction(d).entries(entries).stop(stop)
                            .leverage(leverage).target(new Target(p.add(d.sign().multiply(p.subtract(stop).abs())
                                    .multiply(BigDecimal.valueOf(2))), BigDecimal.ONE)).build();
                    return new Trade(setup, AccountSnapshot.of("Main", e.toPlainString(), "0"));
                }));
    }

    @Property(tries = 400)
    void stopBeforeLiquidationNeverPassesAPlanThatLiquidationReachesFirst(@ForAll("trades") Trade trade) {
        PlanAssessment assessment = trade.assess();
        boolean passed = assessment.result(Rule.STOP_BEFORE_LIQUIDATION).passed();
        Statistics.label("rule passed").collect(passed);
        Statistics.label("rule passed").coverage(checker -> {
            checker.check(true).percentage(p -> p > 20);
            checker.check(false).percentage(p -> p > 20);
        });
        if (!passed) {
            return;
        }
        TradeSetup setup = trade.setup();
        ContractSpec contract = setup.contract();
        // Walk the path again, in the order the price reaches the legs, with the unrounded formula.
        List<EntryLeg> legs = new ArrayList<>(assessment.sizing().allocatedEntries());
        legs.sort(Comparator.comparing((EntryLeg leg) -> leg.price().subtract(setup.stop()).abs()).reversed());
        BigDecimal contracts = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (EntryLeg leg : legs) {
            contracts = contracts.add(leg.contracts());
            weighted = weighted.add(leg.contracts().multiply(leg.price()));
            if (contracts.signum() == 0) {
                continue;
            }
            BigDecimal average = Decimals.divide(weighted, contracts);
            LinearPosition position = new LinearPosition(setup.direction(), contracts.multiply(contract.contractSize()),
                    average, setup.leverage(), contract.tiers(), contract.takerFeeRate());
            BigDecimal exact = contract.liquidationConvention().exactPrice(position).orElseThrow();
            assertThat(setup.direction().favourableMove(exact, setup.stop()).signum())
                    .as("stop %s before liquidation %s (%s)", setup.stop(), exact, contract.liquidationConvention())
                    .isPositive();
        }
    }

    @Property(tries = 300)
    void feesNeverLowerTheRisk(@ForAll("trades") Trade trade, @ForAll("sizes") int steps) {
        BigDecimal size = trade.setup().contract().minQuantity().max(trade.setup().contract().quantityStep()
                .multiply(BigDecimal.valueOf(steps)));
        TradeSetup withFees = trade.setup().toBuilder().contracts(size).build();
        TradeSetup withoutFees = withFees.toBuilder().feesOff().build();
        SizingResult charged = PositionSizer.size(withFees, RiskPolicy.defaults(), trade.account());
        SizingResult free = PositionSizer.size(withoutFees, RiskPolicy.defaults(), trade.account());

        assertThat(charged.riskAmount()).isGreaterThanOrEqualTo(free.riskAmount());
        assertThat(charged.riskPerContract()).isGreaterThanOrEqualTo(free.riskPerContract());
        assertThat(charged.maxContractsByRisk()).isLessThanOrEqualTo(free.maxContractsByRisk());
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.integers().between(1, 5000);
    }

    @Property(tries = 500)
    void aLargerPositionNeverGetsALowerMaintenanceRate(@ForAll("tables") MarginTiers tiers,
                                                        @ForAll("notionals") BigDecimal a,
                                                        @ForAll("notionals") BigDecimal b) {
        BigDecimal smaller = a.min(b);
        BigDecimal larger = a.max(b);
        var small = tiers.tierFor(smaller);
        var large = tiers.tierFor(larger);
        if (large.isEmpty()) {
            return;
        }
        assertThat(small).isPresent();
        assertThat(small.get().maintenanceRate()).isLessThanOrEqualTo(large.get().maintenanceRate());
        assertThat(small.get().maintenanceMargin(smaller)).isLessThanOrEqualTo(large.get().maintenanceMargin(larger));
    }

    @Provide
    Arbitrary<MarginTiers> tables() {
        return Arbitraries.of(ContractPresets.ALL.stream().map(ContractSpec::tiers).toList());
    }

    @Provide
    Arbitrary<BigDecimal> notionals() {
        return Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("600000000")).ofScale(2);
    }
}
