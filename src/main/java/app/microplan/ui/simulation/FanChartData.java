package app.microplan.ui.simulation;

import java.util.List;

/**
 * What the fan chart draws: for each trade number, the equity at the 5th, 25th, 50th, 75th and 95th
 * percentile (as doubles: they only place points on the screen), and the labels of its axes, formatted
 * from the exact money by the view model.
 *
 * @param bands {@code bands.get(k)[i]} is percentile k (lowest first) after {@code trades[i]} trades
 */
public record FanChartData(int[] trades, List<double[]> bands, String highLabel, String lowLabel, String startLabel,
                           String endLabel) {

    public FanChartData {
        trades = trades.clone();
        bands = bands.stream().map(double[]::clone).toList();
    }

    public double lowest() {
        double low = Double.POSITIVE_INFINITY;
        for (double value : bands.get(0)) {
            low = Math.min(low, value);
        }
        return low;
    }

    public double highest() {
        double high = Double.NEGATIVE_INFINITY;
        for (double value : bands.get(bands.size() - 1)) {
            high = Math.max(high, value);
        }
        return high;
    }
}
