package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Formats money, prices and percentages the way rule messages and the command line show them
 * (US-style grouping so that messages read the same everywhere; the window formats inputs in the user's locale).
 */
public final class Money {
    private Money() {
    }

    /** "$5,000.00" for USD; "49.00 USDT" for other quote currencies; "0.01234568 BTC" for a coin. */
    public static String format(BigDecimal amount, String quoteCurrency) {
        // A coin amount (a coin-margined account's risk) is shown to the satoshi: 0.00123457 BTC.
        int places = AccountCurrency.scale(quoteCurrency);
        String number = grouped(amount.setScale(places, RoundingMode.HALF_UP), places);
        if ("USD".equalsIgnoreCase(quoteCurrency)) {
            return amount.signum() < 0 ? "−$" + number.substring(1) : "$" + number;
        }
        return number + " " + quoteCurrency;
    }

    /** A price with grouping and as many decimals as it has (at least none): "70,000", "3,456.5". */
    public static String price(BigDecimal price) {
        BigDecimal stripped = price.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        return grouped(stripped.setScale(scale), scale);
    }

    /** A fraction shown as a percentage with two decimals: 0.0098 → "0.98 %". */
    public static String percent(BigDecimal fraction) {
        return Decimals.percent(fraction).toPlainString() + " %";
    }

    /** Like {@link #percent} but rounded up: used for risk and margin, where rounding must not flatter. */
    public static String percentUp(BigDecimal fraction) {
        return Decimals.percentUp(fraction).toPlainString() + " %";
    }

    public static String contracts(BigDecimal contracts) {
        return Decimals.plain(contracts);
    }

    private static String grouped(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
