package app.microplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as exchanges write them in CSV cells. */
class CellNumbersTest {

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "70010.5          | false | 70010.5   | ",
            "-0.25            | false | -0.25     | ",
            "'70,010.5'       | false | 70010.5   | ",
            "'1,234,567'      | false | 1234567   | ",
            "'70.010,5'       | true  | 70010.5   | ",
            "'0,35'           | true  | 0.35      | ",
            "0.41990000 USDT  | false | 0.4199    | USDT",
            "0.0000034BTC     | false | 0.0000034 | BTC",
            "$0.52            | false | 0.52      | ",
            "-$1.25           | false | -1.25     | ",
            "(1.25)           | false | -1.25     | ",
            "−0.80            | false | -0.80     | ",
            "0E-8             | false | 0         | ",
            "1.5E+3           | false | 1500      | ",
            "'1 234,5'        | true  | 1234.5    | "})
    void readsWhatExchangesWrite(String cell, boolean decimalComma, String value, String unit) {
        CellNumbers.Parsed parsed = CellNumbers.parse(cell, decimalComma);

        assertThat(parsed.value()).isEqualByComparingTo(value);
        assertThat(parsed.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"7O050", "abc", "-", "72.100.5", "1-2", "."})
    void refusesWhatIsNoNumber(String cell) {
        assertThatThrownBy(() -> CellNumbers.parse(cell, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + cell + "' is not a number");
    }
}
