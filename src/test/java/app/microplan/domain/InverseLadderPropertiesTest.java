package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
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

    /**
     * The dollar property's trades on the inverse presets, against an account kept in the contract's coin (its
     * equity ÷ 10,000: 0.1 to 50 coins), with the funding counted in the risk.
     */
    @Provide
    Arbitrary<Trade> trades() {
        return new PriceLadderPropertiesTest().trades().filter(t -> t.setup().contract().isInverse())
                .map(t -> new Trade(t.setup(), new AccountSnapshot("Coin", t.account().equity().movePointLeft(4),
                        BigDecimal.ZERO).inCurrency(t.setup().contract().underlying()),
                        t.policy().withFundingInRisk(true)));
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
        assertLadderFollowsThePrice(trade);
    }

    /**
     * Found by a random seed: a 16× Deribit short whose liquidation estimate lands on the stop's tick. The two levels
     * share one row (kind LIQUIDATION, labelled with both), and the stop still nets −risk there.
     */
    @Example
    void aLiquidationOnTheStopsTickSharesTheStopsRow() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.DERIBIT_BTC_PERPETUAL)
                .direction(Direction.SHORT)
                .entries(List.of(new EntryLeg(OrderType.MARKET, new BigDecimal("1000.0"), null),
                        new EntryLeg(OrderType.LIMIT, new BigDecimal("1024.0"), null)))
                .stop(new BigDecimal("1072.0")).leverage(BigDecimal.valueOf(16))
                .target(new Target(new BigDecimal("856.0"), BigDecimal.ONE)).fundingRate(BigDecimal.ZERO)
                .holdingHours(BigDecimal.valueOf(30)).build();
        AccountSnapshot account = new AccountSnapshot("Coin", new BigDecimal("0.100000"), BigDecimal.ZERO)
                .inCurrency("BTC");
        Trade trade = new Trade(setup, account, RiskPolicy.defaults().withRiskCap(new BigDecimal("0.02"))
                .withFundingInRisk(true));

        assertLadderFollowsThePrice(trade);
    }

    private static void assertLadderFollowsThePrice(Trade trade) {
        SizingResult sizing = PositionSizer.size(trade.setup(), trade.policy(), trade.account());
        ExitValuation position = ExitValuation.of(trade.setup(), trade.policy(), trade.account(), sizing)
                .orElseThrow();
        List<LadderRow> ladder = PriceLadder.of(position, trade.account(), List.of());
        if (!position.isHeld()) {
            assertThat(ladder).isEmpty();
            return;
        }
        LadderAssertions.netPnlFollowsThePrice(ladder, trade.setup().direction());
        ladder.stream().filter(r -> r.kind() == LadderLevel.BREAKEVEN)
                .forEach(r -> assertThat(r.netPnl()).isEqualByComparingTo("0"));
        LadderRow stop = LadderAssertions.stopRow(ladder, trade.setup().stop());
        if (!stop.liquidated()) {
            assertThat(stop.netPnl()).isEqualByComparingTo(sizing.riskAmount().negate());
            assertThat(stop.netPnl().scale()).isEqualTo(AccountCurrency.COIN_SCALE);
        }
    }
}
