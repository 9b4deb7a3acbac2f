package app.microplan.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of the domain as a message key and its arguments, so the window can say it in the trader's language
 * with the trader's number format, while the command line keeps the English text the domain writes beside it
 * (decision 15). The domain never renders a wording: the window looks {@link #key} up in its message bundles.
 * <p>
 * An argument is a {@link Figure} (an amount, price or percentage, formatted by the reader's locale), a nested
 * wording (a clause), {@link Items} (a list read as "a, b and c"), a whole number, or a name such as a symbol.
 *
 * @param key  the message key, e.g. {@code reason.riskCap.within}
 * @param args the values for the key's placeholders {0}, {1}… in order
 */
public record Wording(String key, List<Object> args) {
    /** How a figure is written. */
    public enum Kind {
        /** To the cent with the currency. */
        MONEY,
        /** With as many decimals as the price has. */
        PRICE,
        /** A fraction as a percentage with two decimals. */
        PERCENT,
        /** Like {@link #PERCENT}, rounded up: risk and margin. */
        PERCENT_UP,
        /** Without trailing zeros: a contract count, a leverage, a ratio. */
        PLAIN,
        /** With the decimals it has, trailing zeros kept: a ratio "3.00". */
        DECIMAL
    }

    /** A number the reader's locale writes ("$490.00" / "490,00 $"). */
    public record Figure(Kind kind, BigDecimal value, String currency) {
        public Figure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Several clauses read as one list: "an entry price and a stop price". The last two are joined by the
     * pattern of {@code lastJoinKey} ("{0} and {1}"), the others by a comma.
     */
    public record Items(List<Wording> items, String lastJoinKey) {
        public Items {
            items = List.copyOf(items);
            Objects.requireNonNull(lastJoinKey, "lastJoinKey");
        }

        public Items(List<Wording> items) {
            this(items, "words.list");
        }
    }

    public Wording {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Wording of(String key, Object... args) {
        return new Wording(key, List.of(args));
    }

    public static Figure money(BigDecimal amount, String currency) {
        return new Figure(Kind.MONEY, amount, currency);
    }

    public static Figure price(BigDecimal price) {
        return new Figure(Kind.PRICE, price, null);
    }

    public static Figure percent(BigDecimal fraction) {
        return new Figure(Kind.PERCENT, fraction, null);
    }

    public static Figure percentUp(BigDecimal fraction) {
        return new Figure(Kind.PERCENT_UP, fraction, null);
    }

    public static Figure plain(BigDecimal value) {
        return new Figure(Kind.PLAIN, value, null);
    }

    public static Figure decimal(BigDecimal value) {
        return new Figure(Kind.DECIMAL, value, null);
    }
}
