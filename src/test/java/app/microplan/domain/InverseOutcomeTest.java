package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A closed trade in an inverse contract: P&L and R from its fills, in coin and in dollars. */
class InverseOutcomeTest {

    /**
     * Bybit BTCUSD, 1,000 contracts long at 50,000 (fee 0.00001 BTC), stop 49,000, closed at 55,000 (fee 0.00001
     * BTC). Gross 1,000 × (1/50,000 − 1/55,000) = 0.00181818… BTC; net 0.00179818… BTC, $98.90 at 55,000.
     * Risk taken 1,000 × (1/49,000 − 1/50,000) + 0.00001 + 0.055 % × 1,000/49,000 = 0.00042939… BTC.
     */
    private static TradePlan closed(AccountSnapshot account) {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BYBIT_BTCUSD).direction(Direction.LONG)
                .entry(EntryLeg.limit("50000", "1000")).stop("49000").leverage("10").build();
        TradePlan ready = TradePlan.builder().id("inverse").status(PlanStatus.READY).setup(setup).account(account)
                .build();
        TradePlan opened = TradeLifecycle.open(ready, List.of(EntryFill.of("2026-03-02T10:00:00Z", "50000", "1000",
                "0.00001")), Instant.parse("2026-03-02T10:00:00Z"));
        return TradeLifecycle.close(opened, List.of(ExitFill.of("2026-03-03T09:00:00Z", "55000", "1000", "0.00001",
                ExitReason.TARGET)), BigDecimal.ZERO, Instant.parse("2026-03-03T09:00:00Z"));
    }

    @Test
    void aBitcoinAccountsTradeIsMeasuredInBitcoin() {
        TradePlan plan = closed(AccountSnapshot.of("Coin", "0.1", "0").inCurrency("BTC"));
        TradeOutcome outcome = TradeOutcome.of(plan).orElseThrow();

        assertThat(outcome.quoteCurrency()).isEqualTo("BTC");
        assertThat(outcome.grossPnl().setScale(8, RoundingMode.HALF_UP)).isEqualByComparingTo("0.00181818");
        assertThat(outcome.realizedPnl().setScale(8, RoundingMode.HALF_UP)).isEqualByComparingTo("0.00179818");
        assertThat(outcome.riskTaken()).isEqualByComparingTo("0.00042939");
        assertThat(outcome.rMultiple().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("4.19");
        assertThat(TradeOutcome.realizedPnlOf(plan)).isEqualByComparingTo(outcome.realizedPnl());
        assertThat(InverseFills.realizedUsd(plan.setup(), plan.execution()).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("98.90");
    }

    @Test
    void aDollarAccountsTradeIsConvertedAtTheExitAndItsRiskAtTheStop() {
        TradePlan plan = closed(AccountSnapshot.of("Main", "5000", "0"));
        TradeOutcome outcome = TradeOutcome.of(plan).orElseThrow();

        assertThat(outcome.quoteCurrency()).isEqualTo("USD");
        assertThat(outcome.realizedPnl().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("98.90");
        // 1,000 × (1/49,000 − 1/50,000) × 49,000 = $20, + 0.00001 × 49,000 = $0.49, + 0.055 % of $1,000 = $0.55
        assertThat(outcome.riskTaken()).isEqualByComparingTo("21.04");
        assertThat(outcome.rMultiple().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("4.70");
    }

    @Test
    void theReviewReadsPnlAndRInTheCoinAndInDollars() {
        InverseFills.Both both = InverseFills.both(closed(AccountSnapshot.of("Coin", "0.1", "0").inCurrency("BTC")))
                .orElseThrow();

        assertThat(both.coin()).isEqualTo("BTC");
        assertThat(both.realizedCoin().setScale(8, RoundingMode.HALF_UP)).isEqualByComparingTo("0.00179818");
        assertThat(both.realizedUsd().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("98.90");
        // the coin R divides by the risk in coin; the dollar R by the same risk at the stop price ($21.04)
        assertThat(both.rCoin().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("4.19");
        assertThat(both.rUsd().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("4.70");
        assertThat(InverseFills.both(TradePlan.builder().id("linear").build())).isEmpty();
    }
}
