package app.microplan.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plan header's dates read like the status history's, in English and in German. */
class PlanHeaderTextTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final TradePlan plan = JournalFixtures.example1(PlanStatus.READY, Instant.parse("2026-02-28T15:34:00Z"));

    @AfterEach
    void englishAgain() {
        Messages.use(Messages.forLanguage(null));
    }

    @Test
    void englishShowsTheDayMonthYearOfTheStatusHistoryNotTheUsForm() {
        Messages.use(Messages.forLanguage("en"));
        String subtitle = PlanHeaderText.subtitle(plan, BERLIN);

        assertThat(subtitle).contains(" · created 28 Feb 2026, 16:34 · updated ").doesNotContain("PM", "AM");
    }

    @Test
    void germanShowsTheWindowsGermanDateAndTime() {
        Messages.use(Messages.forLanguage("de"));
        String subtitle = PlanHeaderText.subtitle(plan, BERLIN);

        assertThat(subtitle).contains("28.02.2026 16:34");
        assertThat(subtitle).doesNotContain("created", "Feb");
    }
}
