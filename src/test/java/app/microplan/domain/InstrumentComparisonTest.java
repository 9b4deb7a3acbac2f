package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same long at 70,000 on every BTC preset: which costs least per unit of notional, and what each holds. */
class InstrumentComparisonTest {
    private static final AccountSnapshot ACCOUNT = AccountSnapshot.of("Main", "5000", "0");

    private static TradeSetup planAtFivePointFees() {
        return TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001).entry(EntryLeg.limit("70000"))
                .stop("69300").leverage("10").entryFeeRate(new BigDecimal("0.0005"))
                .exitFeeRate(new BigDecimal("0.0005")).fundingRate(new BigDecimal("0.0001"))
                .holdingHours(new BigDecimal("24")).build();
    }

    private static InstrumentComparison.Row row(List<InstrumentComparison.Row> rows, ContractSpec contract) {
        return rows.stream().filter(r -> r.contract().isSameContractAs(contract)).findFirst().orElseThrow();
    }

    @Test
    void theVenuesAtMakerInAndTakerOutAreCheapestAndThePlansOwnFeesCostMore() {
        List<InstrumentComparison.Row> rows = InstrumentComparison.compare(planAtFivePointFees(), RiskPolicy.defaults(),
                ACCOUNT);

        assertThat(rows.get(0).planContract()).isTrue();
        assertThat(rows).extracting(r -> r.contract().symbol()).contains("BTC-MICRO-0.001", "BINANCE-BTCUSDT",
                "BYBIT-BTCUSDT", "OKX-BTC-USDT-SWAP", "MBT").doesNotContain("ETH-MICRO-0.01");
        // maker 0.02 % in + taker 0.05 % × 69,300/70,000 out + 3 fundings of 0.01 % = 0.0995 % of the notional
        InstrumentComparison.Row binance = row(rows, ContractPresets.BINANCE_BTCUSDT);
        assertThat(binance.costPerUnit()).isEqualByComparingTo("0.000995");
        assertThat(row(rows, ContractPresets.OKX_BTC_USDT_SWAP).costPerUnit()).isEqualByComparingTo("0.000995");
        // Deribit's inverse perpetual: maker 0 % in, taker 0.05 % of the dollar value out, funding 0.03 %: cheapest
        InstrumentComparison.Row deribit = row(rows, ContractPresets.DERIBIT_BTC_PERPETUAL);
        assertThat(deribit.costPerUnit()).isEqualByComparingTo("0.0008");
        assertThat(deribit.cheapest()).isTrue();
        assertThat(binance.cheapest()).isFalse();
        // 0.05 % in, 0.05 % out at the stop, funding: 0.1295 %
        assertThat(rows.get(0).costPerUnit()).isEqualByComparingTo("0.001295");
        assertThat(rows.get(0).cheapest()).isFalse();
        // Bybit's taker is 0.055 %: 0.0002 + 0.00055 × 0.99 + 0.0003
        assertThat(row(rows, ContractPresets.BYBIT_BTCUSDT).costPerUnit()).isEqualByComparingTo("0.0010445");
        assertThat(rows).filteredOn(InstrumentComparison.Row::cheapest).allSatisfy(r ->
                assertThat(r.costPerUnit()).isEqualByComparingTo("0.0008"));
    }

    @Test
    void anInstrumentTheCapsAllowNoneOfIsShownButNeverCheapest() {
        List<InstrumentComparison.Row> rows = InstrumentComparison.compare(planAtFivePointFees(), RiskPolicy.defaults(),
                ACCOUNT);

        // CME Micro Bitcoin: $2,800 margin a contract is more than 10 % of $5,000; no funding on a dated future
        InstrumentComparison.Row cme = row(rows, ContractPresets.CME_MICRO_BITCOIN);
        assertThat(cme.sizing().contracts()).isZero();
        assertThat(cme.costPerUnit()).isNull();
        assertThat(cme.cheapest()).isFalse();
        assertThat(row(rows, ContractPresets.BTC_STANDARD).sizing().contracts()).isZero();
    }

    @Test
    void nothingToCompareUntilThePlanCanBeSized() {
        TradeSetup noStop = planAtFivePointFees().toBuilder().stop((BigDecimal) null).build();

        assertThat(InstrumentComparison.compare(noStop, RiskPolicy.defaults(), ACCOUNT)).isEmpty();
    }
}
