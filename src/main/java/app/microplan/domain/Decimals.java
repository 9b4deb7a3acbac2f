package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding conventions for money, prices and sizes. Sizes round down and risk rounds up: both err on the safe side. */
public final class Decimals {
    /** Scale used for intermediate quotients (average entry, ratios) before they are rounded for people. */
    public static final int WORKING_SCALE = 12;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Money rounded up to the cent (towards +∞): a risk or cost never looks smaller than it is. */
    public static BigDecimal centsUp(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.CEILING);
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, WORKING_SCALE, RoundingMode.HALF_EVEN);
    }

    /** A fraction as a percentage with two decimals, rounded up (a risk of 0.98001 % shows as 0.99 %). */
    public static BigDecimal percentUp(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.CEILING);
    }

    public static BigDecimal percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal fromPercent(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    /** The largest multiple of {@code step} that is ≤ {@code value} (value ≥ 0). */
    public static BigDecimal floorToStep(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }

    public static boolean isMultipleOf(BigDecimal value, BigDecimal step) {
        return value.remainder(step).signum() == 0;
    }

    /** Plain decimal text without trailing zeros: 69500, 0.005, 12.5. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    public static boolean isPositive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
