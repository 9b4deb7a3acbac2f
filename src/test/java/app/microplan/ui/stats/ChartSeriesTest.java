package app.microplan.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.EquityPoint;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.RBucket;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSeriesTest {

    /** A curve rising by 1 a trade, except one deep dip at trade 5,001 (−5,000) and one spike at 7,777. */
    private static List<EquityPoint> curve(int trades) {
        List<EquityPoint> points = new ArrayList<>();
        for (int i = 1; i <= trades; i++) {
            BigDecimal value = BigDecimal.valueOf(i == 5_001 ? -5_000 : i == 7_777 ? 99_999 : i);
            points.add(new EquityPoint(Instant.EPOCH.plusSeconds(i), "p" + i, BigDecimal.ONE, value, BigDecimal.ZERO));
        }
        return points;
    }

    @Test
    void aShortCurveKeepsEveryTradeAfterTheStartingZero() {
        List<ChartPoint> points = ChartSeries.equityCurve(curve(3), ChartSeries.CURVE_POINTS);

        assertThat(points).extracting(ChartPoint::label).containsExactly("0", "1", "2", "3");
        assertThat(points.get(0).value()).isEqualByComparingTo("0");
    }

    @Test
    void tenThousandTradesAreThinnedToAFewHundredPointsKeepingTheDeepestDipTheHighestSpikeAndTheLastTrade() {
        List<ChartPoint> points = ChartSeries.equityCurve(curve(10_000), ChartSeries.CURVE_POINTS);

        assertThat(points.size()).isBetween(300, ChartSeries.CURVE_POINTS + 1);
        assertThat(points).extracting(ChartPoint::label).contains("5001", "7777", "10000");
        assertThat(points.stream().map(ChartPoint::value).min(Comparator.naturalOrder()).orElseThrow())
                .isEqualByComparingTo("-5000");
        List<Integer> trades = points.stream().map(p -> Integer.parseInt(p.label())).toList();
        assertThat(trades).isSorted();
    }

    @Test
    void theRBandsAreLabelledByTheirRangeWithTheOuterBandsOpen() {
        List<RBucket> buckets = JournalStatistics.of(List.of(), ZoneOffset.UTC).rHistogram();

        List<ChartPoint> bars = ChartSeries.rHistogram(buckets);

        assertThat(bars).extracting(ChartPoint::label).startsWith("< −3", "−3 to −2.5", "−2.5 to −2")
                .contains("−1.5 to −1", "−1 to −0.5", "−0.5 to 0", "0 to 0.5").endsWith("4.5 to 5", "≥ 5");
        assertThat(bars).hasSize(18);
    }

    @Test
    void aTradeSitsInTheBandWhoseLabelSpansItsR() {
        List<RBucket> buckets = JournalStatistics.of(List.of(), ZoneOffset.UTC).rHistogram();
        for (RBucket bucket : buckets) {
            String label = ChartSeries.bandLabel(bucket);
            if (bucket.from() != null && bucket.to() != null) {
                // The label's first number is the band's lowest R (included), its second the band's end (excluded).
                String[] edges = label.replace('−', '-').split(" to ");
                assertThat(new BigDecimal(edges[0])).isEqualByComparingTo(bucket.from());
                assertThat(new BigDecimal(edges[1])).isEqualByComparingTo(bucket.to());
            }
        }
        assertThat(labelOfBandHolding(buckets, "-1.00")).isEqualTo("−1 to −0.5");
        assertThat(labelOfBandHolding(buckets, "-1.02")).isEqualTo("−1.5 to −1");
        assertThat(labelOfBandHolding(buckets, "-3.4")).isEqualTo("< −3");
        assertThat(labelOfBandHolding(buckets, "5")).isEqualTo("≥ 5");
    }

    private static String labelOfBandHolding(List<RBucket> buckets, String r) {
        BigDecimal value = new BigDecimal(r);
        return buckets.stream()
                .filter(b -> (b.from() == null || b.from().compareTo(value) <= 0)
                        && (b.to() == null || value.compareTo(b.to()) < 0))
                .map(ChartSeries::bandLabel).findFirst().orElseThrow();
    }
}
