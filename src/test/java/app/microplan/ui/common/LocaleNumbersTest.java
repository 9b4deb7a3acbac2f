package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleNumbersTest {
    @Test
    void usGroupingAndDecimals() {
        LocaleNumbers us = new LocaleNumbers(Locale.US);

        assertThat(us.parse("70,000.5")).contains(new BigDecimal("70000.5"));
        assertThat(us.format(new BigDecimal("69300.00"))).isEqualTo("69,300");
        assertThat(us.format(new BigDecimal("0.005"))).isEqualTo("0.005");
    }

    @Test
    void germanSwapsTheSeparators() {
        LocaleNumbers de = new LocaleNumbers(Locale.GERMANY);

        assertThat(de.parse("69.300,5")).contains(new BigDecimal("69300.5"));
        assertThat(de.format(new BigDecimal("69300.5"))).isEqualTo("69.300,5");
    }

    @Test
    void feesShowAtLeastTheCentsInTheTradersFormat() {
        assertThat(new LocaleNumbers(Locale.US).format(new BigDecimal("0.5"), 2)).isEqualTo("0.50");
        assertThat(new LocaleNumbers(Locale.US).format(new BigDecimal("1234.125"), 2)).isEqualTo("1,234.125");
        assertThat(new LocaleNumbers(Locale.GERMANY).format(new BigDecimal("0"), 2)).isEqualTo("0,00");
    }

    @Test
    void frenchAcceptsAnOrdinarySpaceForTheNoBreakGroupingSpace() {
        LocaleNumbers fr = new LocaleNumbers(Locale.FRANCE);

        assertThat(fr.parse("70 000,25")).contains(new BigDecimal("70000.25"));
    }

    @Test
    void partlyNumericTextIsNotANumber() {
        LocaleNumbers us = new LocaleNumbers(Locale.US);

        assertThat(us.parse("12abc")).isEmpty();
        assertThat(us.parse("abc")).isEmpty();
        assertThat(us.parse("   ")).isEmpty();
    }

    @Test
    void precisionSurvivesTheRoundTrip() {
        LocaleNumbers us = new LocaleNumbers(Locale.US);

        assertThat(us.parse(us.format(new BigDecimal("0.123456789012")))).contains(new BigDecimal("0.123456789012"));
    }
}
