package app.microplan.ui.common;

import app.microplan.domain.LocaleFigures;
import app.microplan.domain.Money;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Percentages, money and prices as the window shows them, in the trader's number format: "9.80 %" and "$490.00"
 * in the US, "9,80 %" and "490,00 $" in Germany. The formatting is the domain's {@link LocaleFigures}, which the
 * checklist sheet uses too; in English the text is exactly {@link Money}'s, which the command line uses.
 */
public final class Figures {
    private final LocaleFigures figures;

    public Figures(Locale locale) {
        this.figures = new LocaleFigures(locale);
    }

    /** A fraction as a percentage with two decimals: 0.0098 → "0.98 %" / "0,98 %". */
    public String percent(BigDecimal fraction) {
        return figures.percent(fraction);
    }

    /** Like {@link #percent}, rounded up: for risk and margin. */
    public String percentUp(BigDecimal fraction) {
        return figures.percentUp(fraction);
    }

    /** Money to the cent: "$5,000.00" / "5.000,00 $"; other quote currencies after the number: "49,00 USDT". */
    public String money(BigDecimal amount, String quoteCurrency) {
        return figures.money(amount, quoteCurrency);
    }

    /** A price with as many decimals as it has: "70,000" / "70.000". */
    public String price(BigDecimal price) {
        return figures.price(price);
    }

    /** A count, leverage or ratio without trailing zeros or grouping: "12.5" / "12,5". */
    public String plain(BigDecimal value) {
        return figures.plain(value);
    }

    /** A number with the decimals it has, trailing zeros kept: "3.00" / "3,00". */
    public String decimal(BigDecimal value) {
        return figures.decimal(value);
    }
}
