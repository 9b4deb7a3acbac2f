package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JournalFilterTest {
    private static final JournalFilter ALL = JournalFilter.all(ZoneOffset.UTC);

    private static List<JournalEntry> entries() {
        TradePlan longWin = JournalFixtures.closed("long-win", Direction.LONG, "50000", "49500", "10", "51000",
                ExitReason.TARGET, Instant.parse("2026-03-04T20:00:00Z"), Instant.parse("2026-03-04T23:30:00Z"),
                List.of("Breakout", "btc"));
        TradePlan reviewed = JournalFixtures.closed("short-loss", Direction.SHORT, "50000", "50500", "10", "50500",
                ExitReason.STOP, Instant.parse("2026-03-06T09:00:00Z"), Instant.parse("2026-03-06T10:00:00Z"),
                List.of("range-fade"));
        reviewed = TradeLifecycle.review(reviewed, new TradeReview("Sized right", "Faded a strong trend",
                "Wait for the range to hold", 3, List.of("impatient"), List.of()), Instant.parse("2026-03-07T09:00:00Z"));
        TradePlan eth = JournalFixtures.ready("eth-ready", ContractPresets.ETH_MICRO_001, Direction.LONG, "3000",
                "2940", "3150", "40", List.of());
        return JournalEntry.ofAll(List.of(longWin, reviewed, eth));
    }

    private static List<String> ids(JournalFilter filter) {
        return filter.apply(entries()).stream().map(JournalEntry::id).toList();
    }

    @Test
    @DisplayName("an empty filter lets everything through")
    void emptyFilter() {
        assertThat(ids(ALL)).containsExactly("long-win", "short-loss", "eth-ready");
    }

    @Test
    @DisplayName("status, symbol (any case), side and tag (any case)")
    void fields() {
        assertThat(ids(ALL.withStatus(PlanStatus.CLOSED, PlanStatus.REVIEWED))).containsExactly("long-win", "short-loss");
        assertThat(ids(ALL.withStatus(PlanStatus.REVIEWED))).containsExactly("short-loss");
        assertThat(ids(ALL.withSymbol("eth-micro-0.01"))).containsExactly("eth-ready");
        assertThat(ids(ALL.withSide(Direction.SHORT))).containsExactly("short-loss");
        assertThat(ids(ALL.withTag("breakout"))).containsExactly("long-win");
        assertThat(ids(ALL.withTag("BTC").withSide(Direction.SHORT))).isEmpty();
    }

    @Test
    @DisplayName("the date range is inclusive and counted in the filter's time zone")
    void dates() {
        LocalDate march4 = LocalDate.parse("2026-03-04");
        LocalDate march5 = LocalDate.parse("2026-03-05");

        // the long closed 23:30 UTC on the 4th, which is 00:30 on the 5th in Berlin
        assertThat(ids(ALL.withStatus(PlanStatus.CLOSED).withDates(march4, march4))).containsExactly("long-win");
        assertThat(ids(JournalFilter.all(ZoneId.of("Europe/Berlin")).withStatus(PlanStatus.CLOSED)
                .withDates(march5, march5))).containsExactly("long-win");
        assertThat(ids(ALL.withDates(LocalDate.parse("2026-03-06"), null))).containsExactly("short-loss");
        assertThatThrownBy(() -> ALL.withDates(march5, march4)).hasMessageContaining("starts");
    }

    @Test
    @DisplayName("text search: every word, any case, in the written plan, tags or review")
    void textSearch() {
        assertThat(ids(ALL.withText("strong TREND"))).containsExactly("short-loss");   // the review's mistakes
        assertThat(ids(ALL.withText("impatient"))).containsExactly("short-loss");      // an emotion tag
        assertThat(ids(ALL.withText("thesis of eth"))).containsExactly("eth-ready");   // the written thesis
        assertThat(ids(ALL.withText("breakout"))).containsExactly("long-win");         // a tag
        assertThat(ids(ALL.withText("trend breakout"))).isEmpty();
        assertThat(ALL.withText("  ").text()).isEmpty();
    }

    @Test
    @DisplayName("the filter's choices: symbols and tags, sorted, each spelled once")
    void facets() {
        JournalFacets facets = JournalFacets.of(entries());

        assertThat(facets.symbols()).containsExactly("BTC-MICRO-0.01", "ETH-MICRO-0.01");
        assertThat(facets.tags()).containsExactly("Breakout", "btc", "range-fade");
    }

    @Test
    @DisplayName("the trade time: a closed trade's last exit, else when the plan was written")
    void tradeTime() {
        List<JournalEntry> entries = entries();

        assertThat(entries.get(0).tradeTime()).isEqualTo(Instant.parse("2026-03-04T23:30:00Z"));
        assertThat(entries.get(2).tradeTime()).isEqualTo(JournalFixtures.WRITTEN);
        assertThat(entries.get(0).setupName()).isEqualTo("Breakout");
        assertThat(entries.get(2).setupName()).isEqualTo(JournalStatistics.NO_TAG);
    }
}
