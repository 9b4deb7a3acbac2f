package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The simulation's fixed point against BigDecimal: rounded once, in the direction named, and never wrapped. */
class FixedPointTest {

    @Test
    void aShareOfAnAmountRoundsTheWayItIsTold() {
        long third = FixedPoint.units(new BigDecimal("0.333333333"), RoundingMode.FLOOR);
        // 0.333333333 × 0.000000001 of the start: 0.333… of a unit, up to 1 or down to 0
        assertThat(FixedPoint.multiply(third, 1, RoundingMode.CEILING)).isEqualTo(1);
        assertThat(FixedPoint.multiply(third, 1, RoundingMode.FLOOR)).isZero();
        // A loss rounds down too: −0.333… becomes −1, never 0.
        assertThat(FixedPoint.multiply(-third, 1, RoundingMode.FLOOR)).isEqualTo(-1);
        assertThat(FixedPoint.multiply(FixedPoint.ONE / 100, 3 * FixedPoint.ONE, RoundingMode.FLOOR))
                .isEqualTo(FixedPoint.ONE * 3 / 100);
    }

    @Test
    void decimalsBeyondNinePlacesRoundAndTooLargeValuesSaturate() {
        assertThat(FixedPoint.units(new BigDecimal("0.0100000001"), RoundingMode.CEILING)).isEqualTo(10_000_001);
        assertThat(FixedPoint.units(new BigDecimal("0.0100000001"), RoundingMode.FLOOR)).isEqualTo(10_000_000);
        assertThat(FixedPoint.units(new BigDecimal("1e30"), RoundingMode.FLOOR)).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedPoint.units(new BigDecimal("-1e30"), RoundingMode.FLOOR)).isEqualTo(Long.MIN_VALUE);
        assertThat(FixedPoint.decimal(1_500_000_000L)).isEqualByComparingTo("1.5");
    }

    @Test
    void aSumBeyondALongStopsAtItsEndInsteadOfWrapping() {
        assertThat(FixedPoint.add(Long.MAX_VALUE - 1, 5)).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedPoint.add(Long.MIN_VALUE + 1, -5)).isEqualTo(Long.MIN_VALUE);
        assertThat(FixedPoint.add(Long.MAX_VALUE, Long.MIN_VALUE)).isEqualTo(-1);
        assertThat(Long.MAX_VALUE - 1 + 5).as("what plain long arithmetic would do").isNegative();
    }

    @Test
    void aProductBeyondALongIsWorkedOutExactlyOrSaturates() {
        // 10¹⁵ × 2·10⁷ = 2·10²² does not fit a long; divided by 10⁹ it is 2·10¹³, which does.
        assertThat(FixedPoint.multiply(1_000_000_000_000_000L, 20_000_000L, RoundingMode.FLOOR))
                .isEqualTo(20_000_000_000_000L);
        assertThat(FixedPoint.multiply(Long.MAX_VALUE, Long.MAX_VALUE, RoundingMode.FLOOR)).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedPoint.multiply(Long.MAX_VALUE, -Long.MAX_VALUE, RoundingMode.FLOOR)).isEqualTo(Long.MIN_VALUE);
    }

    @Property(tries = 500)
    void multiplyDivideIsBigDecimalsExactQuotientRoundedOnce(@ForAll long a, @ForAll long b,
                                                             @ForAll @LongRange(min = 1) long divisor) {
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigInteger exact = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
                    .divide(BigDecimal.valueOf(divisor), 0, mode).toBigIntegerExact();
            BigInteger expected = exact.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE));
            assertThat(FixedPoint.multiplyDivide(a, b, divisor, mode)).as("%d × %d / %d, %s", a, b, divisor, mode)
                    .isEqualTo(expected.longValueExact());
        }
    }
}
