package app.microplan.ui.sizing;

import app.microplan.domain.InverseFigures;
import app.microplan.ui.plan.PlanViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The position panel's figures for the selected plan, in words ("7 contracts", "$49.00", "0.98 % of equity"),
 * worked out here where a test without a window reads them; {@link PositionView} only shows them.
 */
public final class PositionViewModel {
    private final PlanViewModel plan;
    private final ReadOnlyObjectWrapper<PositionFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");

    public PositionViewModel(PlanViewModel plan) {
        this.plan = plan;
        update();
        plan.sizingProperty().addListener((obs, old, now) -> update());
    }

    public ReadOnlyObjectProperty<PositionFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public PositionFigures getFigures() {
        return figures.get();
    }

    private void update() {
        PositionFigures sized = PositionFigures.of(plan.getSizing(), plan.getPlan().setup().contract(),
                plan.getPlan().setup().leverage());
        // An inverse position reads its risk and value in the coin and in dollars.
        figures.set(InverseFigures.of(plan.getPlan().setup(), plan.getPlan().policy(), plan.getSizing())
                .map(inverse -> sized.withInverse(inverse, plan.getSizing().quoteCurrency())).orElse(sized));
    }
}
