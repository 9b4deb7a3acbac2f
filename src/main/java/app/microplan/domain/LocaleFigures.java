package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Percentages, money and prices in a trader's number format: "9.80 %" and "$490.00" in the US, "9,80 %" and
 * "490,00 $" in Germany. Rounding is {@link Decimals}': risk and margin up, never flattering. In English the text is
 * exactly {@link Money}'s, which the command line prints, so an English window and sheet read as the CLI does.
 */
public final class LocaleFigures {
    private final Locale locale;
    private final boolean english;

    public LocaleFigures(Locale locale) {
        this.locale = locale;
        this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** A fraction as a percentage with two decimals: 0.0098 → "0.98 %" / "0,98 %". */
    public String percent(BigDecimal fraction) {
        return english ? Money.percent(fraction) : grouped(Decimals.percent(fraction), 2) + " %";
    }

    /** Like {@link #percent}, rounded up: for risk and margin. */
    public String percentUp(BigDecimal fraction) {
        return english ? Money.percentUp(fraction) : grouped(Decimals.percentUp(fraction), 2) + " %";
    }

    /** Money to the cent (a coin to the satoshi): "$5,000.00" / "5.000,00 $"; other quote currencies after the number: "49,00 USDT". */
    public String money(BigDecimal amount, String quoteCurrency) {
        if (english) {
            return Money.format(amount, quoteCurrency);
        }
        int places = AccountCurrency.scale(quoteCurrency); // a coin to the satoshi
        String number = grouped(amount.setScale(places, RoundingMode.HALF_UP).abs(), places);
        String sign = amount.setScale(places, RoundingMode.HALF_UP).signum() < 0 ? "−" : "";
        return sign + number + " " + ("USD".equalsIgnoreCase(quoteCurrency) ? "$" : quoteCurrency);
    }

    /** A price with as many decimals as it has: "70,000" / "70.000", "3,456.5" / "3.456,5". */
    public String price(BigDecimal price) {
        if (english) {
            return Money.price(price);
        }
        BigDecimal stripped = price.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        return grouped(stripped.setScale(scale), scale);
    }

    /** A count, leverage or ratio without trailing zeros or grouping: "12.5" / "12,5". */
    public String plain(BigDecimal value) {
        return localSeparator(Decimals.plain(value));
    }

    /** A number with the decimals it has, trailing zeros kept: "3.00" / "3,00". */
    public String decimal(BigDecimal value) {
        return localSeparator(value.toPlainString());
    }

    /** A figure of a {@link Wording}. */
    public String of(Wording.Figure figure) {
        return switch (figure.kind()) {
            case MONEY -> money(figure.value(), figure.currency());
            case PRICE -> price(figure.value());
            case PERCENT -> percent(figure.value());
            case PERCENT_UP -> percentUp(figure.value());
            case PLAIN -> plain(figure.value());
            case DECIMAL -> decimal(figure.value());
        };
    }

    private String localSeparator(String text) {
        return english ? text : text.replace('.', DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }

    private String grouped(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
