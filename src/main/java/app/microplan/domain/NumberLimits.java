package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a number Microplan is given may be: a price, a quantity (contracts, coins, steps), a rate (a fee, funding,
 * a cap, leverage) or an amount of money. Every reader asks here — plan files, settings, contracts.json, CSV cells,
 * the command line and the window's number fields — so one rule holds everywhere:
 * <ul>
 *   <li>below 10<sup>15</sup> in size (a thousand trillion: more than any account, price or order size);</li>
 *   <li>at most 12 digits after the point in a file, a CSV cell or on the command line, and at most 10 typed in
 *   the window (a typed percentage becomes a fraction with two more decimals, and what the window saves must
 *   always read back).</li>
 * </ul>
 * <p>
 * Why bound at all: {@link BigDecimal} holds {@code 1e1000000000} in a few bytes, but printing, rounding or
 * adding it to 70000 builds a number with a billion digits — minutes of work, gigabytes, or an
 * {@link ArithmeticException}. Within these limits every figure the app works out has at most a few dozen digits,
 * and every computation on a plan takes microseconds.
 * <p>
 * The checks look only at the scale and precision a BigDecimal already carries, never at its digits, so even
 * {@code 1e-999999999} is judged at once.
 */
public final class NumberLimits {
    /** Digits before the point: every number is below 10^15 in size. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /**
     * Digits after the point in a file, a CSV cell or on the command line: the smallest step is 10^-12. The same
     * as {@link Decimals#WORKING_SCALE}, the scale quotients (average entry, ratios) are worked out to, so no
     * price or rate can round to zero in them and become a divisor of zero.
     */
    public static final int MAX_DECIMALS = Decimals.WORKING_SCALE;
    /** Digits after the point typed in the window; percentages gain two when they become fractions. */
    public static final int MAX_TYPED_DECIMALS = MAX_DECIMALS - 2;

    /** The largest number within the limits: 999,999,999,999,999.999999999999. */
    public static final BigDecimal LARGEST = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS).subtract(BigDecimal.ONE.movePointLeft(MAX_DECIMALS));

    private NumberLimits() {
    }

    /**
     * A figure the app works out and keeps in a file (the margin other plans hold), brought within the limits:
     * beyond {@link #LARGEST} it is {@link #LARGEST}. Every cap compares it against an equity below the same
     * limit, so a figure that large fails the same rules either way — and the file still reads back.
     */
    public static BigDecimal atMostLargest(BigDecimal worked) {
        return worked.compareTo(LARGEST) > 0 ? LARGEST : worked;
    }

    /** What is wrong with a number read from a file, a CSV cell or the command line, in words; empty when it is fine. */
    public static Optional<String> problem(BigDecimal value) {
        return problem(value, MAX_DECIMALS);
    }

    /** The same for a number typed in the window. */
    public static Optional<String> typedProblem(BigDecimal value) {
        return problem(value, MAX_TYPED_DECIMALS);
    }

    /** The number, or IllegalArgumentException with {@link #problem}'s words. */
    public static BigDecimal require(BigDecimal value) {
        problem(value).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return value;
    }

    /**
     * Parses plain text ("70000.5", "1e-3") into a bounded number, or throws NumberFormatException whose message
     * says why. The text is at most a few hundred characters, so even parsing cannot be slow.
     */
    public static BigDecimal parse(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > 200) {
            throw new NumberFormatException("'" + trimmed.substring(0, 20) + "…' is too long to be a number");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + trimmed + "' is not a number");
        }
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new NumberFormatException(problem.get());
        }
        return value;
    }

    /** {@link #problem}'s words as a wording, for the window's language (decision 15). */
    public static Optional<Wording> problemWording(BigDecimal value) {
        return check(value, MAX_DECIMALS).map(Limit::wording);
    }

    /** {@link #typedProblem}'s words as a wording, for the window's language. */
    public static Optional<Wording> typedProblemWording(BigDecimal value) {
        return check(value, MAX_TYPED_DECIMALS).map(Limit::wording);
    }

    private static Optional<String> problem(BigDecimal value, int maxDecimals) {
        return check(value, maxDecimals).map(Limit::english);
    }

    /** A number's problem in the English every reader prints and as a wording, made in one place so they agree. */
    private record Limit(String english, Wording wording) {
    }

    private static Optional<Limit> check(BigDecimal value, int maxDecimals) {
        if (value == null || value.signum() == 0) {
            return Optional.empty();
        }
        // Digits before the point: precision - scale (e.g. 70000.5 has precision 6, scale 1 → 5). Both are ints,
        // so the difference is worked out in long to stay exact for scales near ±2^31.
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return Optional.of(new Limit(shown(value) + " is too large: numbers must stay below 10^" + MAX_INTEGER_DIGITS
                    + " (" + MAX_INTEGER_DIGITS + " digits before the point)",
                    Wording.of("numbers.tooLarge", shownWording(value), String.valueOf(MAX_INTEGER_DIGITS))));
        }
        if (decimals(value) > maxDecimals) {
            return Optional.of(new Limit(shown(value) + " has too many decimals: at most " + maxDecimals
                    + " digits after the point",
                    Wording.of("numbers.tooManyDecimals", shownWording(value), String.valueOf(maxDecimals))));
        }
        return Optional.empty();
    }

    /** Digits after the point once trailing zeros are left out (70000.50 has one), without stripping the value. */
    private static long decimals(BigDecimal value) {
        if (value.scale() <= 0) {
            return 0;
        }
        // Trailing zeros of the unscaled value only matter when the scale is within reach of the limit; a scale
        // in the millions is judged by the precision alone (a number has no more trailing zeros than digits).
        if ((long) value.scale() - value.precision() > MAX_DECIMALS) {
            return value.scale();
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.max(0, stripped.scale());
    }

    /** The number as written when that is short, else its size in words: never a billion-digit string. */
    private static String shown(BigDecimal value) {
        if (value.precision() <= 30) {
            return value.toString();
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        return (value.signum() < 0 ? "-" : "") + "a number of about 10^" + exponent;
    }

    /** {@link #shown} as a wording's argument: the number as written, or its size in words. */
    private static Object shownWording(BigDecimal value) {
        if (value.precision() <= 30) {
            return value.toString();
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        return Wording.of("numbers.about", value.signum() < 0 ? "-" : "", String.valueOf(exponent));
    }
}
