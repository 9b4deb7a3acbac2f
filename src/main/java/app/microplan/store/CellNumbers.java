package app.microplan.store;

import app.microplan.domain.NumberLimits;
import app.microplan.domain.WordedRefusal;
import app.microplan.domain.Wording;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number from a CSV cell the way exchanges write them: thousands separators, a decimal comma when the
 * file uses one, a currency sign ("$0.52"), a unit after the number ("0.41990000 USDT"), a typographic minus,
 * accounting brackets for negatives ("(1.25)"), and scientific notation ("0E-8"). Every number of every imported
 * file is read here, so a check that applies to all of them (bounds, say) goes in one place. Its refusals carry
 * their wording (decision 15), so the import dialog says them in the window's language.
 */
final class CellNumbers {
    /** Longer than any price, size or fee an exchange writes. */
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    /** A unit after the number: two to ten letters, after a space or right after a digit ("0.28 USDT", "12BTC"). */
    private static final Pattern UNIT = Pattern.compile("(.*?[\\d.)])\\s*([A-Za-z]{2,10})");
    private static final Pattern CURRENCY_SIGN = Pattern.compile("^([-+]?)\\s*[$€£]\\s*");

    /** A number read from a cell, and the unit written after it, if any ("USDT"). */
    record Parsed(BigDecimal value, String unit) {
    }

    private CellNumbers() {
    }

    /** Digits with at most one decimal point ({@code point}) and a leading minus: nothing else to take apart. */
    private static boolean isPlainDecimal(String cell, char point) {
        boolean seenPoint = false;
        boolean seenDigit = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                seenDigit = true;
            } else if (c == point && !seenPoint) {
                seenPoint = true;
            } else if (c != '-' || i != 0) {
                return false;
            }
        }
        return seenDigit;
    }

    /**
     * The number in {@code text}; an {@link IllegalArgumentException} whose message says what is wrong
     * ("'7O050' is not a number").
     */
    static Parsed parse(String text, boolean decimalComma) {
        String cell = text == null ? "" : text.strip();
        if (cell.isEmpty()) {
            throw WordedRefusal.argument("is empty", Wording.of("import.problem.empty"));
        }
        if (cell.length() > MAX_NUMBER_LENGTH) {
            // Parsing a cell of a million digits would itself be slow; the message names only its start.
            throw WordedRefusal.argument("'" + cell.substring(0, 40) + "…' is too long to be a number",
                    Wording.of("import.problem.tooLong", cell.substring(0, 40)));
        }
        if (isPlainDecimal(cell, decimalComma ? ',' : '.')) {
            // Most cells of most files ("70010.5", "-0.25"): no unit, sign, separator or exponent to take apart.
            return new Parsed(bounded(new BigDecimal(decimalComma ? cell.replace(',', '.') : cell)), null);
        }
        String digits = cell.replace('\u2212', '-').replace("\u00A0", "").replace("\u202F", "");
        String unit = null;
        Matcher withUnit = UNIT.matcher(digits);
        if (withUnit.matches()) {
            digits = withUnit.group(1);
            unit = withUnit.group(2).toUpperCase(Locale.ROOT);
        }
        boolean bracketed = digits.startsWith("(") && digits.endsWith(")");
        if (bracketed) {
            digits = digits.substring(1, digits.length() - 1);
        }
        digits = CURRENCY_SIGN.matcher(digits).replaceFirst("$1").replace(" ", "").replace("'", "");
        digits = decimalComma ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        if (!PLAIN.matcher(digits).matches()) {
            throw WordedRefusal.argument("'" + cell + "' is not a number",
                    Wording.of("import.problem.notANumber", cell));
        }
        BigDecimal value = bounded(new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits));
        return new Parsed(bracketed ? value.negate() : value, unit);
    }

    /** A number beyond what any price, size or fee can be ("1E-999999999") is a problem of its row. */
    private static BigDecimal bounded(BigDecimal value) {
        Optional<String> outOfRange = NumberLimits.problem(value);
        if (outOfRange.isPresent()) {
            throw WordedRefusal.argument(outOfRange.get(), NumberLimits.problemWording(value).orElse(null));
        }
        return value;
    }
}
