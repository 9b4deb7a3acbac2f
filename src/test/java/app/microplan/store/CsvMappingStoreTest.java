package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microplan.domain.QuantityUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMappingStoreTest {
    private static final ExecutionCsvMapping BYBIT = new ExecutionCsvMapping("Bybit", "Trade Time", "Symbol", "Side",
            "Exec Price", "Exec Qty", "Exec Fee", "yyyy-MM-dd HH:mm:ss", "UTC", ",", false, QuantityUnit.COINS);

    @Test
    @DisplayName("a mapping is remembered per source and found again, ignoring case")
    void remembersPerSource(@TempDir Path journal) throws StoreException {
        CsvMappingStore store = CsvMappingStore.in(journal);
        store.remember(BYBIT);
        store.remember(ExecutionCsvMapping.standard("Broker"));

        assertThat(CsvMappingStore.in(journal).find("bybit")).contains(BYBIT);
        assertThat(store.all()).extracting(ExecutionCsvMapping::source).containsExactly("Broker", "Bybit");
        assertThat(store.find("Kraken")).isEmpty();
    }

    @Test
    @DisplayName("remembering a source again replaces its mapping; the file carries schemaVersion")
    void replaces(@TempDir Path journal) throws Exception {
        CsvMappingStore store = CsvMappingStore.in(journal);
        store.remember(BYBIT);
        ExecutionCsvMapping changed = new ExecutionCsvMapping("BYBIT", "Time", "Symbol", "Side", "Price", "Qty", null,
                "ISO", "UTC", ",", false, QuantityUnit.CONTRACTS);
        store.remember(changed);

        assertThat(store.all()).containsExactly(changed);
        String json = Files.readString(journal.resolve("csv-mappings.json"));
        assertThat(json).contains("\"schemaVersion\" : 1", "\"timeColumn\" : \"Time\"");
        assertThat(Files.exists(journal.resolve("csv-mappings.json.bak"))).isTrue();
    }

    @Test
    @DisplayName("a damaged file is reported by name, and no mapping is lost by overwriting it")
    void damagedFile(@TempDir Path journal) throws Exception {
        Files.writeString(journal.resolve("csv-mappings.json"), "{ not json");
        CsvMappingStore store = CsvMappingStore.in(journal);

        assertThatThrownBy(store::all).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("csv-mappings.json cannot be read");
        assertThatThrownBy(() -> store.remember(BYBIT)).isInstanceOf(StoreException.class);
        assertThat(Files.readString(journal.resolve("csv-mappings.json"))).isEqualTo("{ not json");
    }

    @Test
    @DisplayName("a file from a newer Microplan is read but not overwritten")
    void newerFile(@TempDir Path journal) throws Exception {
        CsvMappingStore store = CsvMappingStore.in(journal);
        store.remember(BYBIT);
        Path file = journal.resolve("csv-mappings.json");
        Files.writeString(file, Files.readString(file).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));

        assertThat(store.find("Bybit")).contains(BYBIT);
        assertThatThrownBy(() -> store.remember(ExecutionCsvMapping.standard("Other")))
                .hasMessageContaining("newer Microplan");
    }
}
