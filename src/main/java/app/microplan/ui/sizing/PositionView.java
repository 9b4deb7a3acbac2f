package app.microplan.ui.sizing;

import app.microplan.domain.ContractComparison;
import app.microplan.domain.Money;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Styling;
import app.microplan.ui.plan.PlanViewModel;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What the sizing works out: largest and chosen size, risk, notional, margin, liquidation, and the comparison. */
public final class PositionView extends VBox {
    private final GridPane figures = new GridPane();
    private final Label explanation = Styling.caption("");
    private final GridPane comparison = new GridPane();
    private final Label comparisonNote = Styling.caption("Enter an entry and a stop to compare contracts.");
    private int row;

    private final Label largest = value("largest-size");
    private final Label size = value("position-size");
    private final Label averageEntry = value("average-entry");
    private final Label riskAmount = value("risk-amount");
    private final Label riskPercent = value("risk-percent-result");
    private final Label notional = value("notional");
    private final Label margin = value("margin");
    private final Label liquidation = value("liquidation");
    private final Label tickValue = value("tick-value");
    private final Label funding = value("funding-cost");
    private final Label rewardRisk = value("reward-risk");

    public PositionView() {
        getStyleClass().addAll("panel", "position-view");
        figures.getStyleClass().add("figures");
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setHalignment(HPos.RIGHT);
        figures.getColumnConstraints().addAll(names, values);
        addFigure("Largest size", largest);
        addFigure("Size", size);
        addFigure("Average entry", averageEntry);
        addFigure("Risk at the stop", riskAmount);
        addFigure("", riskPercent);
        addFigure("Notional", notional);
        addFigure("Margin", margin);
        addFigure("Liquidation (estimate)", liquidation);
        addFigure("Tick value", tickValue);
        addFigure("Funding", funding);
        addFigure("Reward : risk", rewardRisk);
        riskAmount.getStyleClass().add("figure-key");
        size.getStyleClass().add("figure-key");
        explanation.setId("size-explanation");
        comparison.getStyleClass().add("comparison");
        comparison.setId("comparison");
        getChildren().addAll(Styling.sectionTitle("Position"), figures, explanation,
                Styling.sectionTitle("Micro vs standard, same trade"), comparison, comparisonNote);
        comparisonNote.managedProperty().bind(comparisonNote.visibleProperty());
    }

    private static Label value(String id) {
        Label label = new Label("—");
        label.setId(id);
        label.getStyleClass().add("figure-value");
        label.setMinWidth(0);
        return label;
    }

    private void addFigure(String name, Label valueLabel) {
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add("figure-name");
        nameLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        figures.addRow(row++, nameLabel, valueLabel);
    }

    public void bind(PlanViewModel vm, BindingScope scope) {
        var figuresBinding = Bindings.createObjectBinding(
                () -> PositionFigures.of(vm.getSizing(), vm.getPlan().setup().leverage()), vm.sizingProperty());
        bindText(largest, figuresBinding, PositionFigures::largestSize, scope);
        bindText(explanation, figuresBinding, PositionFigures::explanation, scope);
        bindText(size, figuresBinding, PositionFigures::size, scope);
        bindText(averageEntry, figuresBinding, PositionFigures::averageEntry, scope);
        bindText(riskAmount, figuresBinding, PositionFigures::riskAmount, scope);
        bindText(riskPercent, figuresBinding, PositionFigures::riskPercent, scope);
        bindText(notional, figuresBinding, PositionFigures::notional, scope);
        bindText(margin, figuresBinding, PositionFigures::margin, scope);
        bindText(liquidation, figuresBinding, PositionFigures::liquidation, scope);
        bindText(tickValue, figuresBinding, PositionFigures::tickValue, scope);
        bindText(funding, figuresBinding, PositionFigures::funding, scope);
        bindText(rewardRisk, figuresBinding, PositionFigures::rewardRisk, scope);
        showComparison(vm);
        scope.listenList(vm.comparison(), (ListChangeListener<ContractComparison.Row>) c -> showComparison(vm));
    }

    private static void bindText(Label label, javafx.beans.value.ObservableValue<PositionFigures> figures,
                                 Function<PositionFigures, String> part, BindingScope scope) {
        scope.bind(label.textProperty(), Bindings.createStringBinding(() -> part.apply(figures.getValue()), figures));
    }

    private void showComparison(PlanViewModel vm) {
        comparison.getChildren().clear();
        List<ContractComparison.Row> rows = vm.comparison();
        comparisonNote.setVisible(rows.isEmpty());
        if (rows.isEmpty()) {
            return;
        }
        comparison.addRow(0, header("Contract"), header("Notional"), header("Tick"), header("Risk"), header("Fits"));
        String currency = vm.getPlan().setup().contract().quoteCurrency();
        int r = 1;
        for (ContractComparison.Row item : rows) {
            Label name = new Label(item.contract().name());
            name.getStyleClass().add("comparison-contract");
            Label fits = cell(Money.contracts(item.largestSize()));
            fits.getStyleClass().add(item.largestSize().signum() == 0 ? "comparison-none" : "comparison-fits");
            comparison.addRow(r, name, cell(Money.format(item.notionalPerContract(), currency)),
                    cell(PositionFigures.fine(item.tickValue(), currency)),
                    cell(Money.format(item.riskPerContract(), currency)), fits);
            int thisRow = r;
            if (item.contract().equals(vm.getPlan().setup().contract())) {
                comparison.getChildren().stream().filter(n -> GridPane.getRowIndex(n) == thisRow)
                        .forEach(n -> n.getStyleClass().add("comparison-current"));
            }
            r++;
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("comparison-header");
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("comparison-cell");
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }
}
