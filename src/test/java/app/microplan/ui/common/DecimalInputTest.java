package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A typed number is bounded like every number Microplan reads: what the window saves always reads back. */
class DecimalInputTest {
    private final DecimalInput price = new DecimalInput("Stop", new LocaleNumbers(Locale.US), false,
            DecimalInput.positive());

    @Test
    void aNumberWithinTheLimitsIsTaken() {
        price.setText("999,999,999,999,999.9999999999");

        assertThat(price.getError()).isNull();
        assertThat(price.getValue()).isEqualByComparingTo("999999999999999.9999999999");
    }

    @Test
    void aNumberTooLargeIsMarkedAndNotTaken() {
        price.setText("1,000,000,000,000,000");

        assertThat(price.getValue()).isNull();
        assertThat(price.getError()).isEqualTo("1000000000000000 is too large: numbers must stay below 10^15"
                + " (15 digits before the point)");
        assertThat(price.describeOwnError()).hasValue("Stop: " + price.getError());
    }

    @Test
    void moreDecimalsThanAFileMayHoldOnceAPercentageBecomesAFractionAreRefused() {
        price.setText("0.00000000001");

        assertThat(price.getValue()).isNull();
        assertThat(price.getError()).isEqualTo("1E-11 has too many decimals: at most 10 digits after the point");
    }

    @Test
    void aPastedWallOfDigitsIsNotEvenParsed() {
        price.setText("7".repeat(100_000));

        assertThat(price.getValue()).isNull();
        assertThat(price.getError()).isEqualTo("Too long to be a number");
    }

    @Test
    void aNumberOutOfRangeIsMarkedInTheWindowsLanguage() {
        try {
            Messages.use(Messages.forLanguage("de"));
            DecimalInput german = new DecimalInput("Stop", new LocaleNumbers(Locale.GERMANY), false,
                    DecimalInput.positive());
            german.setText("1.000.000.000.000.000");

            assertThat(german.getValue()).isNull();
            assertThat(german.getError()).isEqualTo("1000000000000000 ist zu groß: Zahlen müssen unter 10^15 bleiben"
                    + " (15 Stellen vor dem Komma)");
        } finally {
            Messages.use(Messages.forLanguage(null));
        }
    }
}
