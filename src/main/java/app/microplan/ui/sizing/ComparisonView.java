package app.microplan.ui.sizing;

import app.microplan.domain.ContractComparison;
import app.microplan.domain.Money;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Styling;
import app.microplan.ui.plan.PlanViewModel;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The same trade with each contract on the underlying: notional and risk per contract, tick value, and how many
 * fit the caps. The source material's point, made with the trader's own numbers: a micro fits where a
 * standard contract risks the whole budget at once.
 */
public final class ComparisonView extends VBox {
    private final GridPane table = new GridPane();
    private final Label note = Styling.caption("Enter an entry and a stop to compare contracts.");

    public ComparisonView() {
        getStyleClass().addAll("panel", "comparison-view");
        table.getStyleClass().add("comparison");
        table.setId("comparison");
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(Styling.sectionTitle("Micro vs standard, same trade"), table, note);
    }

    public void bind(PlanViewModel vm, BindingScope scope) {
        show(vm);
        scope.listenList(vm.comparison(), (ListChangeListener<ContractComparison.Row>) c -> show(vm));
    }

    private void show(PlanViewModel vm) {
        table.getChildren().clear();
        List<ContractComparison.Row> rows = vm.comparison();
        note.setVisible(rows.isEmpty());
        if (rows.isEmpty()) {
            return;
        }
        table.addRow(0, header("Contract"), header("Notional"), header("Tick"), header("Risk"), header("Fits"));
        String currency = vm.getPlan().setup().contract().quoteCurrency();
        int r = 1;
        for (ContractComparison.Row item : rows) {
            Label name = new Label(item.contract().name());
            name.getStyleClass().add("comparison-contract");
            // On a laptop the contract's name wraps; the figures beside it never shorten to "…".
            name.setWrapText(true);
            name.setMinWidth(0);
            Label fits = cell(Money.contracts(item.largestSize()));
            fits.getStyleClass().add(item.largestSize().signum() == 0 ? "comparison-none" : "comparison-fits");
            Label[] cells = {name, cell(Money.format(item.notionalPerContract(), currency)),
                cell(PositionFigures.fine(item.tickValue(), currency)),
                cell(Money.format(item.riskPerContract(), currency)), fits};
            if (item.contract().equals(vm.getPlan().setup().contract())) {
                for (Label label : cells) {
                    label.getStyleClass().add("comparison-current");
                }
            }
            table.addRow(r++, cells);
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
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }
}
