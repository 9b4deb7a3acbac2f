package app.microplan.ui.gauge;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Styling;
import app.microplan.ui.plan.PlanViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The margin-utilization gauge with its legend and the split between this plan and the others in words. */
public final class MarginGaugeView extends VBox {
    private final MarginGauge gauge = new MarginGauge();
    private final Label split = Styling.caption("");
    private final Label thisPlanLegend = new Label(Messages.text("gauge.thisPlan"));
    private final Label otherPlansLegend = new Label(Messages.text("gauge.otherPlans"));

    public MarginGaugeView() {
        getStyleClass().addAll("panel", "margin-gauge-view");
        gauge.setId("margin-gauge");
        split.setId("margin-split");
        split.getStyleClass().add("margin-split");
        thisPlanLegend.setGraphic(swatch("swatch-this-plan"));
        otherPlansLegend.setGraphic(swatch("swatch-other-plans"));
        HBox legend = new HBox(thisPlanLegend, otherPlansLegend);
        legend.getStyleClass().add("gauge-legend");
        legend.setAlignment(Pos.CENTER);
        getChildren().addAll(Styling.sectionTitle(Messages.text("gauge.title")), gauge, legend, split);
    }

    private static Region swatch(String styleClass) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("swatch", styleClass);
        return swatch;
    }

    public MarginGauge gauge() {
        return gauge;
    }

    public void bind(PlanViewModel vm, BindingScope scope) {
        var reading = new MarginGaugeViewModel(vm).readingProperty();
        scope.bind(gauge.otherPlansProperty(), Bindings.createDoubleBinding(
                () -> reading.get().otherPlansShare().doubleValue(), reading));
        scope.bind(gauge.thisPlanProperty(), Bindings.createDoubleBinding(
                () -> reading.get().thisPlanShare().doubleValue(), reading));
        scope.bind(gauge.capProperty(), Bindings.createDoubleBinding(() -> reading.get().cap().doubleValue(), reading));
        scope.bind(gauge.capTextProperty(), Bindings.createStringBinding(
                () -> reading.get().capText(), reading));
        scope.bind(gauge.valueTextProperty(), Bindings.createStringBinding(() -> reading.get().percentText(), reading));
        scope.bind(split.textProperty(), Bindings.createStringBinding(() -> reading.get().splitText(), reading));
        scope.bind(gauge.accessibleTextProperty(), Bindings.createStringBinding(() -> reading.get().accessibleText(),
                reading));
        showZone(reading.get().zone());
        scope.listen(reading, (obs, old, now) -> showZone(now.zone()));
    }

    private void showZone(MarginZone zone) {
        Styling.setOneOf(gauge, zone.styleClass(), MarginZone.styleClasses());
        Styling.setOneOf(this, zone.styleClass(), MarginZone.styleClasses());
    }
}
