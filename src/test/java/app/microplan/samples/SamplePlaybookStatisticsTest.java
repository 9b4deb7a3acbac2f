package app.microplan.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.PlaybookStatistics;
import app.microplan.domain.PlaybookStatistics.ItemResult;
import app.microplan.domain.PlaybookStatistics.PlaybookResult;
import app.microplan.domain.TradeSummary;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.store.PlaybookStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The playbook statistics of the committed sample journal against figures worked out without the code under
 * test: {@code docs/samples/sample_playbook_figures.py} (Python's {@code decimal}) reads {@code playbooks.json} and
 * the 40 plan files, takes each closed trade's P&L (side × (Σ exit p·q − Σ entry p·q) × contract size − fees −
 * funding) and its R on the risk the fills took (each filled contract from its price to the stop, the exit fee
 * at the stop and the entry fees paid, rounded up to the cent; docs/numbers.md), puts it under the playbook its
 * file names, or else the playbook named like its first tag, and splits each playbook's trades by whether each
 * of its checklist items was ticked in the file. The literals below are its output, rounded to 9 decimals.
 */
class SamplePlaybookStatisticsTest {
    private static final Path JOURNAL = Path.of("assets/samples/journal");
    private static final BigDecimal CLOSE = new BigDecimal("1e-9");
    private static List<PlaybookResult> results;

    @BeforeAll
    static void compute() throws Exception {
        List<JournalEntry> entries = JournalEntry.ofAll(JournalStore.open(JOURNAL).loadPlans().plans().stream()
                .map(LoadedPlan::plan).toList());
        results = PlaybookStatistics.of(entries, PlaybookStore.in(JOURNAL).load());
    }

    private static PlaybookResult playbook(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static ItemResult item(String playbook, String item) {
        return playbook(playbook).items().stream().filter(i -> i.item().equals(item)).findFirst().orElseThrow();
    }

    /** Trades, wins, net P&L, expectancy in money and in R, and the profit factor (null: no losing trade). */
    private static void assertSummary(TradeSummary s, int trades, int wins, String net, String expectancy,
                                      String expectancyR, String profitFactor) {
        assertThat(s.trades()).isEqualTo(trades);
        assertThat(s.wins()).isEqualTo(wins);
        assertThat(s.netPnl()).isEqualByComparingTo(net);
        assertThat(s.expectancy()).isCloseTo(new BigDecimal(expectancy), within(CLOSE));
        assertThat(s.expectancyR()).isCloseTo(new BigDecimal(expectancyR), within(CLOSE));
        if (profitFactor == null) {
            assertThat(s.profitFactor()).isNull();
        } else {
            assertThat(s.profitFactor()).isCloseTo(new BigDecimal(profitFactor), within(CLOSE));
        }
    }

    @Test
    @DisplayName("each playbook's trades: count, wins, net, expectancy in money and R, profit factor")
    void playbooks() {
        assertThat(results).extracting(PlaybookResult::name).containsExactly("Breakout", "Pullback", "Range-fade", "News");
        assertSummary(playbook("Breakout").summary(), 11, 5, "79.1083", "7.191663636", "0.130898851", "1.283425876");
        assertSummary(playbook("Pullback").summary(), 8, 3, "19.3448", "2.4181", "0.098715847", "1.077502895");
        assertSummary(playbook("Range-fade").summary(), 8, 3, "55.1581", "6.8947625", "0.137918395", "1.218204051");
        assertSummary(playbook("News").summary(), 9, 5, "241.5733", "26.841477778", "0.609463474", "2.814981412");
        assertThat(playbook("News").summary().winRate()).isCloseTo(new BigDecimal("0.555555555556"), within(CLOSE));
    }

    @Test
    @DisplayName("which criteria pay: each item's trades ticked against not ticked")
    void criteria() {
        ItemResult close = item("Breakout", "Close beyond the level on the 4h chart");
        assertSummary(close.ticked(), 7, 4, "198.2155", "28.3165", "0.538116572", "2.588782088");
        assertSummary(close.notTicked(), 4, 1, "-119.1072", "-29.7768", "-0.581732160", "0.228356414");
        ItemResult volume = item("Breakout", "Volume above its 20-bar average");
        assertSummary(volume.ticked(), 9, 4, "40.8443", "4.538255556", "0.087586508", "1.175947904");
        assertSummary(volume.notTicked(), 2, 1, "38.264", "19.132", "0.325804396", "1.814543597");
        ItemResult trend = item("Pullback", "Trend intact on the daily chart");
        assertSummary(trend.ticked(), 6, 3, "130.8263", "21.804383333", "0.472321760", "1.947196449");
        assertSummary(trend.notTicked(), 2, 0, "-111.4815", "-55.74075", "-1.022101893", "0");
        ItemResult range = item("Range-fade", "No trend on the daily chart");
        assertSummary(range.ticked(), 5, 1, "-102.9283", "-20.58566", "-0.392402371", "0.495491058");
        assertSummary(range.notTicked(), 3, 2, "158.0864", "52.695466667", "1.021786338", "4.241773881");
        ItemResult spread = item("News", "Spread normal before the entry");
        assertSummary(spread.ticked(), 7, 5, "285.5229", "40.788985714", "0.909502734", "4.202724621");
        assertSummary(spread.notTicked(), 2, 0, "-43.9496", "-21.9748", "-0.440673939", "0");
    }

    @Test
    @DisplayName("the sample links 16 trades by the playbook in the file and 20 by their setup tag, and all count")
    void bothWaysOfBelongingCount() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        int linked = 0;
        int byTag = 0;
        // Only the plan files: the store's *.json.bak copies beside them are earlier versions of the same plans.
        try (Stream<Path> files = Files.list(JOURNAL.resolve("plans"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                JsonNode plan = plain.readTree(file.toFile());
                String status = plan.get("status").asText();
                if (status.equals("CLOSED") || status.equals("REVIEWED")) {
                    if (plan.path("playbook").isObject()) {
                        linked++;
                    } else {
                        byTag++;
                    }
                }
            }
        }
        assertThat(linked).isEqualTo(16);
        assertThat(byTag).isEqualTo(20);
        assertThat(results.stream().mapToInt(r -> r.summary().trades()).sum()).isEqualTo(linked + byTag);
        assertThat(results).noneMatch(r -> r.name().equals(PlaybookStatistics.NO_PLAYBOOK));
    }
}
