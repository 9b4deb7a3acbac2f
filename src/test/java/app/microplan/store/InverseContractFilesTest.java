package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractKind;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.ContractSpec;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An inverse plan on a bitcoin account survives save and load; files without the new fields keep their meaning. */
class InverseContractFilesTest {
    private static final Path SAMPLES = Path.of("assets", "samples");

    @TempDir
    Path folder;

    @Test
    void anInversePlanOnABitcoinAccountSurvivesSaveAndLoad() throws Exception {
        TradePlan plan = TradePlan.builder().id("inverse").setup(TradeSetup.builder()
                        .contract(ContractPresets.BINANCE_BTCUSD_PERP).direction(Direction.SHORT)
                        .entry(EntryLeg.limit("60000")).stop("61200").leverage("5").build())
                .account(AccountSnapshot.of("Coin", "0.25", "0.001").inCurrency("BTC")).build();
        JournalStore store = JournalStore.open(folder);

        store.savePlan(plan);

        TradePlan loaded = JournalStore.readPlanFile(folder.resolve("plans/inverse.json")).plan();
        assertThat(loaded).isEqualTo(plan);
        assertThat(loaded.setup().contract().isInverse()).isTrue();
        assertThat(loaded.account().equityCurrency()).isEqualTo("BTC");
        assertThat(folder.resolve("plans/inverse.json")).content().contains("\"kind\" : \"INVERSE\"",
                "\"equityCurrency\" : \"BTC\"");
    }

    @Test
    void aPlanFileWrittenBeforeInverseContractsReadsAsLinearInDollars() throws Exception {
        // eth-short.json has neither "kind" in its contract nor "equityCurrency" in its account.
        TradePlan plan = JournalStore.readPlanFile(SAMPLES.resolve("eth-short.json")).plan();

        assertThat(plan.setup().contract().kind()).isEqualTo(ContractKind.LINEAR);
        assertThat(plan.account().equityCurrency()).isEqualTo("USD");
    }

    @Test
    void aContractWithoutItsKindIsLinear() throws Exception {
        String json = Json.MAPPER.writeValueAsString(ContractPresets.BYBIT_BTCUSDT).replaceAll(",\\s*\"kind\" : \"LINEAR\"", "");

        ContractSpec read = Json.MAPPER.readValue(json, ContractSpec.class);

        assertThat(json).doesNotContain("kind");
        assertThat(read).isEqualTo(ContractPresets.BYBIT_BTCUSDT);
        assertThat(read.isInverse()).isFalse();
    }

    @Test
    void aCustomInverseContractKeepsItsDollarValue() throws Exception {
        ContractSpec custom = ContractPresets.BYBIT_BTCUSD.toBuilder().symbol("MY-BTCUSD").contractSize(BigDecimal.TEN)
                .build();

        ContractSpec read = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(custom), ContractSpec.class);

        assertThat(read).isEqualTo(custom);
        assertThat(read.contractValue()).isEqualByComparingTo("10");
        assertThat(read.settlementCurrency()).isEqualTo("BTC");
    }
}
