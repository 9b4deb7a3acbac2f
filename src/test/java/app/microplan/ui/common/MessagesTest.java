package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Money;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void germanFillsCountsAndNumbersInTheTraderFormat() {
        Messages german = Messages.forLanguage("de");

        assertThat(german.get("rules.notReady", 1)).isEqualTo("Nicht bereit — 1 Punkt zu beheben:");
        assertThat(german.get("rules.notReady", 3)).isEqualTo("Nicht bereit — 3 Punkte zu beheben:");
        assertThat(german.numberLocale()).isEqualTo(Locale.GERMANY);
        assertThat(german.figures().percentUp(new BigDecimal("0.098"))).isEqualTo("9,80 %");
        assertThat(german.figures().money(new BigDecimal("5000"), "USD")).isEqualTo("5.000,00 $");
        assertThat(german.figures().money(new BigDecimal("-49"), "USDT")).isEqualTo("−49,00 USDT");
    }

    @Test
    void englishReadsAsTheRuleMessagesAndTheCommandLineDo() {
        Messages english = Messages.forLanguage("en");
        Figures figures = english.figures();

        assertThat(english.get("rules.notReady", 1)).isEqualTo("Not ready — 1 thing to fix:");
        assertThat(figures.percentUp(new BigDecimal("0.0980001"))).isEqualTo(Money.percentUp(new BigDecimal("0.0980001")))
                .isEqualTo("9.81 %");
        assertThat(figures.money(new BigDecimal("-1234.5"), "USD")).isEqualTo(Money.format(new BigDecimal("-1234.5"),
                "USD"));
    }

    @Test
    void aLanguageWithoutTextsFallsBackToEnglishNotToTheMachinesLanguage() {
        Messages french = Messages.forLanguage("fr");

        assertThat(french.get("sizing.title")).isEqualTo("Sizing");
        assertThat(Language.of("de-AT")).isEqualTo(Language.GERMAN);
        assertThat(Language.GERMAN.nativeName()).isEqualTo("Deutsch");
    }

    @Test
    void aMissingKeyShowsItselfRatherThanFailing() {
        assertThat(Messages.forLanguage("en").get("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(Messages.forLanguage("de").getOr("rule.SOMETHING_NEW", "Something new")).isEqualTo("Something new");
    }
}
