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

/** Along any ladder: net P&L follows the price (up for a long, down for a short), 0 at breakeven, −risk at the stop. */
class PriceLadderPropertiesTest {

    record Trade(TradeSetup setup, AccountSnapshot account, RiskPolicy policy) {
        ExitValuation valued() {
            SizingResult sizing = PositionSizer.size(setup, policy, account);
            return ExitValuation.of(setup, policy, account, sizing).orElseThrow();
        }
    }

    @Provide
    Arbitrary<Trade> trades() {
        Arbitrary<ContractSpec> contract = Arbitraries.of(ContractPresets.ALL);
        Arbitrary<Direction> direction = Arbitraries.of(Direction.class);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(new BigDecimal("1000"), new BigDecimal("120000"))
                .ofScale(0);
        Arbitrary<BigDecimal> stopDistance = Arbitraries.bigDecimals().between(new BigDecimal("0.002"),
                new BigDecimal("0.08")).ofScale(3);
        Arbitrary<Integer> legs = Arbitraries.integers().between(1, 3);
        Arbitrary<BigDecimal> equity = Arbitraries.bigDecimals().between(new BigDecimal("1000"), new BigDecimal("500000"))
                .ofScale(2);
        Arbitrary<Integer> leverage = Arbitraries.integers().between(1, 20);
        Arbitrary<BigDecimal> fee = Arbitraries.of(null, BigDecimal.ZERO, new BigDecimal("0.0002"), new BigDecimal("0.0005"));
        Arbitrary<BigDecimal> funding = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.0001"), new BigDecimal("-0.0003"));
        Arbitrary<BigDecimal> extra = Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("1.5"))
                .ofScale(3);
        return Combinators.combine(contract, direction, price, stopDistance, legs, equity, leverage, fee)
                .flatAs((c, d, p, dist, legCount, e, lev, f) -> Combinators.combine(funding, extra).as((rate, x) -> {
                    BigDecimal tick = c.tickSize();
                    BigDecimal stop = onTick(p.multiply(BigDecimal.ONE.subtract(d.sign().multiply(dist))), tick);
                    List<EntryLeg> entries = new ArrayList<>();
                    for (int i = 0; i < legCount; i++) {
                        BigDecimal towardsStop = p.subtract(stop).multiply(BigDecimal.valueOf(i))
                                .divide(BigDecimal.valueOf(legCount + 1L), 8, RoundingMode.DOWN);
                        entries.add(new EntryLeg(i == 0 ? OrderType.MARKET : OrderType.LIMIT,
                                onTick(p.subtract(towardsStop), tick), null));
                    }
                    BigDecimal target = onTick(p.multiply(BigDecimal.ONE.add(d.sign().multiply(dist).multiply(
                            BigDecimal.valueOf(2)))), tick);
                    TradeSetup setup = TradeSetup.builder().contract(c).direction(d).entries(entries).stop(stop)
                            .leverage(c.usesDollarMargin() ? BigDecimal.ONE : BigDecimal.valueOf(lev).min(c.maxLeverage()))
                            .entryFeeRate(f).exitFeeRate(f).target(new Target(target, BigDecimal.ONE))
                            .fundingRate(c.hasFunding() ? rate : BigDecimal.ZERO).holdingHours(BigDecimal.valueOf(30))
                            .build();
                    return new Trade(setup, new AccountSnapshot("Main", e, BigDecimal.ZERO), RiskPolicy.defaults()
                            .withRiskCap(new BigDecimal("0.02")));
                }));
    }

    private static BigDecimal onTick(BigDecimal price, BigDecimal tick) {
        return price.divide(tick, 0, RoundingMode.HALF_UP).multiply(tick);
    }

    @Property(tries = 300)
    void netPnlFollowsThePriceIsZeroAtBreakevenAndMinusTheRiskAtTheStop(@ForAll("trades") Trade trade) {
        ExitValuation position = trade.valued();
        List<BigDecimal> extra = List.of(position.averageEntry().multiply(new BigDecimal("1.37"))
                .setScale(1, RoundingMode.HALF_UP), position.averageEntry().multiply(new BigDecimal("0.63"))
                .setScale(1, RoundingMode.HALF_UP));
        List<LadderRow> ladder = PriceLadder.of(position, trade.account(), extra);
        if (!position.isHeld()) {
            assertThat(ladder).isEmpty();
            return;
        }
        LadderAssertions.netPnlFollowsThePrice(ladder, trade.setup().direction());
        for (int i = 1; i < ladder.size(); i++) {
            LadderRow higher = ladder.get(i - 1);
            LadderRow lower = ladder.get(i);
            assertThat(higher.price()).isGreaterThan(lower.price());
            assertThat(lower.equityAfter()).isEqualByComparingTo(trade.account().equity().add(lower.netPnl()));
        }
        ladder.stream().filter(r -> r.kind() == LadderLevel.BREAKEVEN)
                .forEach(r -> assertThat(r.netPnl()).isEqualByComparingTo("0.00"));
        LadderRow stop = LadderAssertions.stopRow(ladder, trade.setup().stop());
        if (!stop.liquidated()) {
            assertThat(stop.netPnl()).isEqualByComparingTo(position.sizing().riskAmount().negate());
            assertThat(stop.r()).isEqualByComparingTo("-1.00");
        }
    }
}
