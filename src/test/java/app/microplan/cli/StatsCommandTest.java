package app.microplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `microplan stats` on the sample journal. The expected figures are those of SampleJournalStatisticsTest's
 * independently worked-out table, rounded as the command prints them.
 */
class StatsCommandTest {
    private static final String SAMPLE = "assets/samples/journal";

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(out);
        }
    }

    private static Run stats(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("stats"));
        all.addAll(List.of(args));
        int code = MicroplanCommand.execute(all.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    @DisplayName("the table: counts, rates, money in dollars, by setup and by tag")
    void table() {
        Run run = stats("--journal", SAMPLE, "--zone", "UTC");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("(40 plans, 36 closed trades)", "36: 16 wins, 20 losses, 0 breakeven")
                .contains("Win rate        44.44 %", "Average win     $81.86  (1.73 R)")
                .contains("Expectancy      $10.98 a trade  (0.24 R", "Profit factor   1.43")
                .contains("Net P&L         $395.18", "Max drawdown    $387.97  (7.56 % of all accounts' $5,000.00)",
                        "Followed plan   66.67 %", "Had a plan      100.00 %", "Breakeven       |R| below 0.05 R")
                .contains("By setup", "By tag");
        assertThat(run.out().lines().filter(l -> l.startsWith("news ")).findFirst().orElseThrow())
                .contains("9", "55.56 %", "$241.57");
    }

    @Test
    @DisplayName("--json: one object, camelCase fields, money to the cent, percentages as numbers")
    void json() throws Exception {
        Run run = stats("--journal", SAMPLE, "--json");
        JsonNode root = run.json();

        assertThat(run.exitCode()).isZero();
        assertThat(root.get("plans").asInt()).isEqualTo(40);
        assertThat(root.get("trades").asInt()).isEqualTo(36);
        assertThat(root.get("wins").asInt()).isEqualTo(16);
        assertThat(root.get("winRatePercent").decimalValue()).isEqualByComparingTo("44.44");
        assertThat(root.get("averageLoss").decimalValue()).isEqualByComparingTo("-45.73");
        assertThat(root.get("expectancy").decimalValue()).isEqualByComparingTo("10.98");
        // R on the risk each trade took (SampleJournalStatisticsTest: 0.244948…)
        assertThat(root.get("expectancyR").decimalValue()).isEqualByComparingTo("0.24");
        assertThat(root.get("averageR").decimalValue()).isEqualByComparingTo("0.24");
        assertThat(root.get("profitFactor").decimalValue()).isEqualByComparingTo("1.43");
        assertThat(root.get("netPnl").decimalValue()).isEqualByComparingTo("395.18");
        assertThat(root.get("fundingPaid").decimalValue()).isEqualByComparingTo("4.83");
        assertThat(root.get("maxDrawdown").decimalValue()).isEqualByComparingTo("387.97");
        assertThat(root.get("maxDrawdownPercent").decimalValue()).isEqualByComparingTo("7.56");
        assertThat(root.get("averageRiskPercent").decimalValue()).isEqualByComparingTo("0.94");
        assertThat(root.get("followedPlanPercent").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(root.get("bySetup").get(0).get("setup").asText()).isEqualTo("breakout");
        assertThat(root.get("bySetup").get(0).get("netPnl").decimalValue()).isEqualByComparingTo("79.11");
        assertThat(root.get("byTag")).hasSize(9);
        assertThat(root.get("byAccount").get(0).get("account").asText()).isEqualTo("Main");
        assertThat(root.get("plannedSharePercent").decimalValue()).isEqualByComparingTo("100");
        assertThat(root.get("unplanned").get("trades").asInt()).isZero();
        assertThat(root.get("breakevenBandR").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(fieldNames(root)).allMatch(name -> name.matches("[a-z][A-Za-z]*"));
    }

    @Test
    @DisplayName("--breakeven-r widens the band: the trades within ±0.5 R count as breakeven")
    void breakevenBand() throws Exception {
        JsonNode wide = stats("--journal", SAMPLE, "--json", "--breakeven-r", "0.5").json();

        // sample-14 (−0.61 R) stays a loss; sample-28 (−0.44 R) and sample-34 (−0.44 R) become breakeven
        assertThat(wide.get("breakeven").asInt()).isEqualTo(2);
        assertThat(wide.get("losses").asInt()).isEqualTo(18);
        assertThat(wide.get("wins").asInt()).isEqualTo(16);
        // a breakeven trade's money still counts: the net is every trade's, 395.1845 as without the band
        assertThat(wide.get("netPnl").decimalValue()).isEqualByComparingTo("395.18");
        assertThat(stats("--journal", SAMPLE, "--breakeven-r", "-1").exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("filters: setup tag and side, and a date range in a time zone")
    void filters() throws Exception {
        // news shorts: sample-03, 05, 17, 21, 24, 28, 34 → 3 wins, P&L 46.4504
        JsonNode newsShorts = stats("--journal", SAMPLE, "--json", "--tag", "NEWS", "--side", "short").json();
        assertThat(newsShorts.get("trades").asInt()).isEqualTo(7);
        assertThat(newsShorts.get("wins").asInt()).isEqualTo(3);
        assertThat(newsShorts.get("netPnl").decimalValue()).isEqualByComparingTo("46.45");

        // closed 1–14 February (UTC): sample-18 to sample-27, ten trades, P&L 256.7701
        JsonNode february = stats("--journal", SAMPLE, "--json", "--zone", "UTC", "--status", "closed,reviewed",
                "--from", "2026-02-01", "--to", "2026-02-14").json();
        assertThat(february.get("trades").asInt()).isEqualTo(10);
        assertThat(february.get("netPnl").decimalValue()).isEqualByComparingTo("256.77");
    }

    @Test
    @DisplayName("bad input exits 2 with one line naming the option")
    void badInput(@TempDir Path empty) {
        assertOneLineError(stats("--journal", "no/such/folder"), "stats: --journal: no/such/folder is not a folder");
        assertOneLineError(stats("--journal", empty.toString()), "has no plans folder");
        assertOneLineError(stats("--journal", SAMPLE, "--side", "sideways"), "--side: 'sideways' is neither long nor short");
        assertOneLineError(stats("--journal", SAMPLE, "--from", "2026-13-01"), "--from: '2026-13-01' is not a date");
        assertOneLineError(stats("--journal", SAMPLE, "--from", "2026-03-01", "--to", "2026-02-01"), "--from/--to:");
        assertOneLineError(stats("--journal", SAMPLE, "--status", "won"), "--status: 'won' is not one of");
        assertOneLineError(stats("--journal", SAMPLE, "--zone", "Mars"), "--zone: 'Mars' is not a time zone");
        assertOneLineError(stats(), "Missing required option: '--journal=DIR'");
    }

    @Test
    @DisplayName("an unreadable plan file is named on stderr and skipped; the rest still count")
    void unreadableFileSkipped(@TempDir Path journal) throws Exception {
        Path plans = Files.createDirectories(journal.resolve("plans"));
        try (var files = Files.list(Path.of(SAMPLE, "plans"))) {
            for (Path file : files.toList()) {
                Files.copy(file, plans.resolve(file.getFileName()));
            }
        }
        Files.writeString(plans.resolve("broken.json"), "{ \"id\": ");

        Run run = stats("--journal", journal.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines()).singleElement().asString().startsWith("stats: skipped broken.json: ");
        assertThat(run.json().get("trades").asInt()).isEqualTo(36);
        assertThat(run.json().get("skippedFiles")).hasSize(1);
    }

    @Test
    @DisplayName("a journal without closed trades says so; its JSON has nulls, not zeros, for averages")
    void noTrades(@TempDir Path journal) throws Exception {
        Files.createDirectories(journal.resolve("plans"));

        Run table = stats("--journal", journal.toString());
        JsonNode json = stats("--journal", journal.toString(), "--json").json();

        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("(0 plans, 0 closed trades)", "No closed trades match.");
        assertThat(json.get("trades").asInt()).isZero();
        assertThat(json.get("winRatePercent").isNull()).isTrue();
        assertThat(json.get("profitFactor").isNull()).isTrue();
    }

    private static void assertOneLineError(Run run, String expected) {
        assertThat(run.exitCode()).isEqualTo(MicroplanCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().contains(expected);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            Iterator<String> fields = node.fieldNames();
            while (fields.hasNext()) {
                String name = fields.next();
                names.add(name);
                names.addAll(fieldNames(node.get(name)));
            }
        } else if (node.isArray()) {
            node.forEach(child -> names.addAll(fieldNames(child)));
        }
        return names;
    }
}
