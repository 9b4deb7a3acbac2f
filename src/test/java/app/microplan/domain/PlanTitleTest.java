package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanTitleTest {

    @Test
    void theFirstWordsOfTheThesisUpToItsFirstSentence() {
        assertThat(PlanTitle.of("BTC reclaimed 70k on rising volume; funding flat."))
                .isEqualTo("BTC reclaimed 70k on rising volume");
    }

    @Test
    void aShortThesisIsTheWholeTitle() {
        assertThat(PlanTitle.of("  ETH range fade  ")).isEqualTo("ETH range fade");
    }

    @Test
    void aLongSentenceIsCutAfterSixWordsAndSaysSo() {
        assertThat(PlanTitle.of("Breakout above the weekly high with funding negative and open interest rising"))
                .isEqualTo("Breakout above the weekly high with…");
    }

    @Test
    void aTitleStaysWithinFortyCharacters() {
        String title = PlanTitle.of("Counter-trend mean-reversion opportunity following capitulation");

        assertThat(title).hasSizeLessThanOrEqualTo(PlanTitle.MAX_CHARS).endsWith("…")
                .startsWith("Counter-trend mean-reversion");
    }

    @Test
    void aPriceWithADecimalPointDoesNotEndTheSentence() {
        assertThat(PlanTitle.of("Long 3,237.5 retest")).isEqualTo("Long 3,237.5 retest");
    }

    @Test
    void onlyTheFirstLineCounts() {
        assertThat(PlanTitle.of("Fade the squeeze\nFunding +0.1 %, longs crowded")).isEqualTo("Fade the squeeze");
    }

    @Test
    void noThesisNoTitle() {
        assertThat(PlanTitle.of("")).isEmpty();
        assertThat(PlanTitle.of((String) null)).isEmpty();
        assertThat(PlanTitle.of("   \n ")).isEmpty();
    }

    @Test
    void oneOverlongWordIsCutInside() {
        assertThat(PlanTitle.of("x".repeat(60))).hasSize(PlanTitle.MAX_CHARS).endsWith("…");
    }
}
