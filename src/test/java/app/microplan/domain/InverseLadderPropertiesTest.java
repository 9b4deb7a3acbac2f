package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Inverse contracts against equity in their coin (dollar accounts are in {@link PriceLadderPropertiesTest}, which
 * draws from every preset): the size keeps the risk within the cap and one more contract would not, and along the
 * ladder net P&L follows the price, is 0 at breakeven and −risk at the stop.
 */
class InverseLadderPropertiesTest {

    record Trade(TradeSetup setup, AccountSnapshot account, RiskPolicy policy) {
    }

    @Provide
    Arbitrary<Trade> trades() {
        Arbitrary<ContractSpec> contract = Arbitraries.of(ContractPresets.ALL.stream().filter(ContractSpec::isInverse)
                .toList());
        Arbitrary<Direction> direction = Arbitraries.of(Direction.class);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(new BigDecimal("1000"),
                new BigDecimal("120000")).ofScale(0);
        Arbitrary<BigDecimal> stopDistance = Arbitraries.bigDecimals().between(new BigDecimal("0.002"),
                new BigDecimal("0.08")).ofScale(3);
        Arbitrary<Integer> legs = Arbitraries.integers().between(1, 3);
        Arbitrary<BigDecimal> equity = Arbitraries.bigDecimals().between(new BigDecimal("0.05"), new BigDecimal("20"))
                .ofScale(4);
        Arbitrary<Integer> leverage = Arbitraries.integers().between(1, 25);
        Arbitrary<BigDecimal> funding = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.0001"),
                new BigDecimal("-0.0003"));
        return Combinators.combine(contract, direction, price, stopDistance, legs, equity, leverage, funding)
                .as((c, d, p, dist, legCount, e, lev, rate) -> {
                    BigDecimal tick = c.tickSize();
                    BigDecimal stop = onTick(p.multiply(BigDecimal.ONE.subtract(d.sign().multiply(dist))), tick);
                    List<EntryLeg> entries = new ArrayList<>();
                    for (int i = 0; i < legCount; i++) {
                        BigDecimal towardsStop = p.subtract(stop).multiply(BigDecimal.valueOf(i))
                                .divide(BigDecimal.valueOf(legCount + 1L), 8, RoundingMode.DOWN);
                        entries.add(new EntryLeg(i == 0 ? OrderType.MARKET : OrderType.LIMIT,
                                onTick(p.subtract(towardsStop), tick), null));
                    }
                    BigDecimal target = onTick(p.multiply(BigDecimal.ONE.add(d.sign().multiply(dist)
                            .multiply(BigDecimal.valueOf(2)))), tick);
                    TradeSetup setup = TradeSetup.builder().contract(c).direction(d).entries(entries).stop(stop)
                            .leverage(BigDecimal.valueOf(lev).min(c.maxLeverage()))
                            .target(new Target(target, BigDecimal.ONE)).fundingRate(rate)
                            .holdingHours(BigDecimal.valueOf(30)).build();
                    return new Trade(setup, new AccountSnapshot("Coin", e, BigDecimal.ZERO).inCurrency(c.underlying()),
                            RiskPolicy.defaults().withRiskCap(new BigDecimal("0.02")).withFundingInRisk(true));
                });
    }

    private static BigDecimal onTick(BigDecimal price, BigDecimal tick) {
        return price.divide(tick, 0, RoundingMode.HALF_UP).multiply(tick);
    }

    @Property(tries = 200)
    void theSizeIsTheLargestWithinTheRiskCap(@ForAll("trades") Trade trade) {
        SizingResult sizing = PositionSizer.size(trade.setup(), trade.policy(), trade.account());

        assertThat(sizing.riskAmount()).isLessThanOrEqualTo(sizing.riskBudget());
        assertThat(sizing.marginUtilization()).isLessThan(trade.policy().marginCap());
        if (sizing.bindingLimit() == SizeLimit.RISK) {
            SizingResult oneMore = PositionSizer.size(trade.setup().toBuilder()
                    .contracts(sizing.contracts().add(BigDecimal.ONE)).build(), trade.policy(), trade.account());
            assertThat(oneMore.riskAmount()).isGreaterThan(sizing.riskBudget());
        }
    }

    @Property(tries = 200)
    void netPnlFollowsThePriceIsZeroAtBreakevenAndMinusTheRiskAtTheStop(@ForAll("trades") Trade trade) {
        SizingResult sizing = PositionSizer.size(trade.setup(), trade.policy(), trade.account());
        ExitValuation position = ExitValuation.of(trade.setup(), trade.policy(), trade.account(), sizing)
                .orElseThrow();
        List<LadderRow> ladder = PriceLadder.of(position, trade.account(), List.of());
        if (!position.isHeld()) {
            assertThat(ladder).isEmpty();
            return;
        }
        boolean isLong = trade.setup().direction() == Direction.LONG;
        for (int i = 1; i < ladder.size(); i++) {
            LadderRow higher = ladder.get(i - 1);
            LadderRow lower = ladder.get(i);
            if (isLong) {
                assertThat(higher.netPnl()).as("long, %s above %s", higher.label(), lower.label())
                        .isGreaterThanOrEqualTo(lower.netPnl());
            } else {
                assertThat(higher.netPnl()).as("short, %s above %s", higher.label(), lower.label())
                        .isLessThanOrEqualTo(lower.netPnl());
            }
        }
        ladder.stream().filter(r -> r.kind() == LadderLevel.BREAKEVEN)
                .forEach(r -> assertThat(r.netPnl()).isEqualByComparingTo("0"));
        LadderRow stop = ladder.stream().filter(r -> r.kind() == LadderLevel.STOP).findFirst().orElseThrow();
        if (!stop.liquidated()) {
            assertThat(stop.netPnl()).isEqualByComparingTo(sizing.riskAmount().negate());
            assertThat(stop.netPnl().scale()).isEqualTo(AccountCurrency.COIN_SCALE);
        }
    }
}
