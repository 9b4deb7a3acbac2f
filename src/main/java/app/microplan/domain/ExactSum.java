package app.microplan.domain;

import java.math.BigDecimal;

/**
 * A running decimal value that gives exactly what the same {@link BigDecimal} additions, subtractions and
 * {@code max} give — the same value and the same scale — without a new {@code BigDecimal} for each step. While the
 * value fits a {@code long} at its scale it is kept as that long and the scale; past that it is a {@code BigDecimal}.
 * <p>
 * The journal's statistics add each closed trade to half a dozen summaries, a dozen sums each: with a new
 * {@code BigDecimal} per step, a pass over 10,000 trades made 37 MB of garbage (5 MB with these), and under the app's
 * quick JIT it took 40 ms at best and 150-200 ms while the heap grew (decision 0028). Nothing here rounds: a value
 * too long for a {@code long} continues as a {@code BigDecimal}.
 */
final class ExactSum {
    /** 10^0 … 10^18: every power of ten a {@code long} holds. */
    private static final long[] TEN_POWERS = new long[19];
    /** Digits a {@code long} always holds. */
    private static final int LONG_DIGITS = 18;

    static {
        TEN_POWERS[0] = 1;
        for (int i = 1; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = TEN_POWERS[i - 1] * 10;
        }
    }

    private long unscaled;
    private int scale;
    /** The value once it no longer fits a long at its scale; null until then. */
    private BigDecimal big;

    /** Zero at scale 0, as {@link BigDecimal#ZERO}. */
    ExactSum() {
    }

    /** {@code value} exactly, its scale kept. */
    ExactSum(BigDecimal value) {
        set(value);
    }

    /** Becomes {@code value}, its scale kept. */
    void set(BigDecimal value) {
        big = null;
        if (value.precision() > LONG_DIGITS) {
            big = value;
            return;
        }
        scale = value.scale();
        // At most 18 digits, so the unscaled value fits a long; moving the point by the scale (either way) gives it
        // without the BigInteger that unscaledValue() would make.
        unscaled = scale == 0 ? value.longValueExact() : value.movePointRight(scale).longValueExact();
    }

    /** Becomes {@code other}'s value and scale. */
    void set(ExactSum other) {
        unscaled = other.unscaled;
        scale = other.scale;
        big = other.big;
    }

    /** Becomes zero at scale 0. */
    void clear() {
        unscaled = 0;
        scale = 0;
        big = null;
    }

    /** {@code this = this.add(other)}. */
    void add(ExactSum other) {
        int common = Math.max(scale, other.scale);
        long left = atScale(this, common);
        long right = atScale(other, common);
        if (left != Long.MIN_VALUE && right != Long.MIN_VALUE) {
            long sum = left + right;
            // Overflow only when both have the same sign and the sum has the other.
            if (((left ^ sum) & (right ^ sum)) >= 0) {
                unscaled = sum;
                scale = common;
                return;
            }
        }
        big = value().add(other.value());
    }

    /** {@code this = minuend.subtract(subtrahend)}. */
    void setDifference(ExactSum minuend, ExactSum subtrahend) {
        int common = Math.max(minuend.scale, subtrahend.scale);
        long left = atScale(minuend, common);
        long right = atScale(subtrahend, common);
        if (left != Long.MIN_VALUE && right != Long.MIN_VALUE) {
            long difference = left - right;
            // Overflow only when the signs differ and the result's sign is not the minuend's.
            if (((left ^ right) & (left ^ difference)) >= 0) {
                unscaled = difference;
                scale = common;
                big = null;
                return;
            }
        }
        big = minuend.value().subtract(subtrahend.value());
    }

    /** {@code this = this.max(other)}: as {@link BigDecimal#max}, this one (and its scale) when they are equal. */
    void max(ExactSum other) {
        if (compareTo(other) < 0) {
            set(other);
        }
    }

    /** As {@link BigDecimal#compareTo}: by value, whatever the scales. */
    int compareTo(ExactSum other) {
        int common = Math.max(scale, other.scale);
        long left = atScale(this, common);
        long right = atScale(other, common);
        if (left != Long.MIN_VALUE && right != Long.MIN_VALUE) {
            return Long.compare(left, right);
        }
        return value().compareTo(other.value());
    }

    /**
     * {@code floor(value × factor)} for a small positive factor; {@code Long.MIN_VALUE} when that is beyond a
     * long, or the value is.
     */
    long floorOfTimes(int factor) {
        if (big != null || scale < 0 || scale >= TEN_POWERS.length) {
            return Long.MIN_VALUE;
        }
        long times = rescaledBy(unscaled, factor);
        return times == Long.MIN_VALUE ? Long.MIN_VALUE : Math.floorDiv(times, TEN_POWERS[scale]);
    }

    int signum() {
        return big != null ? big.signum() : Long.signum(unscaled);
    }

    /** The value, with the scale the same steps on {@code BigDecimal}s would have given it. */
    BigDecimal value() {
        return big != null ? big : BigDecimal.valueOf(unscaled, scale);
    }

    /** {@code sum}'s unscaled value at {@code target} (at least its scale), or {@code Long.MIN_VALUE} (see below). */
    private static long atScale(ExactSum sum, int target) {
        return sum.big != null ? Long.MIN_VALUE : rescaled(sum.unscaled, target - sum.scale);
    }

    /**
     * {@code value × 10^places}, or {@code Long.MIN_VALUE} when that does not fit (a value never held: it is the
     * one long whose negation overflows, so no sum or difference can be trusted with it).
     */
    private static long rescaled(long value, int places) {
        if (places == 0 || value == 0) {
            return value == Long.MIN_VALUE ? Long.MIN_VALUE : value;
        }
        if (places < 0 || places >= TEN_POWERS.length) {
            return Long.MIN_VALUE;
        }
        return rescaledBy(value, TEN_POWERS[places]);
    }

    /** {@code value × factor}, or {@code Long.MIN_VALUE} when that does not fit. */
    private static long rescaledBy(long value, long factor) {
        long high = Math.multiplyHigh(value, factor);
        long low = value * factor;
        // It fits when the high word is only the low word's sign.
        return (high == (low >> 63) && low != Long.MIN_VALUE) ? low : Long.MIN_VALUE;
    }
}
