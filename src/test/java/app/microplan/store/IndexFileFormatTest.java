package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Direction;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** The summary index's bytes give back every row exactly: each text, time, status, side and risk fraction. */
class IndexFileFormatTest {
    private Path file;

    @BeforeProperty
    void createFile() throws IOException {
        file = Files.createTempFile("microplan-index", ".bin");
    }

    @AfterProperty
    void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Provide
    Arbitrary<List<TradePlan>> plans() {
        return PlanArbitraries.plans().list().ofMinSize(1).ofMaxSize(6).uniqueElements(TradePlan::id);
    }

    @Property(tries = 150)
    void everyPlansSummaryReadsBackEqual(@ForAll("plans") List<TradePlan> plans) throws IOException {
        List<JournalIndex.Row> rows = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            TradePlan plan = plans.get(i);
            rows.add(new JournalIndex.Row(plan.id() + ".json", 100L * i, 1_700_000_000_123_456_789L + i,
                    i % 2 == 0 ? 0xfe00 * 31 + i : 0, PlanSummary.of(plan, i % 3 == 0)));
        }

        List<JournalIndex.Row> read = writtenAndRead(rows);

        assertThat(read).isEqualTo(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(read.get(i).summary().searchText().text()).isEqualTo(rows.get(i).summary().searchText().text());
        }
    }

    @Example
    void riskFractionsOfEveryFormAndTextsOfEveryScript() throws IOException {
        List<JournalIndex.Row> rows = List.of(
                row("a", null, "", ""),
                row("b", new BigDecimal("0.008788113906"), "ölpreis – short über 100 € 📉", "Öl · Short"),
                row("c", new BigDecimal("123456789012345678901234567890.000000000001"), "wide", "Wide"),
                row("d", new BigDecimal("1E+3"), "a negative scale", "Scaled"),
                row("e", new BigDecimal("-0.0100"), "", "Trailing zeros kept"));

        List<JournalIndex.Row> read = writtenAndRead(rows);

        assertThat(read).isEqualTo(rows);
        assertThat(read).extracting(r -> r.summary().riskFraction())
                .containsExactly(null, new BigDecimal("0.008788113906"),
                        new BigDecimal("123456789012345678901234567890.000000000001"), new BigDecimal("1E+3"),
                        new BigDecimal("-0.0100"));
        assertThat(read.get(1).summary().searchText().text()).isEqualTo("ölpreis – short über 100 € 📉");
    }

    private static JournalIndex.Row row(String id, BigDecimal risk, String searchText, String title) {
        return new JournalIndex.Row(id + ".json", 10, 20, 0, new PlanSummary(id, Instant.parse("2026-03-02T09:30:00.5Z"),
                PlanStatus.READY, "BTC-MICRO", Direction.SHORT, risk, "", SearchText.of(searchText), false, false,
                title));
    }

    private List<JournalIndex.Row> writtenAndRead(List<JournalIndex.Row> rows) throws IOException {
        Files.write(file, IndexFileFormat.bytes(rows));
        return IndexFileFormat.read(file);
    }
}
