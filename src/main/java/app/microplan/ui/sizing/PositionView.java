package app.microplan.ui.sizing;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Styling;
import app.microplan.ui.plan.PlanViewModel;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What the sizing works out: largest and chosen size, risk, notional, margin, liquidation, funding, reward. */
public final class PositionView extends VBox {
    private final GridPane figures = new GridPane();
    private final Label explanation = Styling.caption("");
    private int row;

    private final Label largest = value("largest-size");
    private final Label size = value("position-size");
    private final Label averageEntry = value("average-entry");
    private final Label riskAmount = value("risk-amount");
    private final Label riskPercent = value("risk-percent-result");
    private final Label notional = value("notional");
    private final Label margin = value("margin");
    private final Label liquidation = value("liquidation");
    private final Label fees = value("fees");
    private final Label tickValue = value("tick-value");
    private final Label funding = value("funding-cost");
    private final Label rewardRisk = value("reward-risk");
    private final Label breakeven = value("breakeven");
    private final LadderView ladder = new LadderView();

    public PositionView() {
        getStyleClass().addAll("panel", "position-view");
        figures.getStyleClass().add("figures");
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setHalignment(HPos.RIGHT);
        figures.getColumnConstraints().addAll(names, values);
        addFigure(Messages.text("position.label.largest"), largest);
        addFigure(Messages.text("position.label.size"), size);
        addFigure(Messages.text("position.label.averageEntry"), averageEntry);
        addFigure(Messages.text("position.label.riskAtStop"), riskAmount);
        addFigure("", riskPercent);
        addFigure(Messages.text("position.label.notional"), notional);
        addFigure(Messages.text("position.label.margin"), margin);
        addFigure(Messages.text("position.label.liquidation"), liquidation);
        addFigure(Messages.text("position.label.fees"), fees);
        addFigure(Messages.text("position.label.tickValue"), tickValue);
        addFigure(Messages.text("position.label.funding"), funding);
        addFigure(Messages.text("position.label.rewardRisk"), rewardRisk);
        addFigure(Messages.text("position.label.breakeven"), breakeven);
        riskAmount.getStyleClass().add("figure-key");
        size.getStyleClass().add("figure-key");
        explanation.setId("size-explanation");
        getChildren().addAll(Styling.sectionTitle(Messages.text("position.title")), figures, explanation, ladder);
    }

    private static Label value(String id) {
        Label label = new Label("—");
        label.setId(id);
        label.getStyleClass().add("figure-value");
        label.setMinWidth(0);
        // On a narrow window a long figure ("71 contracts (margin cap)") wraps instead of ending in "…".
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        return label;
    }

    private Label nameOf(Label valueLabel) {
        return (Label) figures.getChildren().get(figures.getChildren().indexOf(valueLabel) - 1);
    }

    private void addFigure(String name, Label valueLabel) {
        Label nameLabel = new Label(name);
        nameLabel.managedProperty().bind(nameLabel.visibleProperty());
        valueLabel.managedProperty().bind(valueLabel.visibleProperty());
        nameLabel.getStyleClass().add("figure-name");
        nameLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        figures.addRow(row++, nameLabel, valueLabel);
    }

    public void bind(PlanViewModel vm, BindingScope scope) {
        var figuresBinding = new PositionViewModel(vm).figuresProperty();
        bindText(largest, figuresBinding, PositionFigures::largestSize, scope);
        bindText(explanation, figuresBinding, PositionFigures::explanation, scope);
        bindText(size, figuresBinding, PositionFigures::size, scope);
        bindText(averageEntry, figuresBinding, PositionFigures::averageEntry, scope);
        bindText(riskAmount, figuresBinding, PositionFigures::riskAmount, scope);
        bindText(riskPercent, figuresBinding, PositionFigures::riskPercent, scope);
        bindText(notional, figuresBinding, PositionFigures::notional, scope);
        bindText(margin, figuresBinding, PositionFigures::margin, scope);
        bindText(liquidation, figuresBinding, PositionFigures::liquidation, scope);
        bindText(fees, figuresBinding, PositionFigures::fees, scope);
        // A CME future has neither a liquidation price nor funding: those rows go.
        for (Label row : new Label[] {liquidation, funding}) {
            scope.bind(row.visibleProperty(), vm.setup().terms().datedFutureProperty().not());
            scope.bind(nameOf(row).visibleProperty(), row.visibleProperty());
        }
        bindText(tickValue, figuresBinding, PositionFigures::tickValue, scope);
        bindText(funding, figuresBinding, PositionFigures::funding, scope);
        bindText(rewardRisk, figuresBinding, PositionFigures::rewardRisk, scope);
        scope.bind(breakeven.textProperty(), Bindings.createStringBinding(
                () -> LadderViewModel.breakevenText(vm.getPlan(), vm.getSizing()), vm.sizingProperty()));
        ladder.bind(vm, scope);
    }

    private static void bindText(Label label, javafx.beans.value.ObservableValue<PositionFigures> figures,
                                 Function<PositionFigures, String> part, BindingScope scope) {
        scope.bind(label.textProperty(), Bindings.createStringBinding(() -> part.apply(figures.getValue()), figures));
    }
}
