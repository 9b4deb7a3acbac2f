package app.microplan.checklist;

import app.microplan.checklist.PdfFonts.Style;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Small vector charts for the review report: a line, bars, and a fan of percentile bands, each in a box with
 * its title, its zero line and the labels of its highest and lowest value. Values arrive as doubles because
 * they only place marks on the page (points, 1/72 inch); every figure printed beside them is formatted from
 * the exact value by the caller.
 */
final class PdfCharts {
    static final Color LINE = new Color(0x0969da);
    static final Color GAIN = new Color(0x2da44e);
    static final Color LOSS = new Color(0xcf222e);
    private static final Color AXIS = new Color(0x8c959f);
    private static final Color BAND_OUTER = new Color(0xddf4ff);
    private static final Color BAND_INNER = new Color(0x9cd3ff);
    private static final float TITLE = 9f;
    private static final float LABEL = 6.5f;
    /** Room on the left for the value labels, and above for the title. */
    private static final float GUTTER = 42f;
    private static final float TITLE_ROOM = 16f;

    private final PdfPages pages;

    PdfCharts(PdfPages pages) {
        this.pages = pages;
    }

    /** The plot area of a chart whose box has its top-left corner at (x, top). */
    private record Plot(float left, float bottom, float width, float height, double low, double high) {
        float y(double value) {
            return high == low ? bottom + height / 2 : (float) (bottom + (value - low) / (high - low) * height);
        }
    }

    private Plot frame(String title, float x, float top, float width, float height, double low, double high,
                       DoubleFunction<String> label) throws IOException {
        pages.text(title, Style.BOLD, TITLE, x, top - PdfPages.ascent(TITLE), PdfChecklist.INK);
        float plotTop = top - TITLE_ROOM;
        Plot plot = new Plot(x + GUTTER, top - height, width - GUTTER, plotTop - (top - height), low, high);
        PDPageContentStream stream = pages.stream();
        stream.setStrokingColor(PdfChecklist.HAIRLINE);
        stream.setLineWidth(0.5f);
        stream.addRect(plot.left(), plot.bottom(), plot.width(), plot.height());
        stream.stroke();
        valueLabel(label.apply(high), plot, plot.y(high));
        valueLabel(label.apply(low), plot, plot.y(low));
        if (low < 0 && high > 0) {
            pages.strokeLine(plot.left(), plot.y(0), plot.left() + plot.width(), plot.y(0), 0.5f, AXIS);
            valueLabel(label.apply(0), plot, plot.y(0));
        }
        return plot;
    }

    private void valueLabel(String text, Plot plot, float y) throws IOException {
        float width = pages.textWidth(text, Style.REGULAR, LABEL);
        pages.text(text, Style.REGULAR, LABEL, plot.left() - 4 - width, y - LABEL / 3, PdfChecklist.MUTED);
    }

    /** A line through the values, left to right; the range always includes zero. */
    void line(String title, float x, float top, float width, float height, double[] values,
              DoubleFunction<String> label) throws IOException {
        double low = Math.min(0, min(values));
        double high = Math.max(0, max(values));
        Plot plot = frame(title, x, top, width, height, low, high, label);
        if (values.length < 2) {
            return;
        }
        PDPageContentStream stream = pages.stream();
        stream.setStrokingColor(LINE);
        stream.setLineWidth(1.2f);
        for (int i = 0; i < values.length; i++) {
            float px = plot.left() + plot.width() * i / (values.length - 1);
            if (i == 0) {
                stream.moveTo(px, plot.y(values[i]));
            } else {
                stream.lineTo(px, plot.y(values[i]));
            }
        }
        stream.stroke();
    }

    /**
     * Bars from zero, gains green and losses red (or all in the line's blue when {@code signed} is false), each
     * labelled below by its category when there is room.
     */
    void bars(String title, float x, float top, float width, float height, List<String> categories, double[] values,
              boolean signed, DoubleFunction<String> label) throws IOException {
        double low = Math.min(0, min(values));
        double high = Math.max(0, max(values));
        Plot plot = frame(title, x, top, width, height - 10, low, high == low ? 1 : high, label);
        float slot = plot.width() / Math.max(1, values.length);
        float barWidth = Math.max(1f, slot * 0.7f);
        int labelEvery = Math.max(1, (int) Math.ceil(values.length * 22.0 / plot.width()));
        for (int i = 0; i < values.length; i++) {
            float bx = plot.left() + slot * i + (slot - barWidth) / 2;
            float zero = plot.y(0);
            float end = plot.y(values[i]);
            if (values[i] != 0) {
                pages.fillRect(bx, Math.min(zero, end), barWidth, Math.abs(end - zero),
                        !signed ? LINE : values[i] < 0 ? LOSS : GAIN);
            }
            if (i % labelEvery == 0) {
                String text = categories.get(i);
                float textWidth = pages.textWidth(text, Style.REGULAR, LABEL);
                pages.text(text, Style.REGULAR, LABEL, plot.left() + slot * i + (slot - textWidth) / 2,
                        plot.bottom() - 8, PdfChecklist.MUTED);
            }
        }
    }

    /**
     * The fan chart: the band between the outer percentiles, the band between the inner ones, and the median,
     * over the trade numbers. {@code bands[k][i]} is percentile k (lowest first, five of them) at point i.
     */
    void fan(String title, String end, float x, float top, float width, float height, double[] trades,
             double[][] bands, DoubleFunction<String> label) throws IOException {
        double low = min(bands[0]);
        double high = max(bands[bands.length - 1]);
        Plot plot = frame(title, x, top, width, height, low, high, label);
        double last = trades[trades.length - 1];
        band(plot, trades, last, bands[0], bands[4], BAND_OUTER);
        band(plot, trades, last, bands[1], bands[3], BAND_INNER);
        PDPageContentStream stream = pages.stream();
        stream.setStrokingColor(LINE);
        stream.setLineWidth(1.3f);
        for (int i = 0; i < trades.length; i++) {
            float px = plot.left() + (float) (plot.width() * trades[i] / last);
            if (i == 0) {
                stream.moveTo(px, plot.y(bands[2][i]));
            } else {
                stream.lineTo(px, plot.y(bands[2][i]));
            }
        }
        stream.stroke();
        pages.text("0", Style.REGULAR, LABEL, plot.left(), plot.bottom() - 8, PdfChecklist.MUTED);
        pages.text(end, Style.REGULAR, LABEL, plot.left() + plot.width() - pages.textWidth(end, Style.REGULAR, LABEL),
                plot.bottom() - 8, PdfChecklist.MUTED);
    }

    private void band(Plot plot, double[] trades, double last, double[] lower, double[] upper, Color color)
            throws IOException {
        PDPageContentStream stream = pages.stream();
        stream.setNonStrokingColor(color);
        for (int i = 0; i < trades.length; i++) {
            float px = plot.left() + (float) (plot.width() * trades[i] / last);
            if (i == 0) {
                stream.moveTo(px, plot.y(upper[i]));
            } else {
                stream.lineTo(px, plot.y(upper[i]));
            }
        }
        for (int i = trades.length - 1; i >= 0; i--) {
            stream.lineTo(plot.left() + (float) (plot.width() * trades[i] / last), plot.y(lower[i]));
        }
        stream.closePath();
        stream.fill();
    }

    private static double min(double[] values) {
        double result = values.length == 0 ? 0 : Double.POSITIVE_INFINITY;
        for (double value : values) {
            result = Math.min(result, value);
        }
        return result;
    }

    private static double max(double[] values) {
        double result = values.length == 0 ? 0 : Double.NEGATIVE_INFINITY;
        for (double value : values) {
            result = Math.max(result, value);
        }
        return result;
    }
}
