package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Date fields read ISO in every language as well as the language's own form; dates show in the window's form. */
class DateTextTest {
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);

    @AfterEach
    void backToTheSystemsLanguage() {
        Messages.use(Messages.forLanguage(null));
    }

    @Test
    void englishReadsIsoAndTheUsFormAndShowsIso() {
        Messages.use(Messages.forLanguage("en"));

        assertThat(DateText.parseDate("2026-02-01")).contains(FEB_1);
        assertThat(DateText.parseDate(" 2/1/2026 ")).contains(FEB_1);
        assertThat(DateText.parseDate("02/01/2026")).contains(FEB_1);
        assertThat(DateText.parseDate("1.2.2026")).isEmpty();
        assertThat(DateText.parseDate("2026-02-30")).isEmpty();
        assertThat(DateText.date(FEB_1)).isEqualTo("2026-02-01");
        assertThat(DateText.converter().fromString("2026-02-01")).isEqualTo(FEB_1);
        assertThat(DateText.converter().toString(FEB_1)).isEqualTo("2026-02-01");
    }

    @Test
    void germanReadsIsoAndTheGermanFormAndShowsTheGermanForm() {
        Messages.use(Messages.forLanguage("de"));

        assertThat(DateText.parseDate("2026-02-01")).contains(FEB_1);
        assertThat(DateText.parseDate("01.02.2026")).contains(FEB_1);
        assertThat(DateText.parseDate("1.2.26")).contains(FEB_1);
        assertThat(DateText.parseDate("2/1/2026")).isEmpty();
        assertThat(DateText.parseDate("31.02.2026")).isEmpty();
        assertThat(DateText.date(FEB_1)).isEqualTo("01.02.2026");
        assertThat(DateText.converter().fromString("2026-02-01")).isEqualTo(FEB_1);
        assertThat(DateText.converter().fromString("garbage")).isNull();
    }

    @Test
    void aFillsTimeReadsInBothFormsWithOrWithoutSeconds() {
        Messages.use(Messages.forLanguage("de"));
        LocalDateTime nineThirty = LocalDateTime.of(2026, 3, 2, 9, 30);

        assertThat(DateText.parseDateTime("2026-03-02 09:30")).contains(nineThirty);
        assertThat(DateText.parseDateTime("2026-03-02T09:30:00")).contains(nineThirty);
        assertThat(DateText.parseDateTime("02.03.2026 09:30")).contains(nineThirty);
        assertThat(DateText.parseDateTime("02.03.2026 25:30")).isEmpty();
        assertThat(DateText.parseDateTime("02.03.2026")).isEmpty();
        assertThat(DateText.dateTime(nineThirty)).isEqualTo("02.03.2026 09:30");
        assertThat(DateText.example()).isEqualTo("02.03.2026 09:30");
    }
}
