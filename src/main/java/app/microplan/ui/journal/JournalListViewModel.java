package app.microplan.ui.journal;

import app.microplan.domain.PlanStatus;
import app.microplan.store.PlanSummary;
import java.util.Comparator;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The journal list: every plan newest first, narrowed by status and by a search over the symbol, the contract
 * and the words written; and which plan is selected.
 */
public final class JournalListViewModel {
    private final ObservableList<PlanStatus> statuses = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<PlanEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final FilteredList<PlanEntry> filtered;
    private final SortedList<PlanEntry> shown;

    public JournalListViewModel(ObservableList<PlanEntry> entries) {
        filtered = new FilteredList<>(entries);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, statuses, searchText));
        shown = new SortedList<>(filtered,
                Comparator.comparing((PlanEntry e) -> e.getPlan().createdAt()).reversed());
    }

    /** The plans the list shows, in its order. */
    public ObservableList<PlanEntry> shownPlans() {
        return shown;
    }

    /** The statuses shown (Ready and Open: the plans holding margin); empty shows every status. */
    public ObservableList<PlanStatus> statuses() {
        return statuses;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<PlanEntry> selectedProperty() {
        return selected;
    }

    public PlanEntry getSelected() {
        return selected.get();
    }

    public void select(PlanEntry entry) {
        selected.set(entry);
    }

    /** Null when every plan is shown: the filtered list then shows all without a pass over them. */
    private Predicate<PlanEntry> predicate() {
        ListFilter filter = ListFilter.of(statuses, searchText.get());
        if (filter.showsEverything()) {
            return null;
        }
        return entry -> filter.matches(entry.getPlan().status(), PlanSummary.searchTextOf(entry.getPlan()));
    }
}
