package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each exchange's liquidation formula against the exchange's own published example or a case worked out by hand
 * from its published formula (docs/exchanges.md lists the sources).
 */
class LiquidationConventionsTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal liquidation(ContractSpec contract, Direction side, String leverage, String coins,
                                          String entry) {
        BigDecimal contracts = dec(coins).divide(contract.contractSize());
        return Liquidation.estimate(contract, side, dec(leverage), contracts, dec(entry)).orElseThrow();
    }

    private static ContractSpec flat(LiquidationConvention convention, String mmr) {
        return ContractPresets.BTC_STANDARD.toBuilder().liquidationConvention(convention)
                .maintenanceMarginRate(dec(mmr)).build();
    }

    @Test
    @DisplayName("Bybit's published example: 1 BTC at 20,000, 50×, MMR 0.5 % → 19,700 long, 20,300 short")
    void bybitPublishedExample() {
        // Bybit help centre, "Liquidation Price (USDT Contract)", isolated margin, examples 1 and 2:
        // IM = 20,000 / 50 = 400, MM = 20,000 × 0.5 % = 100, LP = 20,000 ∓ (400 − 100).
        ContractSpec bybit = flat(LiquidationConvention.BYBIT, "0.005");

        assertThat(liquidation(bybit, Direction.LONG, "50", "1", "20000")).isEqualByComparingTo("19700");
        assertThat(liquidation(bybit, Direction.SHORT, "50", "1", "20000")).isEqualByComparingTo("20300");
    }

    @Test
    @DisplayName("Binance, tiered: 200 BTC long at 70,000, 10× liquidates at 64,914.3 (the 5 % bracket, amount 266,300)")
    void binanceTieredCase() {
        // Binance FAQ "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts", isolated (TMM = UPNL = 0):
        // LP = (WB + cum − side·Q·EP) / (Q·MMR − side·Q), with MMR and cum of the bracket the liquidation notional
        // falls in (BTCUSDT brackets, Binance announcement 2021-03-18). WB = 14,000,000 / 10 = 1,400,000; at
        // 64,914 the notional 12.98 M is in the 10–20 M bracket: MMR 5 %, cum 266,300.
        // LP = (1,400,000 + 266,300 − 14,000,000) / (200 × 0.05 − 200) = 64,914.21… → 64,914.3 towards the entry.
        assertThat(liquidation(ContractPresets.BINANCE_BTCUSDT, Direction.LONG, "10", "200", "70000"))
                .isEqualByComparingTo("64914.3");
    }

    @Test
    @DisplayName("Binance, first bracket: 70,000 at 10× → 63,253.1 long, 76,693.2 short (MMR 0.4 %)")
    void binanceSmallPosition() {
        // Same formula, first bracket (MMR 0.4 %, cum 0): long 63,000 / 0.996, short 77,000 / 1.004.
        assertThat(liquidation(ContractPresets.BINANCE_BTCUSDT, Direction.LONG, "10", "0.1", "70000"))
                .isEqualByComparingTo("63253.1");
        assertThat(liquidation(ContractPresets.BINANCE_BTCUSDT, Direction.SHORT, "10", "0.1", "70000"))
                .isEqualByComparingTo("76693.2");
    }

    @Test
    @DisplayName("OKX: maintenance rate plus taker fee, 70,000 at 10× → 63,348.5 long, 76,578.8 short")
    void okxMaintenanceRatePlusTakerFee() {
        // OKX help centre, isolated margin ratio = (margin + P&L) / (notional at mark × (MMR + fee rate)); it reaches
        // 100 % at long (Q·EP − WB) / (Q(1 − MMR − fee)), short (WB + Q·EP) / (Q(1 + MMR + fee)).
        // MMR 0.5 %, taker 0.05 %: long 63,000 / 0.9945, short 77,000 / 1.0055.
        ContractSpec okx = ContractPresets.OKX_BTC_USDT_SWAP;

        assertThat(liquidation(okx, Direction.LONG, "10", "0.1", "70000")).isEqualByComparingTo("63348.5");
        assertThat(liquidation(okx, Direction.SHORT, "10", "0.1", "70000")).isEqualByComparingTo("76578.8");
    }

    @Test
    @DisplayName("Shorts are never estimated kinder than Binance's or OKX's formula (the old flat 76,720 was)")
    void shortsOnTheSafeSide() {
        BigDecimal binance = liquidation(ContractPresets.BINANCE_BTCUSDT, Direction.SHORT, "10", "0.1", "70000");
        BigDecimal okx = liquidation(ContractPresets.OKX_BTC_USDT_SWAP, Direction.SHORT, "10", "0.1", "70000");

        assertThat(binance).isLessThan(dec("76720"));
        assertThat(okx).isLessThan(binance);
    }

    @Test
    void bybitChargesTheTierOfTheNotionalAtEntryWithItsDeduction() {
        // 50 BTC at 70,000 = 3.5 M: Bybit tier up to 3.8 M, MMR 0.67 %, deduction 4,300 (worked out from the table).
        // MM = 3,500,000 × 0.0067 − 4,300 = 19,150; IM at 20× = 175,000; LP = 70,000 − (175,000 − 19,150) / 50.
        assertThat(ContractPresets.BYBIT_BTCUSDT.tiers().tierFor(dec("3500000")).orElseThrow().maintenanceAmount())
                .isEqualByComparingTo("4300");
        assertThat(liquidation(ContractPresets.BYBIT_BTCUSDT, Direction.LONG, "20", "50", "70000"))
                .isEqualByComparingTo("66883");
    }

    @Test
    void maintenanceAmountsFollowThePublishedRule() {
        // Binance's BTCUSDT amounts as published: 0, 50, 1,300, 16,300, 266,300, 1,266,300 …
        List<BigDecimal> amounts = ContractPresets.BINANCE_BTCUSDT.tiers().tiers().stream()
                .map(MarginTier::maintenanceAmount).toList();

        assertThat(amounts.subList(0, 6)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("0"), dec("50"), dec("1300"), dec("16300"), dec("266300"), dec("1266300"));
    }

    @Test
    void cmeAndNoneHaveNoLiquidationPrice() {
        assertThat(Liquidation.estimate(ContractPresets.CME_MICRO_BITCOIN, Direction.LONG, BigDecimal.ONE,
                BigDecimal.ONE, dec("70000"))).isEmpty();
        assertThat(Liquidation.estimate(flat(LiquidationConvention.NONE, "0.005"), Direction.LONG, BigDecimal.TEN,
                BigDecimal.ONE, dec("70000"))).isEmpty();
    }

    @Test
    void theLabelNamesTheConvention() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BINANCE_BTCUSDT).entry(EntryLeg.limit("70000"))
                .stop("69300").leverage("10").build();
        SizingResult sizing = PositionSizer.size(setup, RiskPolicy.defaults(), AccountSnapshot.of("Main", "5000", "0"));

        assertThat(LiquidationText.of(sizing)).isEqualTo("≈ 63,253.1 (Binance formula)");
    }
}
