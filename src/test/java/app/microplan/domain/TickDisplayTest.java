package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TickDisplayTest {

    private static String shown(String price, String tick) {
        return Money.price(TickDisplay.rounded(new BigDecimal(price), new BigDecimal(tick)));
    }

    @Test
    void anAverageEntryReadsWithTheTicksDecimals() {
        assertThat(shown("3237.55725191", "0.01")).isEqualTo("3,237.56");
        assertThat(shown("70033.33333333", "0.1")).isEqualTo("70,033.3");
        assertThat(shown("70033.75", "0.5")).isEqualTo("70,033.8");
        assertThat(shown("4512.125", "0.25")).isEqualTo("4,512.13");
        assertThat(shown("70033.6", "5")).isEqualTo("70,034");
    }

    @Test
    void aPriceOnTheTickIsShownAsItIs() {
        assertThat(shown("70000", "0.1")).isEqualTo("70,000");
        assertThat(shown("3237.5", "0.01")).isEqualTo("3,237.5");
    }

    @Test
    void theValueItselfIsNotTouched() {
        BigDecimal average = new BigDecimal("3237.55725191");
        TickDisplay.rounded(average, new BigDecimal("0.01"));

        assertThat(average).isEqualByComparingTo("3237.55725191");
        assertThat(TickDisplay.rounded(average, null)).isSameAs(average);
    }
}
