package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryFill;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.Target;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeReview;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCsvExportTest {

    /** Long 0.01 BTC micro at 70,000 × 7, stop 69,300 (risk 49.00); out at 72,100 with 0.35 + 0.36 fees. */
    private static TradePlan reviewed() {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000", "7")).stop("69300").target(Target.of("72100", "1")).leverage("10").build();
        TradePlan ready = TradePlan.builder().id("p1").createdAt(Instant.parse("2026-03-01T08:00:00Z"))
                .status(PlanStatus.READY).setup(setup).account(AccountSnapshot.of("Main", "5000", "0"))
                .tags(List.of("breakout", "btc"))
                .written(new WrittenPlan("Breakout, then retest", "", "", "", "")).build();
        TradePlan closed = TradeLifecycle.recordFills(ready,
                List.of(EntryFill.of("2026-03-02T10:00:00Z", "70000", "7", "0.35")),
                List.of(ExitFill.of("2026-03-02T16:30:00Z", "72100", "7", "0.36", ExitReason.TARGET)),
                Instant.parse("2026-03-02T16:30:00Z"));
        return TradeLifecycle.review(closed, new TradeReview("All", "Moved stop, \"once\"", "Trust the plan", 4,
                List.of("calm", "greedy"), List.of()), Instant.parse("2026-03-03T08:00:00Z"));
    }

    @Test
    @DisplayName("one row per plan, figures rounded for people, text with commas and quotes quoted")
    void exportsRows() {
        TradePlan draft = TradePlan.builder().id("d1").createdAt(Instant.parse("2026-03-04T08:00:00Z")).build();

        String csv = JournalCsvExport.csv(JournalEntry.ofAll(List.of(reviewed(), draft)));
        List<String> lines = csv.lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(String.join(",", JournalCsvExport.COLUMNS));
        // P&L (72,100 − 70,000) × 7 × 0.01 = 147.00 − 0.71 fees = 146.29; risk taken 7 × 700 × 0.01 + 0.35 entry
        // fee = 49.35: R = 146.29 / 49.35 = 2.964… → 2.96; planned R = 146.29 / 49.00 = 2.985… → 2.99
        assertThat(lines.get(1)).isEqualTo("p1,REVIEWED,false,BTC-MICRO-0.01,LONG,breakout; btc,2026-03-01T08:00:00Z,"
                + "2026-03-02T10:00:00Z,2026-03-02T16:30:00Z,7,70000,72100,49.00,146.29,2.96,49.35,2.99,0.71,0.00,6.50,"
                + "true,4,calm; greedy,\"Breakout, then retest\",\"Moved stop, \"\"once\"\"\",Trust the plan");
        assertThat(lines.get(2)).startsWith("d1,DRAFT,false,BTC-MICRO-0.01,LONG,,2026-03-04T08:00:00Z,,,,,,,,,,,,,,,");
    }

    @Test
    @DisplayName("cells a spreadsheet would run as a formula get a leading ' ; plain negative numbers stay numbers")
    void formulaInjectionIsNeutralised() {
        TradePlan losing = reviewed().toBuilder().id("p2").tags(List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)"))
                .written(new WrittenPlan("+1 runs a formula", "", "", "", ""))
                .review(new TradeReview("-2+3", "\t=cmd", "\r=cmd", 4, List.of(), List.of())).build();

        List<List<String>> rows = parse(JournalCsvExport.csv(JournalEntry.ofAll(List.of(losing))));
        List<String> row = rows.get(1);

        assertThat(row.get(JournalCsvExport.COLUMNS.indexOf("tags"))).isEqualTo("'=HYPERLINK(\"http://x\",\"y\"); @SUM(A1)");
        assertThat(row.get(JournalCsvExport.COLUMNS.indexOf("thesis"))).isEqualTo("'+1 runs a formula");
        assertThat(row.get(JournalCsvExport.COLUMNS.indexOf("mistakes"))).isEqualTo("'\t=cmd");
        assertThat(row.get(JournalCsvExport.COLUMNS.indexOf("lessons"))).isEqualTo("'\r=cmd");
        assertThat(JournalCsvExport.safe("-12.50")).isEqualTo("-12.50");
        assertThat(JournalCsvExport.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(JournalCsvExport.safe("@")).isEqualTo("'@");
        assertThat(JournalCsvExport.safe("Breakout")).isEqualTo("Breakout");
    }

    private static List<List<String>> parse(String csv) {
        try {
            Path file = java.nio.file.Files.createTempFile("export", ".csv");
            java.nio.file.Files.writeString(file, csv);
            return CsvFiles.read(file, ',', 10);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the export file reads back through the same CSV reader as the import")
    void writesFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("journal.csv");
        JournalCsvExport.write(JournalEntry.ofAll(List.of(reviewed())), file);

        List<List<String>> rows = CsvFiles.read(file, ',', 10);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(JournalCsvExport.COLUMNS.indexOf("mistakes"))).isEqualTo("Moved stop, \"once\"");
    }
}
