package app.microplan.ui.stats;

import app.microplan.domain.CategoryPnl;
import app.microplan.domain.Decimals;
import app.microplan.domain.EquityPoint;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.RBucket;
import app.microplan.ui.common.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics as the charts draw them. A chart draws a node per point, so a curve of 10,000 trades is
 * thinned to a few hundred points, keeping each stretch's highest and lowest so that no drawdown vanishes.
 */
public final class ChartSeries {
    /** Points an equity curve keeps at most (two per stretch): plenty for a chart a few hundred pixels wide. */
    public static final int CURVE_POINTS = 400;

    private ChartSeries() {
    }

    /**
     * The cumulative realized P&L after each trade, labelled with the trade's number (1 is the first). Starts
     * at 0 before the first trade so that the curve begins where the account did.
     */
    public static List<ChartPoint> equityCurve(List<EquityPoint> curve, int maxPoints) {
        List<ChartPoint> points = new ArrayList<>();
        points.add(new ChartPoint("0", BigDecimal.ZERO));
        if (curve.size() + 1 <= maxPoints) {
            for (int i = 0; i < curve.size(); i++) {
                points.add(point(curve, i));
            }
            return points;
        }
        int stretches = Math.max(1, (maxPoints - 2) / 2);
        for (int s = 0; s < stretches; s++) {
            int from = (int) ((long) s * curve.size() / stretches);
            int to = (int) ((long) (s + 1) * curve.size() / stretches);
            addExtremes(points, curve, from, to);
        }
        int last = curve.size() - 1;
        if (!points.get(points.size() - 1).label().equals(Integer.toString(last + 1))) {
            points.add(point(curve, last));
        }
        return points;
    }

    /**
     * Trades per band of half an R, labelled by the band's range, "−1.5 to −1": a band holds the trades from its
     * first number up to, not including, its second (a stop-out at exactly −1 R is in "−1 to −0.5", one that
     * slipped to −1.02 R in "−1.5 to −1"). The outer bands are open: "< −3", "≥ 5".
     */
    public static List<ChartPoint> rHistogram(List<RBucket> buckets) {
        List<ChartPoint> bars = new ArrayList<>(buckets.size());
        for (RBucket bucket : buckets) {
            bars.add(new ChartPoint(bandLabel(bucket), BigDecimal.valueOf(bucket.trades())));
        }
        return bars;
    }

    static String bandLabel(RBucket bucket) {
        if (bucket.from() == null) {
            return "< " + signed(bucket.to());
        }
        if (bucket.to() == null) {
            return "≥ " + signed(bucket.from());
        }
        return Messages.text("chart.rBand", signed(bucket.from()), signed(bucket.to()));
    }

    public static List<ChartPoint> pnlByWeekday(JournalStatistics statistics) {
        return pnl(statistics.pnlByWeekday());
    }

    public static List<ChartPoint> pnlByTag(JournalStatistics statistics) {
        return pnl(statistics.pnlByTag());
    }

    private static List<ChartPoint> pnl(List<CategoryPnl> categories) {
        return categories.stream().map(c -> new ChartPoint(c.category(), Decimals.cents(c.pnl()))).toList();
    }

    /* The stretch's lowest and highest point, in the order they happened. */
    private static void addExtremes(List<ChartPoint> points, List<EquityPoint> curve, int from, int to) {
        if (from >= to) {
            return;
        }
        int low = from;
        int high = from;
        for (int i = from + 1; i < to; i++) {
            BigDecimal value = curve.get(i).cumulativePnl();
            if (value.compareTo(curve.get(low).cumulativePnl()) < 0) {
                low = i;
            }
            if (value.compareTo(curve.get(high).cumulativePnl()) > 0) {
                high = i;
            }
        }
        points.add(point(curve, Math.min(low, high)));
        if (low != high) {
            points.add(point(curve, Math.max(low, high)));
        }
    }

    private static ChartPoint point(List<EquityPoint> curve, int index) {
        return new ChartPoint(Integer.toString(index + 1), Decimals.cents(curve.get(index).cumulativePnl()));
    }

    private static String signed(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        String text = Decimals.plain(plain.abs());
        return plain.signum() < 0 ? "−" + text : text;
    }
}
