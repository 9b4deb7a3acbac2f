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
 * test: a short Python script with {@code decimal} read {@code playbooks.json} and the 40 plan files, took each
 * closed trade's P&L (side × (Σ exit p·q − Σ entry p·q) × contract size − fees − funding) and planned risk (the
 * legs' loss at the stop plus both fee rates, rounded up to the cent), put it under the playbook its file names,
 * or else the playbook named like its first tag, and split each playbook's trades by whether each of its
 * checklist items was ticked in the file. The literals below are its output, rounded.
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
        assertSummary(playbook("Breakout").summary(), 11, 5, "60.5685", "5.506227273", "0.116574443", "1.236804942");
        assertSummary(playbook("Pullback").summary(), 8, 3, "47.1938", "5.899225", "0.067838735", "1.211468285");
        assertSummary(playbook("Range-fade").summary(), 8, 3, "12.0689", "1.5086125", "0.139814736", "1.048600211");
        assertSummary(playbook("News").summary(), 9, 5, "237.6952", "26.410577778", "0.609913864", "2.855467338");
        assertThat(playbook("News").summary().winRate()).isCloseTo(new BigDecimal("0.555555555556"), within(CLOSE));
    }

    @Test
    @DisplayName("which criteria pay: each item's trades ticked against not ticked")
    void criteria() {
        ItemResult close = item("Breakout", "Close beyond the level on the 4h chart");
        assertSummary(close.ticked(), 7, 4, "169.0257", "24.146528571", "0.541093820", "2.508234242");
        assertSummary(close.notTicked(), 4, 1, "-108.4572", "-27.1143", "-0.626334468", "0.245279920");
        ItemResult volume = item("Breakout", "Volume above its 20-bar average");
        assertSummary(volume.ticked(), 9, 4, "27.0825", "3.009166667", "0.070081306", "1.122507665");
        assertSummary(volume.notTicked(), 2, 1, "33.486", "16.743", "0.325793560", "1.964847577");
        ItemResult trend = item("Pullback", "Trend intact on the daily chart");
        assertSummary(trend.ticked(), 6, 3, "134.7203", "22.453383333", "0.471055882", "1.993179280");
        assertSummary(trend.notTicked(), 2, 0, "-87.5265", "-43.76325", "-1.141812707", "0");
        ItemResult range = item("Range-fade", "No trend on the daily chart");
        assertSummary(range.ticked(), 5, 1, "-105.7933", "-21.15866", "-0.392342112", "0.469879959");
        assertSummary(range.notTicked(), 3, 2, "117.8622", "39.2874", "1.026742816", "3.416922654");
        ItemResult spread = item("News", "Spread normal before the entry");
        assertSummary(spread.ticked(), 7, 5, "282.0310", "40.290142857", "0.910083827", "4.366750428");
        assertSummary(spread.notTicked(), 2, 0, "-44.3358", "-22.1679", "-0.440681007", "0");
    }

    @Test
    @DisplayName("the sample links 16 trades by the playbook in the file and 20 by their setup tag, and all count")
    void bothWaysOfBelongingCount() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        int linked = 0;
        int byTag = 0;
        try (Stream<Path> files = Files.list(JOURNAL.resolve("plans"))) {
            for (Path file : files.toList()) {
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
