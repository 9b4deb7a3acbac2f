package app.microplan.ui.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.PositionSizer;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.Target;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.InverseFigures;
import app.microplan.domain.Money;
import app.microplan.domain.SizingResult;
import app.microplan.ui.common.Messages;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PositionFiguresTest {
    private static PositionFigures figures(TradeSetup setup) {
        return figures(setup, "5000");
    }

    private static PositionFigures figures(TradeSetup setup, String equity) {
        return PositionFigures.of(PositionSizer.size(setup, RiskPolicy.defaults(), AccountSnapshot.of("Main", equity, "0")),
                setup.contract(), setup.leverage());
    }

    private static TradeSetup example1() {
        return TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("10").target(Target.of("72100", "1")).build();
    }

    @Test
    void example1ReadsAsTheSourceMaterialSaysIt() {
        PositionFigures f = figures(example1());

        assertThat(f.size()).isEqualTo("7 contracts");
        assertThat(f.largestSize()).isEqualTo("7 contracts (both caps)");
        assertThat(f.riskAmount()).isEqualTo("$49.00");
        assertThat(f.riskPercent()).isEqualTo("0.98 % of equity");
        assertThat(f.notional()).isEqualTo("$4,900.00");
        assertThat(f.margin()).isEqualTo("$490.00 at 10×");
        assertThat(f.liquidation()).isEqualTo("≈ 63,350 (Bybit formula)");
        assertThat(f.fees()).isEqualTo("$0.00 (in $0.00, out at the stop $0.00)");
        assertThat(f.tickValue()).isEqualTo("$0.001 per contract");
        assertThat(f.rewardRisk()).isEqualTo("3.00 : 1");
    }

    @Test
    void oneContractIsSingular() {
        assertThat(figures(example1().toBuilder().contracts(BigDecimal.ONE).build()).size()).isEqualTo("1 contract");
    }

    @Test
    void anIncompleteSetupShowsDashesAndSaysWhatIsMissing() {
        PositionFigures f = figures(example1().toBuilder().stop((BigDecimal) null).build());

        assertThat(f.riskAmount()).isEqualTo("—");
        assertThat(f.explanation()).isEqualTo("Enter a stop price to size the position.");
    }

    @Test
    void fundingPaidByALongIsShownWithItsIntervals() {
        TradeSetup held = example1().toBuilder().fundingRate(new BigDecimal("0.0001")).holdingHours(new BigDecimal("24"))
                .contracts(new BigDecimal("7")).build();

        assertThat(figures(held).funding()).isEqualTo("$1.47 paid · 3 intervals");
    }

    @Test
    void theLiquidationSaysWhoseFormulaAndTheFeesBothSides() {
        TradeSetup binance = TradeSetup.builder().contract(ContractPresets.BINANCE_BTCUSDT).entry(EntryLeg.limit("70000"))
                .stop("69300").leverage("10").contracts(new BigDecimal("0.07")).build();
        PositionFigures f = figures(binance);

        assertThat(f.liquidation()).isEqualTo("≈ 63,253.1 (Binance formula)");
        // maker 0.02 % of 4,900 = 0.98 in; taker 0.05 % of 4,851 = 2.43 out (2.4255 rounded up)
        assertThat(f.fees()).isEqualTo("3.41 USDT (in 0.98 USDT, out at the stop 2.43 USDT)");
    }

    @Test
    void aCmeFutureShowsDollarMarginAndNoLiquidation() {
        TradeSetup mbt = TradeSetup.builder().contract(ContractPresets.CME_MICRO_BITCOIN).entry(EntryLeg.limit("70000"))
                .stop("66500").target(Target.of("77000", "1")).build();
        PositionFigures f = figures(mbt, "100000");

        assertThat(f.margin()).isEqualTo("$5,600.00 ($2,800.00 a contract)");
        assertThat(f.liquidation()).isEqualTo("none (CME futures have no liquidation price)");
        assertThat(f.fees()).isEqualTo("$10.00 (in $5.00, out at the stop $5.00)");
    }

    @Test
    void anAverageEntryOfTwoLegsReadsWithTheTicksDecimals() {
        TradeSetup scaled = TradeSetup.builder().feesOff().contract(ContractPresets.ETH_MICRO_001)
                .direction(Direction.LONG).entry(EntryLeg.limit("3237.50", "3")).entry(EntryLeg.limit("3237.61", "4"))
                .stop("3200").leverage("10").build();

        PositionFigures f = figures(scaled, "50000");

        // 22,662.94 / 7 = 3,237.5628571…: kept whole in the sizing, shown to the 0.01 tick.
        assertThat(PositionSizer.size(scaled, RiskPolicy.defaults(), AccountSnapshot.of("Main", "50000", "0"))
                .averageEntry().scale()).isGreaterThan(2);
        assertThat(f.averageEntry()).isEqualTo("3,237.56");
    }

    @Test
    void anInversePositionsCoinAndDollarFiguresFollowTheWindowsNumberFormat() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BYBIT_BTCUSD).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("5").build();
        AccountSnapshot coin = new AccountSnapshot("Coin", new BigDecimal("0.5"), BigDecimal.ZERO).inCurrency("BTC");
        SizingResult sizing = PositionSizer.size(setup, RiskPolicy.defaults(), coin);
        InverseFigures inverse = InverseFigures.of(setup, RiskPolicy.defaults(), sizing).orElseThrow();
        try {
            Messages.use(Messages.forLanguage(null));
            PositionFigures english = PositionFigures.of(sizing, setup.contract(), setup.leverage())
                    .withInverse(inverse, "BTC");
            // English exactly as the command line's Money writes it
            assertThat(english.riskAmount()).isEqualTo(Money.format(inverse.riskCoin(), "BTC") + " ("
                    + Money.format(inverse.riskUsd(), "USD") + " at the stop)");
            assertThat(english.notional()).contains("$").contains(" USD a contract");

            Messages.use(Messages.forLanguage("de"));
            PositionFigures german = PositionFigures.of(sizing, setup.contract(), setup.leverage())
                    .withInverse(inverse, "BTC");
            assertThat(german.riskAmount()).matches("0,\\d{8} BTC \\(\\d+,\\d\\d \\$ am Stopp\\)");
            assertThat(german.notional()).matches("0,\\d{8} BTC = [\\d.]+,\\d\\d \\$ \\(1 USD je Kontrakt\\)");
        } finally {
            Messages.use(Messages.forLanguage(null));
        }
    }
}
