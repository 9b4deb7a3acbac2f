package app.microplan.ui.gauge;

import app.microplan.ui.common.Messages;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Line;

/**
 * A half-dial for margin utilization: a zone band (green, amber from 80 % of the cap, red from the cap), the
 * other plans' margin and this plan's stacked on it, and a tick at the cap. Colours come from the theme through
 * style classes. The fractions are doubles only to place arcs on screen; no amount is computed here.
 */
public final class MarginGauge extends Region {
    /** The dial runs to one and a half times the cap, so the cap sits at two thirds and overshoot shows. */
    private static final double SCALE_OVER_CAP = 1.5;

    private final DoubleProperty otherPlans = new SimpleDoubleProperty(this, "otherPlans");
    private final DoubleProperty thisPlan = new SimpleDoubleProperty(this, "thisPlan");
    private final DoubleProperty cap = new SimpleDoubleProperty(this, "cap", 0.10);
    private final StringProperty valueText = new SimpleStringProperty(this, "valueText", "—");
    private final StringProperty capText = new SimpleStringProperty(this, "capText", "");

    private final Arc track = arc("gauge-track");
    private final Arc safeBand = arc("gauge-band-safe");
    private final Arc cautionBand = arc("gauge-band-caution");
    private final Arc dangerBand = arc("gauge-band-danger");
    private final Arc otherArc = arc("gauge-other-plans");
    private final Arc thisArc = arc("gauge-this-plan");
    private final Line capTick = new Line();
    private final Label capLabel = new Label();
    private final Label value = new Label();
    private final Label caption = new Label(Messages.text("gauge.caption"));

    public MarginGauge() {
        getStyleClass().add("margin-gauge");
        capTick.getStyleClass().add("gauge-cap");
        capLabel.getStyleClass().add("gauge-cap-label");
        value.getStyleClass().add("gauge-value");
        value.setId("gauge-value");
        caption.getStyleClass().add("gauge-caption");
        value.textProperty().bind(valueText);
        capLabel.textProperty().bind(capText);
        getChildren().addAll(track, safeBand, cautionBand, dangerBand, otherArc, thisArc, capTick, capLabel, value,
                caption);
        otherPlans.addListener(o -> requestLayout());
        thisPlan.addListener(o -> requestLayout());
        cap.addListener(o -> requestLayout());
    }

    private static Arc arc(String styleClass) {
        Arc arc = new Arc();
        arc.setType(ArcType.OPEN);
        arc.getStyleClass().addAll("gauge-arc", styleClass);
        arc.setManaged(false);
        return arc;
    }

    public DoubleProperty otherPlansProperty() {
        return otherPlans;
    }

    public DoubleProperty thisPlanProperty() {
        return thisPlan;
    }

    public DoubleProperty capProperty() {
        return cap;
    }

    public StringProperty valueTextProperty() {
        return valueText;
    }

    /** The cap as people read it ("cap 10.00 %"), formatted by the view model side, not from the double. */
    public StringProperty capTextProperty() {
        return capText;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 240;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 128;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double radius = Math.max(20, Math.min(width / 2 - 40, height - 34));
        double cx = snappedLeftInset() + width / 2;
        double cy = snappedTopInset() + radius + 12;
        double full = cap.get() * SCALE_OVER_CAP;
        place(track, cx, cy, radius, 0, full, full);
        place(safeBand, cx, cy, radius + 11, 0, cap.get() * 0.8, full);
        place(cautionBand, cx, cy, radius + 11, cap.get() * 0.8, cap.get(), full);
        place(dangerBand, cx, cy, radius + 11, cap.get(), full, full);
        double others = Math.min(otherPlans.get(), full);
        double total = Math.min(otherPlans.get() + thisPlan.get(), full);
        place(otherArc, cx, cy, radius, 0, others, full);
        place(thisArc, cx, cy, radius, others, total, full);
        double capAngle = Math.toRadians(180 - 180 * cap.get() / full);
        capTick.setStartX(cx + Math.cos(capAngle) * (radius - 14));
        capTick.setStartY(cy - Math.sin(capAngle) * (radius - 14));
        capTick.setEndX(cx + Math.cos(capAngle) * (radius + 18));
        capTick.setEndY(cy - Math.sin(capAngle) * (radius + 18));
        capLabel.autosize();
        capLabel.relocate(capTick.getEndX() + 2, capTick.getEndY() - capLabel.getHeight());
        value.autosize();
        value.relocate(cx - value.getWidth() / 2, cy - value.getHeight() - 4);
        caption.autosize();
        caption.relocate(cx - caption.getWidth() / 2, cy + 2);
    }

    /* Angles run clockwise from the left end of the dial (0 %) to the right end (the full scale). */
    private static void place(Arc arc, double cx, double cy, double radius, double from, double to, double full) {
        arc.setCenterX(cx);
        arc.setCenterY(cy);
        arc.setRadiusX(radius);
        arc.setRadiusY(radius);
        arc.setVisible(to > from);
        arc.setStartAngle(180 - 180 * from / full);
        arc.setLength(-180 * (to - from) / full);
    }
}
