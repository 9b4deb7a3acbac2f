package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inverse (coin-margined) contracts: Bybit's worked liquidation example (docs/numbers.md, "Inverse contracts"),
 * sizing against equity in the coin and in dollars, breakeven and the ladder's stop row.
 */
class InverseContractTest {
    /** Bybit's example: 60,000 contracts of 1 USD at 50,000, 10×, maintenance 0.5 %. */
    private static final ContractSpec BYBIT_EXAMPLE = ContractPresets.BYBIT_BTCUSD.toBuilder()
            .tickSize(new BigDecimal("0.01")).build();
    private static final AccountSnapshot TENTH_OF_A_BITCOIN = AccountSnapshot.of("Coin", "0.1", "0").inCurrency("BTC");
    private static final AccountSnapshot FIVE_THOUSAND_DOLLARS = AccountSnapshot.of("Main", "5000", "0");

    private static TradeSetup.Builder bybitLong() {
        return TradeSetup.builder().contract(ContractPresets.BYBIT_BTCUSD).direction(Direction.LONG)
                .entry(EntryLeg.limit("50000")).stop("49000").leverage("10");
    }

    @Test
    void bybitsWorkedExampleLiquidatesALongAt45662_10AndAShortAt55248_62() {
        BigDecimal longPrice = InverseLiquidation.exactPrice(BYBIT_EXAMPLE, Direction.LONG, BigDecimal.TEN,
                new BigDecimal("50000")).orElseThrow();
        BigDecimal shortPrice = InverseLiquidation.exactPrice(BYBIT_EXAMPLE, Direction.SHORT, BigDecimal.TEN,
                new BigDecimal("50000")).orElseThrow();

        assertThat(longPrice.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("45662.10");
        assertThat(shortPrice.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("55248.62");
        // The estimate a plan shows is on the tick, towards the entry: Bybit's BTCUSD ticks in 0.5.
        assertThat(Liquidation.estimate(ContractPresets.BYBIT_BTCUSD, Direction.LONG, BigDecimal.TEN,
                new BigDecimal("60000"), new BigDecimal("50000"))).contains(new BigDecimal("45662.5"));
        assertThat(Liquidation.estimate(ContractPresets.BYBIT_BTCUSD, Direction.SHORT, BigDecimal.TEN,
                new BigDecimal("60000"), new BigDecimal("50000"))).contains(new BigDecimal("55248.5"));
    }

    @Test
    void theExampleIsItsMarginRunningDownToMaintenanceInCoin() {
        TradeSetup setup = bybitLong().contract(BYBIT_EXAMPLE).entries(List.of(new EntryLeg(OrderType.LIMIT,
                new BigDecimal("50000"), new BigDecimal("60000")))).build();
        InverseTrade trade = new InverseTrade(setup, setup.entries(), false, "BTC");

        // Position value 1.2 BTC, initial margin 0.12 BTC, maintenance 0.006 BTC (Bybit's figures)
        assertThat(trade.coinsAtEntry()).isEqualByComparingTo("1.2");
        assertThat(trade.marginCoin(BigDecimal.TEN)).isEqualByComparingTo("0.12");
        assertThat(trade.maintenanceCoin(new BigDecimal("50000"))).isEqualByComparingTo("0.006");
        // at the liquidation price the margin ratio is 100 %
        BigDecimal liquidation = InverseLiquidation.exactPrice(BYBIT_EXAMPLE, Direction.LONG, BigDecimal.TEN,
                new BigDecimal("50000")).orElseThrow();
        assertThat(trade.marginRatio(liquidation, BigDecimal.TEN).orElseThrow().setScale(6, RoundingMode.HALF_UP))
                .isEqualByComparingTo("1.000000");
        // P&L in coin: 60,000 × (1/50,000 − 1/55,000) = 0.10909… BTC, worth 6,000 USD at the exit price
        assertThat(trade.grossCoin(new BigDecimal("55000")).setScale(8, RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.10909091");
        assertThat(trade.grossCoin(new BigDecimal("55000")).multiply(new BigDecimal("55000"))
                .setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("6000.00");
    }

    @Test
    void aBitcoinAccountRisksAtMostOnePercentOfItsBitcoin() {
        SizingResult sizing = PositionSizer.size(bybitLong().build(), RiskPolicy.defaults(), TENTH_OF_A_BITCOIN);

        // a contract loses 1/49,000 − 1/50,000 BTC, plus 0.02 % of 1/50,000 in and 0.055 % of 1/49,000 out
        // = 0.00000042338… BTC; 0.001 BTC allows 2,361.9, rounded down
        assertThat(sizing.quoteCurrency()).isEqualTo("BTC");
        assertThat(sizing.contracts()).isEqualByComparingTo("2361");
        assertThat(sizing.riskBudget()).isEqualByComparingTo("0.00100000");
        assertThat(sizing.riskAmount()).isEqualByComparingTo("0.00099962");
        assertThat(sizing.riskAmount().scale()).isEqualTo(8);
        // margin 2,361 / 50,000 / 10 BTC = 0.004722 BTC, 4.722 % of the account
        assertThat(sizing.initialMargin()).isEqualByComparingTo("0.004722");
        assertThat(sizing.marginUtilization()).isEqualByComparingTo("0.04722");
        assertThat(sizing.liquidationPrice()).isEqualByComparingTo("45662.5");
        // one more contract would pass the budget
        SizingResult more = PositionSizer.size(bybitLong().contracts(new BigDecimal("2362")).build(),
                RiskPolicy.defaults(), TENTH_OF_A_BITCOIN);
        assertThat(more.riskAmount()).isGreaterThan(sizing.riskBudget());
    }

    @Test
    void aDollarAccountCountsTheCoinLossAtTheStopPrice() {
        SizingResult sizing = PositionSizer.size(bybitLong().build(), RiskPolicy.defaults(), FIVE_THOUSAND_DOLLARS);

        // 0.00000042338… BTC a contract × 49,000 = $0.020746; $50 allows 2,410.1
        assertThat(sizing.quoteCurrency()).isEqualTo("USD");
        assertThat(sizing.contracts()).isEqualByComparingTo("2410");
        assertThat(sizing.riskAmount()).isEqualByComparingTo("50.00");
        assertThat(sizing.initialMargin()).isEqualByComparingTo("241");
        assertThat(sizing.notional()).isEqualByComparingTo("2410");
    }

    @Test
    void breakevenIncludesBothFeesAndIsTheSameInCoinAndInDollars() {
        for (AccountSnapshot account : List.of(TENTH_OF_A_BITCOIN, FIVE_THOUSAND_DOLLARS)) {
            TradeSetup setup = bybitLong().build();
            SizingResult sizing = PositionSizer.size(setup, RiskPolicy.defaults(), account);
            ExitValuation position = ExitValuation.of(setup, RiskPolicy.defaults(), account, sizing).orElseThrow();

            // 50,000 × (1 + 0.055 %) / (1 − 0.02 %) = 50,037.5075…
            assertThat(position.awayFromEntryToCents(position.breakeven().orElseThrow()))
                    .isEqualByComparingTo("50037.51");
            assertThat(position.netAt(position.breakeven().orElseThrow(), OrderType.STOP).abs())
                    .isLessThan(new BigDecimal("0.000000001"));
        }
    }

    @Test
    void aShortsLossAtTheStopIsTheLadderStopRowAndItsBreakevenIsBelowTheEntry() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.DERIBIT_BTC_PERPETUAL)
                .direction(Direction.SHORT).entry(EntryLeg.limit("60000")).entry(EntryLeg.limit("60500"))
                .stop("61500").leverage("5").target(new Target(new BigDecimal("57000"), BigDecimal.ONE)).build();
        SizingResult sizing = PositionSizer.size(setup, RiskPolicy.defaults(), TENTH_OF_A_BITCOIN);
        ExitValuation position = ExitValuation.of(setup, RiskPolicy.defaults(), TENTH_OF_A_BITCOIN, sizing)
                .orElseThrow();
        List<LadderRow> ladder = PriceLadder.of(position, TENTH_OF_A_BITCOIN, List.of());

        LadderRow stop = ladder.stream().filter(r -> r.kind() == LadderLevel.STOP).findFirst().orElseThrow();
        LadderRow breakeven = ladder.stream().filter(r -> r.kind() == LadderLevel.BREAKEVEN).findFirst().orElseThrow();
        assertThat(sizing.contracts()).isPositive();
        assertThat(stop.netPnl()).isEqualByComparingTo(sizing.riskAmount().negate());
        assertThat(stop.r()).isEqualByComparingTo("-1.00");
        assertThat(breakeven.netPnl()).isEqualByComparingTo("0");
        // harmonic average of the two legs, and Deribit pays no maker fee: breakeven below it by the taker fee only
        assertThat(breakeven.price()).isLessThan(position.averageEntry());
        assertThat(sizing.rewardRiskRatio()).isGreaterThan(BigDecimal.ONE);
    }

    @Test
    void aLinearContractNeedsADollarAccountAndAnInverseOneItsOwnCoin() {
        SizingResult linear = PositionSizer.size(bybitLong().contract(ContractPresets.BYBIT_BTCUSDT).build(),
                RiskPolicy.defaults(), TENTH_OF_A_BITCOIN);
        SizingResult ether = PositionSizer.size(bybitLong().contract(ContractPresets.BYBIT_ETHUSD).build(),
                RiskPolicy.defaults(), TENTH_OF_A_BITCOIN);

        assertThat(linear.isComplete()).isFalse();
        assertThat(linear.sizeExplanation()).contains("an account in USD (this one counts in BTC)");
        assertThat(ether.sizeExplanation()).contains("an account in USD or ETH");
    }
}
