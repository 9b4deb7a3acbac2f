package app.microplan.ui.stats;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.util.StringConverter;

/**
 * The equity curve, the R-multiple distribution, and P&L by weekday and by tag. Values go to the charts as the
 * BigDecimals they are (a chart's axis reads any Number); bars below zero are marked so the stylesheet can
 * colour losses.
 */
final class ChartsPanel extends GridPane {
    private static final PseudoClass LOSS = PseudoClass.getPseudoClass("loss");
    /** Whole trade numbers on the equity curve's axis, about this many of them. */
    private static final int TRADE_TICKS = 8;
    private final LineChart<Number, Number> equity = new LineChart<>(tradeAxis(), axis(Messages.text("chart.realizedPnl")));
    private final BarChart<String, Number> rDistribution = bars(Messages.text("chart.rBands"), Messages.text("chart.trades"));
    private final BarChart<String, Number> weekdays = bars(null, Messages.text("chart.pnl"));
    private final BarChart<String, Number> byTag = bars(null, Messages.text("chart.pnl"));

    ChartsPanel() {
        getStyleClass().add("charts-panel");
        equity.setTitle(Messages.text("chart.equity"));
        equity.setId("equity-chart");
        equity.setCreateSymbols(false);
        rDistribution.setTitle(Messages.text("chart.rDistribution"));
        rDistribution.setId("r-chart");
        weekdays.setTitle(Messages.text("chart.weekday"));
        weekdays.setId("weekday-chart");
        byTag.setTitle(Messages.text("chart.tag"));
        byTag.setId("tag-chart");
        for (XYChart<?, ?> chart : List.of(equity, rDistribution, weekdays, byTag)) {
            chart.setAnimated(false);
            chart.setLegendVisible(false);
            chart.getStyleClass().add("journal-chart");
            chart.setMinSize(200, 160);
        }
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        add(equity, 0, 0);
        add(rDistribution, 1, 0);
        add(weekdays, 0, 1);
        add(byTag, 1, 1);
    }

    void bind(JournalReviewViewModel vm, BindingScope scope) {
        show(vm.getCharts());
        scope.listen(vm.chartsProperty(), (obs, old, now) -> show(now));
    }

    private void show(JournalReviewViewModel.Charts charts) {
        if (charts == null) {
            return;
        }
        List<ChartPoint> points = charts.equityCurve();
        int trades = Integer.parseInt(points.get(points.size() - 1).label());
        NumberAxis tradeAxis = (NumberAxis) equity.getXAxis();
        tradeAxis.setUpperBound(Math.max(1, trades));
        tradeAxis.setTickUnit(wholeStep(trades));
        ObservableList<XYChart.Data<Number, Number>> curve = seriesOf(equity).getData();
        curve.remove(Math.min(points.size(), curve.size()), curve.size());
        for (int i = 0; i < points.size(); i++) {
            Integer trade = Integer.valueOf(points.get(i).label());
            if (i < curve.size()) {
                curve.get(i).setXValue(trade);
                curve.get(i).setYValue(points.get(i).value());
            } else {
                curve.add(new XYChart.Data<>(trade, points.get(i).value()));
            }
        }
        fill(rDistribution, charts.rHistogram(), true);
        fill(weekdays, charts.pnlByWeekday(), false);
        fill(byTag, charts.pnlByTag(), false);
    }

    /*
     * Values change in place while the categories stay the same (the R bands and weekdays always do): the chart
     * then moves its bars instead of building new ones, which keeps a filter change light on the FX thread.
     */
    private static void fill(BarChart<String, Number> chart, List<ChartPoint> points, boolean rBands) {
        XYChart.Series<String, Number> series = seriesOf(chart);
        ObservableList<XYChart.Data<String, Number>> bars = series.getData();
        boolean sameCategories = bars.size() == points.size();
        for (int i = 0; sameCategories && i < points.size(); i++) {
            sameCategories = bars.get(i).getXValue().equals(points.get(i).label());
        }
        if (!sameCategories) {
            List<XYChart.Data<String, Number>> fresh = new ArrayList<>(points.size());
            for (ChartPoint point : points) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(point.label(), point.value());
                // A pseudo-class, not a style class: the chart resets a bar's style classes when it adds the bar.
                bar.nodeProperty().addListener((obs, old, node) -> markLoss(bar, rBands));
                fresh.add(bar);
            }
            bars.setAll(fresh);
            return;
        }
        for (int i = 0; i < points.size(); i++) {
            bars.get(i).setYValue(points.get(i).value());
            markLoss(bars.get(i), rBands);
        }
    }

    /** R bands left of zero are losing trades, and a bar below zero is a loss: both are drawn as losses. */
    private static void markLoss(XYChart.Data<String, Number> bar, boolean rBand) {
        if (bar.getNode() != null) {
            boolean loss = rBand ? bar.getXValue().startsWith("−") || bar.getXValue().startsWith("<")
                    : ((BigDecimal) bar.getYValue()).signum() < 0;
            bar.getNode().pseudoClassStateChanged(LOSS, loss);
        }
    }

    /** The chart's one series, made the first time. */
    private static <X> XYChart.Series<X, Number> seriesOf(XYChart<X, Number> chart) {
        if (chart.getData().isEmpty()) {
            chart.getData().add(new XYChart.Series<>());
        }
        return chart.getData().get(0);
    }

    /** 1, 2, 5, 10, 20, 50, … : the smallest such step that gives at most {@link #TRADE_TICKS} ticks. */
    private static int wholeStep(int trades) {
        int step = 1;
        int[] factors = {2, 5, 10};
        for (int magnitude = 1; trades / step > TRADE_TICKS; magnitude *= 10) {
            for (int factor : factors) {
                step = factor * magnitude;
                if (trades / step <= TRADE_TICKS) {
                    break;
                }
            }
        }
        return step;
    }

    private static NumberAxis tradeAxis() {
        NumberAxis axis = new NumberAxis(0, 1, 1);
        axis.setLabel(Messages.text("chart.trade"));
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return Integer.toString(value.intValue());
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
        return axis;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(true);
        return axis;
    }

    private static BarChart<String, Number> bars(String xLabel, String yLabel) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(xLabel);
        NumberAxis y = axis(yLabel);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setCategoryGap(4);
        chart.setBarGap(0);
        return chart;
    }
}
