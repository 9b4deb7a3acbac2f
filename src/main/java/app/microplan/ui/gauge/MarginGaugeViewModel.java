package app.microplan.ui.gauge;

import app.microplan.ui.plan.PlanViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The margin gauge's reading of the selected plan — the shares, the zone, the figure and the sentence in words —
 * worked out here, where a test without a window reads it, and drawn by {@link MarginGaugeView}.
 */
public final class MarginGaugeViewModel {
    private final PlanViewModel plan;
    private final ReadOnlyObjectWrapper<MarginReading> reading = new ReadOnlyObjectWrapper<>(this, "reading");

    public MarginGaugeViewModel(PlanViewModel plan) {
        this.plan = plan;
        update();
        plan.sizingProperty().addListener((obs, old, now) -> update());
        plan.planProperty().addListener((obs, old, now) -> update());
    }

    public ReadOnlyObjectProperty<MarginReading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public MarginReading getReading() {
        return reading.get();
    }

    private void update() {
        reading.set(MarginReading.of(plan.getSizing(), plan.getPlan().policy(), plan.getPlan().account()));
    }
}
