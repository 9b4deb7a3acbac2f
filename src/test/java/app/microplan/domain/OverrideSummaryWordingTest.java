package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal review's override line: the English bundle says what the domain says; German reads German. */
class OverrideSummaryWordingTest {
    private static final WordingText ENGLISH = BundleWordings.ENGLISH;
    private static final WordingText GERMAN = BundleWordings.GERMAN;

    private static final List<OverrideSummary> SUMMARIES = List.of(
            new OverrideSummary(0, 0, 0, 0, 0, BigDecimal.ZERO, null),
            new OverrideSummary(1, 1, 0, 0, 0, BigDecimal.ZERO, null),
            new OverrideSummary(2, 3, 1, 0, 1, new BigDecimal("-48.00"), new BigDecimal("-1")),
            new OverrideSummary(1, 2, 2, 2, 0, new BigDecimal("1234.5"), new BigDecimal("1.257")),
            new OverrideSummary(3, 3, 2, 1, 1, BigDecimal.ZERO, null),
            new OverrideSummary(12, 1500, 1200, 700, 500, new BigDecimal("25000.10"), new BigDecimal("0.3")));

    @Test
    void theEnglishBundleSaysWhatTheDomainSays() {
        for (OverrideSummary summary : SUMMARIES) {
            assertThat(ENGLISH.render(summary.wording("USD"))).contains(summary.describe("USD"));
        }
    }

    @Test
    void germanReadsGermanWithGermanNumbers() {
        assertThat(GERMAN.render(SUMMARIES.get(0).wording("USD"))).contains("Keine: Jeder Plan hielt die Kontoregeln ein");
        assertThat(GERMAN.render(SUMMARIES.get(2).wording("USD")))
                .contains("2 Pläne, 3 Übersteuerungen · 1 geschlossener Trade: 0 gewonnen, 1 verloren, −48,00 $, -1,00 R");
        assertThat(GERMAN.render(SUMMARIES.get(3).wording("USD")))
                .contains("1 Plan, 2 Übersteuerungen · 2 geschlossene Trades: 2 gewonnen, 0 verloren, +1.234,50 $, 1,26 R");
    }
}
