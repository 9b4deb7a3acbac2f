package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.Account;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.ContractSpec;
import app.microplan.domain.RiskPolicy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.json and contracts.json: exact round trips, schemaVersion first, newer files never overwritten. */
class SettingsAndContractsTest {
    @TempDir
    Path journal;

    @Test
    void settingsSurviveSaveAndLoadExactly() throws Exception {
        Settings settings = new Settings(List.of(new Account("Bybit", new BigDecimal("5000.00")),
                new Account("CME", new BigDecimal("12500"))), "CME",
                RiskPolicy.defaults().withRiskCap(new BigDecimal("0.0075")), new BigDecimal("5"),
                new BigDecimal("0.0002"), new BigDecimal("0.00055"), List.of("Stop placed", "Size matches"),
                "/home/trader/Sync/journal", "dark", "/home/trader/Documents");

        JournalStore.open(journal).saveSettings(settings);

        assertThat(JournalStore.open(journal).loadSettings()).isEqualTo(settings);
        assertThat(journal.resolve("settings.json")).content().startsWith("{\n  \"schemaVersion\" : 1,\n  \"accounts\"");
    }

    @Test
    void noSettingsFileMeansTheDefaults() throws Exception {
        assertThat(JournalStore.open(journal).loadSettings()).isEqualTo(Settings.defaults());
    }

    @Test
    void unreadableSettingsNameTheFileAndAreNotOverwritten() throws Exception {
        Path file = Files.writeString(journal.resolve("settings.json"), "{ \"theme\" : ");
        JournalStore store = JournalStore.open(journal);

        assertThatThrownBy(store::loadSettings).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("settings.json: the file ends in the middle of the data");
        assertThatThrownBy(() -> store.saveSettings(Settings.defaults())).isInstanceOf(SaveConflictException.class);
        assertThat(file).hasContent("{ \"theme\" : ");
    }

    @Test
    void settingsFromANewerVersionAreReadButNotOverwritten() throws Exception {
        String newer = "{ \"schemaVersion\" : 3, \"theme\" : \"dark\", \"layout\" : \"wide\" }";
        Path file = Files.writeString(journal.resolve("settings.json"), newer);
        JournalStore store = JournalStore.open(journal);

        assertThat(store.loadSettings().theme()).isEqualTo("dark");
        assertThatThrownBy(() -> store.saveSettings(Settings.defaults()))
                .hasMessageContaining("settings.json was written by a newer Microplan (schema 3");
        assertThat(file).hasContent(newer);
    }

    @Test
    void theTradersOwnContractsSurviveSaveAndLoad() throws Exception {
        ContractSpec venueMicro = ContractPresets.BTC_MICRO_001.withMaintenanceMarginRate(new BigDecimal("0.0040"));
        ContractSpec solMicro = new ContractSpec("SOL-MICRO", "SOL micro perpetual (1 SOL)", "SOL", BigDecimal.ONE,
                new BigDecimal("0.001"), BigDecimal.ONE, BigDecimal.ONE, "USDT", new BigDecimal("50"),
                new BigDecimal("0.01"), new BigDecimal("0.0002"), new BigDecimal("0.00055"), 8);

        JournalStore.open(journal).saveContracts(List.of(venueMicro, solMicro));

        assertThat(JournalStore.open(journal).loadContracts()).containsExactly(venueMicro, solMicro);
        assertThat(journal.resolve("contracts.json")).content()
                .startsWith("{\n  \"schemaVersion\" : 1,\n  \"contracts\" : [ {")
                .doesNotContain(ContractPresets.CME_MICRO_BITCOIN.name());
    }

    @Test
    void noContractsFileMeansNoOwnContracts() throws Exception {
        assertThat(JournalStore.open(journal).loadContracts()).isEmpty();
    }
}
