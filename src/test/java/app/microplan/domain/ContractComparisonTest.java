package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractComparisonTest {
    private static final AccountSnapshot ACCOUNT = AccountSnapshot.of("Main", "5000", "0");

    private static TradeSetup example1() {
        return TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("10").build();
    }

    private static ContractComparison.Row row(List<ContractComparison.Row> rows, ContractSpec contract) {
        return rows.stream().filter(r -> r.contract().equals(contract)).findFirst().orElseThrow();
    }

    @Test
    void btcCandidatesAreTheUsdBtcContractsSmallestFirst() {
        List<ContractSpec> candidates = ContractComparison.candidatesFor(ContractPresets.BTC_MICRO_001);

        assertThat(candidates).containsExactly(ContractPresets.BTC_MICRO_0001, ContractPresets.BTC_MICRO_001,
                ContractPresets.CME_MICRO_BITCOIN, ContractPresets.BTC_STANDARD);
    }

    @Test
    void example1And2NotionalPerContractFollowTheContractSize() {
        List<ContractComparison.Row> rows = ContractComparison.compare(example1(), RiskPolicy.defaults(), ACCOUNT,
                ContractComparison.candidatesFor(ContractPresets.BTC_MICRO_001));

        assertThat(row(rows, ContractPresets.BTC_MICRO_001).notionalPerContract()).isEqualByComparingTo("700.00");
        assertThat(row(rows, ContractPresets.BTC_MICRO_0001).notionalPerContract()).isEqualByComparingTo("70.00");
        assertThat(row(rows, ContractPresets.BTC_STANDARD).notionalPerContract()).isEqualByComparingTo("70000.00");
    }

    @Test
    void example1MicroAffordsSevenAndExample4StandardAffordsNone() {
        List<ContractComparison.Row> rows = ContractComparison.compare(example1(), RiskPolicy.defaults(), ACCOUNT,
                ContractComparison.candidatesFor(ContractPresets.BTC_MICRO_001));

        ContractComparison.Row micro = row(rows, ContractPresets.BTC_MICRO_001);
        assertThat(micro.riskPerContract()).isEqualByComparingTo("7.00");
        assertThat(micro.largestSize()).isEqualByComparingTo("7");
        ContractComparison.Row standard = row(rows, ContractPresets.BTC_STANDARD);
        assertThat(standard.riskPerContract()).isEqualByComparingTo("700.00");
        assertThat(standard.largestSize()).isEqualByComparingTo("0");
        assertThat(standard.bindingLimit()).isEqualTo(SizeLimit.BOTH);
    }

    @Test
    void smallerMicroAffordsTenTimesAsManyLessRounding() {
        List<ContractComparison.Row> rows = ContractComparison.compare(example1(), RiskPolicy.defaults(), ACCOUNT,
                ContractComparison.candidatesFor(ContractPresets.BTC_MICRO_001));

        // $0.70 a contract: 50 / 0.70 = 71.4 by risk; 10 % of 5,000 × 10 / 70 = 71.4 by margin (strictly under).
        ContractComparison.Row small = row(rows, ContractPresets.BTC_MICRO_0001);
        assertThat(small.riskPerContract()).isEqualByComparingTo("0.70");
        assertThat(small.largestSize()).isEqualByComparingTo("71");
    }

    @Test
    void riskPerTickIsTickTimesContractSize() {
        List<ContractComparison.Row> rows = ContractComparison.compare(example1(), RiskPolicy.defaults(), ACCOUNT,
                ContractComparison.candidatesFor(ContractPresets.BTC_MICRO_001));

        assertThat(row(rows, ContractPresets.CME_MICRO_BITCOIN).tickValue()).isEqualByComparingTo("0.50");
        assertThat(row(rows, ContractPresets.BTC_MICRO_001).tickValue()).isEqualByComparingTo("0.001");
    }

    @Test
    void cmeMicroIsSizedAtItsOwnMaximumLeverage() {
        List<ContractComparison.Row> rows = ContractComparison.compare(example1(), RiskPolicy.defaults(), ACCOUNT,
                List.of(ContractPresets.CME_MICRO_BITCOIN));

        assertThat(rows.get(0).leverage()).isEqualByComparingTo("2.5");
    }

    @Test
    void chosenSizeAndLegSizesDoNotChangeWhatEachContractAffords() {
        TradeSetup sized = example1().toBuilder().contracts(new BigDecimal("10")).build();

        List<ContractComparison.Row> rows = ContractComparison.compare(sized, RiskPolicy.defaults(), ACCOUNT,
                List.of(ContractPresets.BTC_MICRO_001));

        assertThat(rows.get(0).largestSize()).isEqualByComparingTo("7");
    }

    @Test
    void noRowsUntilTheTradeHasAStop() {
        TradeSetup noStop = example1().toBuilder().stop((BigDecimal) null).build();

        assertThat(ContractComparison.compare(noStop, RiskPolicy.defaults(), ACCOUNT,
                ContractComparison.candidatesFor(ContractPresets.BTC_MICRO_001))).isEmpty();
    }

    @Test
    void customContractTakesItsPlaceBySize() {
        ContractSpec custom = ContractPresets.BTC_MICRO_001.withSize(new BigDecimal("0.05"), new BigDecimal("0.1"));

        List<ContractSpec> candidates = ContractComparison.candidatesFor(custom);

        assertThat(candidates).contains(ContractPresets.BTC_MICRO_001).contains(custom);
        assertThat(candidates.indexOf(custom)).isEqualTo(candidates.indexOf(ContractPresets.BTC_MICRO_001) + 1);
    }
}
