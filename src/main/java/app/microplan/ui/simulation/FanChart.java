package app.microplan.ui.simulation;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/**
 * The fan chart of simulated equity: the 5th–95th percentile band, the 25th–75th band inside it, and the
 * median, over the trade numbers, with the highest and lowest equity and the first and last trade labelled.
 * Shapes rather than a JavaFX chart: the bands are filled areas between two lines, which XYChart does not draw.
 * Colours come from the stylesheet ({@code .fan-outer}, {@code .fan-inner}, {@code .fan-median}).
 */
public final class FanChart extends Region {
    private static final double LEFT = 72;
    private static final double BOTTOM = 22;
    private static final double TOP = 8;
    private static final double RIGHT = 12;
    private final Polygon outer = new Polygon();
    private final Polygon inner = new Polygon();
    private final Polyline median = new Polyline();
    private final Line xAxis = new Line();
    private final Line yAxis = new Line();
    private final Label high = label();
    private final Label low = label();
    private final Label start = label();
    private final Label end = label();
    private FanChartData data;

    public FanChart() {
        getStyleClass().add("fan-chart");
        setId("fan-chart");
        outer.getStyleClass().add("fan-outer");
        inner.getStyleClass().add("fan-inner");
        median.getStyleClass().add("fan-median");
        xAxis.getStyleClass().add("fan-axis");
        yAxis.getStyleClass().add("fan-axis");
        getChildren().addAll(outer, inner, median, xAxis, yAxis, high, low, start, end);
        setMinSize(240, 140);
        setPrefSize(640, 260);
    }

    private static Label label() {
        Label label = new Label();
        label.getStyleClass().add("fan-label");
        label.setManaged(false);
        return label;
    }

    public void show(FanChartData value) {
        data = value;
        boolean shown = value != null;
        for (javafx.scene.Node node : getChildren()) {
            node.setVisible(shown);
        }
        if (shown) {
            high.setText(value.highLabel());
            low.setText(value.lowLabel());
            start.setText(value.startLabel());
            end.setText(value.endLabel());
        }
        requestLayout();
    }

    /** Points on screen of the median line: what a test can check the chart drew. */
    public int medianPoints() {
        return median.getPoints().size() / 2;
    }

    @Override
    protected void layoutChildren() {
        if (data == null) {
            return;
        }
        double width = getWidth() - LEFT - RIGHT;
        double height = getHeight() - TOP - BOTTOM;
        double lowest = data.lowest();
        double highest = data.highest();
        double span = highest - lowest == 0 ? 1 : highest - lowest;
        int[] trades = data.trades();
        double last = Math.max(1, trades[trades.length - 1]);
        java.util.function.IntToDoubleFunction x = i -> LEFT + width * trades[i] / last;
        java.util.function.DoubleUnaryOperator y = v -> TOP + height * (1 - (v - lowest) / span);
        band(outer, trades.length, x, y, data.bands().get(0), data.bands().get(4));
        band(inner, trades.length, x, y, data.bands().get(1), data.bands().get(3));
        median.getPoints().clear();
        for (int i = 0; i < trades.length; i++) {
            median.getPoints().addAll(x.applyAsDouble(i), y.applyAsDouble(data.bands().get(2)[i]));
        }
        xAxis.setStartX(LEFT);
        xAxis.setEndX(LEFT + width);
        xAxis.setStartY(TOP + height);
        xAxis.setEndY(TOP + height);
        yAxis.setStartX(LEFT);
        yAxis.setEndX(LEFT);
        yAxis.setStartY(TOP);
        yAxis.setEndY(TOP + height);
        place(high, LEFT - 6 - width(high), TOP - 8);
        place(low, LEFT - 6 - width(low), TOP + height - 8);
        place(start, LEFT, TOP + height + 3);
        place(end, LEFT + width - width(end), TOP + height + 3);
    }

    private static void band(Polygon polygon, int count, java.util.function.IntToDoubleFunction x,
                             java.util.function.DoubleUnaryOperator y, double[] lower, double[] upper) {
        polygon.getPoints().clear();
        for (int i = 0; i < count; i++) {
            polygon.getPoints().addAll(x.applyAsDouble(i), y.applyAsDouble(upper[i]));
        }
        for (int i = count - 1; i >= 0; i--) {
            polygon.getPoints().addAll(x.applyAsDouble(i), y.applyAsDouble(lower[i]));
        }
    }

    private static double width(Label label) {
        return label.prefWidth(-1);
    }

    private static void place(Label label, double x, double y) {
        label.resizeRelocate(x, y, label.prefWidth(-1), label.prefHeight(-1));
    }
}
