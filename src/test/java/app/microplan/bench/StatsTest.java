package app.microplan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's medians and percentiles, on small lists worked out by hand. */
class StatsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValueAndOfAnEvenCountTheMeanOfTheTwoMiddleOnes() {
        assertThat(Stats.median(List.of(900L, 600L, 700L))).isEqualTo(700L);
        assertThat(Stats.median(List.of(4L, 1L, 3L, 2L))).isEqualTo(2L);
    }

    @Test
    void percentileIsTheNearestRank() {
        List<Long> hundred = new java.util.ArrayList<>();
        for (long i = 100; i >= 1; i--) {
            hundred.add(i);
        }
        assertThat(Stats.percentile(hundred, 99)).isEqualTo(99L);
        assertThat(Stats.percentile(hundred, 100)).isEqualTo(100L);
        assertThat(Stats.percentile(List.of(5L, 1L), 50)).isEqualTo(1L);
    }

    @Test
    void noValuesIsAnError() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
