package app.microplan.ui.sizing;

import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.Styling;
import app.microplan.ui.plan.PlanViewModel;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Which instrument is cheaper for this plan: one entry per instrument, the cheapest marked. Layout and bindings. */
public final class InstrumentsView extends VBox {
    private final VBox list = new VBox(4);
    private final Label note = Styling.caption(Messages.text("instruments.enterFirst"));

    public InstrumentsView() {
        getStyleClass().addAll("panel", "instruments-view");
        list.setId("instruments");
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(Styling.sectionTitle(Messages.text("instruments.title")), list, note,
                Styling.caption(Messages.text("instruments.cheapestMeans")));
    }

    public void bind(PlanViewModel plan, BindingScope scope) {
        InstrumentsViewModel vm = new InstrumentsViewModel(plan, scope);
        show(vm.lines());
        scope.listenList(vm.lines(), (ListChangeListener<InstrumentsViewModel.Line>) c -> show(vm.lines()));
    }

    private void show(List<InstrumentsViewModel.Line> lines) {
        list.getChildren().clear();
        note.setVisible(lines.isEmpty());
        for (InstrumentsViewModel.Line line : lines) {
            Label name = new Label(line.cheapest() ? Messages.text("instruments.cheapest", line.name()) : line.name());
            name.getStyleClass().add(line.cheapest() ? "instrument-cheapest" : "instrument-name");
            name.setWrapText(true);
            Label figures = Styling.caption(line.figures());
            figures.setWrapText(true);
            list.getChildren().add(new VBox(name, figures));
        }
    }
}
