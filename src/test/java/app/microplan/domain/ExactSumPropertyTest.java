package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * ExactSum against BigDecimal itself: every step gives the same value and the same scale ({@code equals}, not only
 * {@code compareTo}), across the edge where a long no longer holds the value and back.
 */
class ExactSumPropertyTest {

    /**
     * Decimals of up to 22 digits at scales −3 to 12, many near the ends of a long: most fit a long, some only just,
     * some do not.
     */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf),
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE).map(BigInteger::valueOf),
                Arbitraries.longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1_000).map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(22).negate(), BigInteger.TEN.pow(22)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-3, 12)).as(BigDecimal::new);
    }

    @Provide
    Arbitrary<List<BigDecimal>> sequences() {
        return decimals().list().ofMaxSize(30);
    }

    @Property(tries = 500)
    void aRunningSumIsBigDecimalsSum(@ForAll("sequences") List<BigDecimal> values) {
        ExactSum sum = new ExactSum();
        ExactSum sumOfSums = new ExactSum();
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal expectedOfSums = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum.add(new ExactSum(value));
            expected = expected.add(value);
            assertThat(sum.value()).isEqualTo(expected);
            assertThat(sum.signum()).isEqualTo(expected.signum());
            sumOfSums.add(sum);
            expectedOfSums = expectedOfSums.add(expected);
            assertThat(sumOfSums.value()).isEqualTo(expectedOfSums);
        }
    }

    @Property(tries = 1000)
    void aDifferenceIsBigDecimalsDifference(@ForAll("decimals") BigDecimal minuend,
                                            @ForAll("decimals") BigDecimal subtrahend) {
        ExactSum difference = new ExactSum(new BigDecimal("123.45"));
        difference.setDifference(new ExactSum(minuend), new ExactSum(subtrahend));
        assertThat(difference.value()).isEqualTo(minuend.subtract(subtrahend));
    }

    @Property(tries = 1000)
    void comparingAndTheLargerAreBigDecimals(@ForAll("decimals") BigDecimal left, @ForAll("decimals") BigDecimal right) {
        assertThat(Integer.signum(new ExactSum(left).compareTo(new ExactSum(right))))
                .isEqualTo(Integer.signum(left.compareTo(right)));
        ExactSum larger = new ExactSum(left);
        larger.max(new ExactSum(right));
        // BigDecimal.max keeps this one, scale and all, when the two are equal in value.
        assertThat(larger.value()).isEqualTo(left.max(right));
    }

    @Property(tries = 1000)
    void equalValuesAtOtherScalesCompareEqualAndTheFirstIsKept(@ForAll("decimals") BigDecimal value) {
        BigDecimal longer = value.setScale(value.scale() + 3);
        assertThat(new ExactSum(value).compareTo(new ExactSum(longer))).isZero();
        ExactSum larger = new ExactSum(longer);
        larger.max(new ExactSum(value));
        assertThat(larger.value()).isEqualTo(longer.max(value)).isEqualTo(longer);
    }

    @Property(tries = 1000)
    void twiceTheValueRoundedDownIsBigDecimals(@ForAll("decimals") BigDecimal value) {
        long halves = new ExactSum(value).floorOfTimes(2);
        BigDecimal expected = value.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.FLOOR);
        if (halves == Long.MIN_VALUE) {
            // Only a value a long cannot hold at its scale, or twice it beyond a long, or a scale below zero.
            assertThat(value.precision() > 18 || value.scale() < 0
                    || expected.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0).isTrue();
        } else {
            assertThat(BigDecimal.valueOf(halves)).isEqualTo(expected);
        }
    }

    @Property(tries = 300)
    void clearingGivesZeroAtScaleZero(@ForAll("decimals") BigDecimal value) {
        ExactSum sum = new ExactSum(value);
        sum.clear();
        assertThat(sum.value()).isEqualTo(BigDecimal.ZERO);
        sum.add(new ExactSum(value));
        assertThat(sum.value()).isEqualTo(BigDecimal.ZERO.add(value));
    }
}
