package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Account;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.LiquidationConvention;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan, contract and settings files with and without the exchange terms: new fields are optional, old files load. */
class ExchangeTermsFilesTest {
    private static final Path SAMPLES = Path.of("assets", "samples");

    @TempDir
    Path folder;

    @Test
    void aPlanFileOfTheFirstReleaseLoadsWithTheOldMeaning() throws Exception {
        // eth-short.json was written before fee schedules, tiers and conventions existed.
        TradePlan plan = JournalStore.readPlanFile(SAMPLES.resolve("eth-short.json")).plan();

        assertThat(plan.setup().entryFeeRate()).as("the trader's own rate, as saved").isEqualByComparingTo("0.0005");
        assertThat(plan.setup().contract().marginTiers()).isNull();
        assertThat(plan.setup().contract().liquidationConvention()).isEqualTo(LiquidationConvention.BYBIT);
        assertThat(plan.setup().contract().tiers().tiers()).hasSize(1);
        assertThat(plan.policy().liquidationBuffer()).isEqualByComparingTo("1.5");
        assertThat(plan.policy().fundingInRisk()).isFalse();
    }

    @Test
    void aPlanWithoutFeeFieldsPaysThePresetAndAnExplicitZeroStaysZero() throws Exception {
        String text = Files.readString(SAMPLES.resolve("eth-short.json"));
        Path presetFees = Files.writeString(folder.resolve("preset-fees.json"), text
                .replaceAll("\\s*\"entryFeeRate\" : [^,]*,", "").replaceAll("\\s*\"exitFeeRate\" : [^,]*,", ""));

        Path zeroFees = Files.writeString(folder.resolve("zero-fees.json"), text
                .replaceAll("\"entryFeeRate\" : [^,]*,", "\"entryFeeRate\" : 0,")
                .replaceAll("\"exitFeeRate\" : [^,]*,", "\"exitFeeRate\" : 0,"));

        TradeSetup withoutFields = JournalStore.readPlanFile(presetFees).plan().setup();
        TradeSetup explicitZero = JournalStore.readPlanFile(zeroFees).plan().setup();

        assertThat(withoutFields.entryFeeRate()).isNull();
        assertThat(withoutFields.exitFeeRate()).isNull();
        assertThat(explicitZero.entryFeeRate()).isEqualByComparingTo("0");
        assertThat(explicitZero.exitFeeRate()).isEqualByComparingTo("0");
    }

    @Test
    void exchangeTermsSurviveSaveAndLoad() throws Exception {
        TradePlan plan = TradePlan.builder().id("binance").setup(TradeSetup.builder()
                        .contract(ContractPresets.BINANCE_BTCUSDT.toBuilder().fundingIntervalHours(4).build())
                        .entryFeeRate(new BigDecimal("0.0004")).build())
                .policy(RiskPolicy.defaults().withLiquidationBuffer(new BigDecimal("2")).withFundingInRisk(false)).build();
        TradePlan cme = TradePlan.builder().id("cme").setup(TradeSetup.builder()
                .contract(ContractPresets.bySymbol("MBTZ5").orElseThrow()).build()).build();
        JournalStore store = JournalStore.open(folder);

        store.savePlan(plan);
        store.savePlan(cme);

        assertThat(JournalStore.readPlanFile(folder.resolve("plans/binance.json")).plan()).isEqualTo(plan);
        assertThat(JournalStore.readPlanFile(folder.resolve("plans/cme.json")).plan()).isEqualTo(cme);
        assertThat(folder.resolve("plans/binance.json")).content().contains("\"marginTiers\" : [ {",
                "\"liquidationConvention\" : \"BINANCE\"", "\"liquidationBuffer\" : 2");
    }

    @Test
    void theFirstReleasesDefaultFeesBecomeTheAccountsOwnRatesWhenTheTraderHadSetThem() {
        Settings typed = new Settings(List.of(new Account("Main", new BigDecimal("5000")),
                new Account("VIP", new BigDecimal("9000"), new BigDecimal("0.0001"), new BigDecimal("0.0003"))), null,
                null, null, new BigDecimal("0.0002"), new BigDecimal("0.0004"), null, null, null, null);
        Settings untouched = new Settings(null, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null,
                null);

        assertThat(typed.account("Main").makerFeeRate()).isEqualByComparingTo("0.0002");
        assertThat(typed.account("Main").takerFeeRate()).isEqualByComparingTo("0.0004");
        assertThat(typed.account("VIP").takerFeeRate()).isEqualByComparingTo("0.0003");
        assertThat(typed.entryFeeRate()).isNull();
        assertThat(untouched.account("Main").hasOwnFeeRates()).isFalse();
        assertThat(untouched.policy().fundingInRisk()).isTrue();
    }

    @Test
    void anAccountsOwnRatesPriceAPerpetualButNotACmeFuture() {
        Account vip = new Account("VIP", new BigDecimal("9000"), null, new BigDecimal("0.0003"));

        assertThat(vip.feesOn(ContractPresets.BYBIT_BTCUSDT).takerFeeRate()).isEqualByComparingTo("0.0003");
        assertThat(vip.feesOn(ContractPresets.BYBIT_BTCUSDT).makerFeeRate()).isEqualByComparingTo("0.0002");
        assertThat(vip.feesOn(ContractPresets.CME_MICRO_BITCOIN)).isEqualTo(ContractPresets.CME_MICRO_BITCOIN);
    }
}
