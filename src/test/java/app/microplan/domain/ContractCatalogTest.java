package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractCatalogTest {
    private static final ContractSpec SOL = new ContractSpec("SOL-MICRO", "SOL micro perpetual (1 SOL)", "SOL",
            BigDecimal.ONE, new BigDecimal("0.001"), BigDecimal.ONE, BigDecimal.ONE, "USDT", new BigDecimal("50"),
            new BigDecimal("0.01"), new BigDecimal("0.0002"), new BigDecimal("0.00055"), 8);

    @Test
    void withoutOwnContractsThePresetsAreTheCatalog() {
        assertThat(new ContractCatalog(List.of()).all()).isEqualTo(ContractPresets.ALL);
    }

    @Test
    void anOwnSpecWithAPresetsSymbolReplacesItInPlace() {
        ContractSpec venue = ContractPresets.ETH_MICRO_001.withMaintenanceMarginRate(new BigDecimal("0.004"));

        List<ContractSpec> all = new ContractCatalog(List.of(venue)).all();

        assertThat(all).hasSameSizeAs(ContractPresets.ALL);
        assertThat(all.get(ContractPresets.ALL.indexOf(ContractPresets.ETH_MICRO_001))).isEqualTo(venue);
    }

    @Test
    void otherOwnSpecsFollowThePresetsAndTheLastOfASymbolWins() {
        ContractSpec cheaper = SOL.withMaintenanceMarginRate(new BigDecimal("0.005"));

        List<ContractSpec> all = new ContractCatalog(List.of(SOL, cheaper)).all();

        assertThat(all).hasSize(ContractPresets.ALL.size() + 1).endsWith(cheaper);
        assertThat(new ContractCatalog(List.of(SOL)).bySymbol("sol-micro")).contains(SOL);
    }
}
