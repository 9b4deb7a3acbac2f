package app.microplan.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as the trader types and reads them in their own locale ("70,000.5" in the US, "70.000,5" in Germany),
 * parsed straight into BigDecimal so no price ever passes through a double.
 */
public final class LocaleNumbers {
    private final Locale locale;

    public LocaleNumbers(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The number, or empty when the text is blank or not wholly a number ("12abc" is not 12). */
    public Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        DecimalFormat format = format();
        format.setParseBigDecimal(true);
        String normalized = normalizeSpaces(text.strip(), format.getDecimalFormatSymbols().getGroupingSeparator());
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(normalized, position);
        if (number == null || position.getIndex() != normalized.length()) {
            return Optional.empty();
        }
        return Optional.of((BigDecimal) number);
    }

    /** Grouped, with exactly the decimals the value has: 70000 → "70,000", 0.005 → "0.005". */
    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        DecimalFormat format = format();
        format.setMaximumFractionDigits(Math.max(0, stripped.scale()));
        format.setMinimumFractionDigits(0);
        return format.format(stripped);
    }

    /** Grouped, with at least {@code decimals} decimals, more only if the value has them: a 0.5 fee → "0.50". */
    public String format(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        DecimalFormat format = format();
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(Math.max(decimals, stripped.scale()));
        return format.format(stripped);
    }

    private DecimalFormat format() {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (format instanceof DecimalFormat decimal) {
            return decimal;
        }
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
    }

    /* French and Swiss formats group with a (narrow) no-break space; people type an ordinary one. */
    private static String normalizeSpaces(String text, char groupingSeparator) {
        return Character.isSpaceChar(groupingSeparator) ? text.replace(' ', groupingSeparator) : text;
    }
}
