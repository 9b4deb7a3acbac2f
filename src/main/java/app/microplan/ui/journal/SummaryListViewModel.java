package app.microplan.ui.journal;

import app.microplan.domain.PlanStatus;
import app.microplan.store.PlanSummary;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The journal list of a big journal while its plans are still being read: every plan's summary from the summary
 * index, newest first, filtered by status and search exactly as the full list is ({@link ListFilter}), so it can be
 * scrolled and searched at once. What the trader filters and selects here carries over when the plans are read.
 * Made where the summaries are read, off the FX thread (sorting 100,000 of them takes a tenth of a second or more),
 * and handed to it before anything binds to it.
 */
public final class SummaryListViewModel {
    private final ObservableList<PlanStatus> statuses = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<PlanSummary> selected = new SimpleObjectProperty<>(this, "selected");
    /** Sorted once, newest first: filtering keeps the order, so no sorted view over the filter is needed. */
    private final FilteredList<PlanSummary> shown;

    public SummaryListViewModel(List<PlanSummary> summaries) {
        PlanSummary[] newestFirst = summaries.toArray(PlanSummary[]::new);
        // On both cores: 100,000 summaries, and the list waits for them (decision 0022); as the index gives them in
        // this order already, the sort only checks it.
        Arrays.parallelSort(newestFirst, PlanSummary.NEWEST_FIRST);
        shown = new FilteredList<>(FXCollections.observableArrayList(newestFirst));
        // No predicate when every plan is shown: a filtered list without one shows all, with no pass over them.
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            ListFilter filter = ListFilter.of(statuses, searchText.get());
            return filter.showsEverything() ? null : s -> filter.matches(s.status(), s.searchText());
        }, statuses, searchText));
    }

    /** The summaries the list shows, in its order. */
    public ObservableList<PlanSummary> shownPlans() {
        return shown;
    }

    public ObservableList<PlanStatus> statuses() {
        return statuses;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<PlanSummary> selectedProperty() {
        return selected;
    }

    /**
     * Hands the trader's filter to the full list: before the window binds its search field to that list (binding
     * would otherwise hand the list's empty search to this one first).
     */
    public void carryFilterTo(JournalListViewModel list) {
        list.statuses().setAll(statuses);
        list.searchTextProperty().set(searchText.get());
    }

    /** Selects in the full list the plan selected here (by id), or the newest shown when none is or it is gone. */
    public void carrySelectionTo(JournalListViewModel list) {
        String id = selected.get() == null ? null : selected.get().id();
        list.shownPlans().stream().filter(e -> e.id().equals(id)).findFirst()
                .or(() -> list.shownPlans().stream().findFirst()).ifPresent(list::select);
    }
}
