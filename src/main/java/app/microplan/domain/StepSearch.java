package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Predicate;

/** Finds the largest size in whole quantity steps that passes a test which only ever fails as the size grows. */
final class StepSearch {
    private StepSearch() {
    }

    /**
     * The largest multiple of the step that passes, searched outward from the estimate and then by halving.
     * The tests only ever fail as the size grows, so the search is exact however rough the estimate.
     */
    static BigDecimal largestPassing(BigDecimal estimate, BigDecimal step, Predicate<BigDecimal> passes) {
        long most = mostUnits(step);
        long guess = estimate.divide(step, 0, RoundingMode.FLOOR).min(BigDecimal.valueOf(most)).longValue();
        long low;
        long high;
        if (passesUnits(guess, step, passes)) {
        low = guess;
        long span = 1;
        while (low < most && passesUnits(Math.min(guess + span, most), step, passes)) {
            low = Math.min(guess + span, most);
            span *= 2;
        }
        if (low == most) {
            return step.multiply(BigDecimal.valueOf(most));
        }
        high = Math.min(guess + span, most);
        } else {
        high = guess;
        long span = 1;
        while (guess - span > 0 && !passesUnits(guess - span, step, passes)) {
            high = guess - span;
            span *= 2;
        }
        low = Math.max(0, guess - span);
        if (low == 0 && !passesUnits(0, step, passes)) {
            return BigDecimal.ZERO;
        }
        }
        while (high - low > 1) {
        long middle = (low + high) >>> 1;
        if (passesUnits(middle, step, passes)) {
            low = middle;
        } else {
            high = middle;
        }
        }
        return step.multiply(BigDecimal.valueOf(low));
    }

    /**
     * The search's ceiling in steps: no size beyond {@link NumberLimits#LARGEST} contracts (a size is a number
     * the plan may keep), and no more steps than a long counts with room to add.
     */
    private static long mostUnits(BigDecimal step) {
        return NumberLimits.LARGEST.divide(step, 0, RoundingMode.FLOOR)
            .min(BigDecimal.valueOf(Long.MAX_VALUE / 4)).longValue();
    }

    private static boolean passesUnits(long units, BigDecimal step, Predicate<BigDecimal> passes) {
        return passes.test(step.multiply(BigDecimal.valueOf(units)));
    }

}
