package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.samples.SampleJournal;
import app.microplan.store.JournalIndex;
import app.microplan.store.JournalStore;
import app.microplan.store.PlanSummary;
import app.microplan.store.UnsyncedPlanFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal list from the summary index shows the same plans, in the same order, as the list of loaded plans,
 * for every status filter and search: before the index exists (it is built) and from it.
 */
class SummaryListViewModelTest {
    @TempDir
    static Path journal;
    private static List<PlanEntry> entries;
    private static JournalListViewModel loaded;

    @BeforeAll
    static void writeJournal() throws Exception {
        UnsyncedPlanFiles.write(journal, new SampleJournal(7L, Instant.parse("2024-01-08T07:00:00Z"), "t").plans(300));
        entries = JournalStore.open(journal).loadPlans().plans().stream()
                .map(p -> new PlanEntry(p.plan(), p.readOnly())).toList();
        loaded = new JournalListViewModel(FXCollections.observableArrayList(entries));
    }

    private record Filter(List<PlanStatus> statuses, String text) {
    }

    private static final List<Filter> FILTERS = List.of(new Filter(List.of(), ""),
            new Filter(List.of(PlanStatus.READY), ""), new Filter(List.of(PlanStatus.CLOSED, PlanStatus.REVIEWED), ""),
            new Filter(List.of(), "breakout"), new Filter(List.of(), "short eth"),
            new Filter(List.of(PlanStatus.REVIEWED), "level"), new Filter(List.of(), "no-such-word"));

    private static List<String> shownIds(JournalListViewModel list, Filter filter) {
        list.statuses().setAll(filter.statuses());
        list.searchTextProperty().set(filter.text());
        return list.shownPlans().stream().map(PlanEntry::id).toList();
    }

    private static List<String> shownIds(SummaryListViewModel list, Filter filter) {
        list.statuses().setAll(filter.statuses());
        list.searchTextProperty().set(filter.text());
        return list.shownPlans().stream().map(PlanSummary::id).toList();
    }

    @Test
    @DisplayName("every filter shows the same plans in the same order with and without the index")
    void sameListAsTheLoadedPlans() throws Exception {
        JournalIndex.Summaries building = JournalStore.open(journal).loadSummaries();
        JournalIndex.Summaries fromIndex = JournalStore.open(journal).loadSummaries();
        assertThat(building.parsed()).isEqualTo(300);
        assertThat(fromIndex.reused()).isEqualTo(300);

        for (JournalIndex.Summaries summaries : List.of(building, fromIndex)) {
            SummaryListViewModel preview = new SummaryListViewModel(summaries.plans());
            for (Filter filter : FILTERS) {
                List<String> expected = shownIds(loaded, filter);
                assertThat(shownIds(preview, filter)).as(filter.toString()).isEqualTo(expected);
            }
        }
        assertThat(shownIds(loaded, FILTERS.get(1))).as("a filter that shows some plans, not all").isNotEmpty()
                .hasSizeLessThan(300);
        assertThat(shownIds(loaded, FILTERS.get(6))).isEmpty();
    }

    @Test
    @DisplayName("a filter taken off again shows every plan, newest first, in both lists")
    void everyPlanAgainOnceTheFilterIsOff() throws Exception {
        SummaryListViewModel preview = new SummaryListViewModel(JournalStore.open(journal).loadSummaries().plans());
        JournalListViewModel list = new JournalListViewModel(FXCollections.observableArrayList(entries));
        List<String> everyPlan = shownIds(list, FILTERS.get(0));
        assertThat(everyPlan).hasSize(300);
        assertThat(shownIds(preview, FILTERS.get(0))).isEqualTo(everyPlan);

        for (Filter filter : FILTERS.subList(1, FILTERS.size())) {
            assertThat(shownIds(preview, filter)).as(filter.toString()).isEqualTo(shownIds(list, filter));
            assertThat(shownIds(preview, FILTERS.get(0))).as("after " + filter).isEqualTo(everyPlan);
            assertThat(shownIds(list, FILTERS.get(0))).as("after " + filter).isEqualTo(everyPlan);
        }
    }

    @Test
    @DisplayName("the filter and the plan chosen in the summaries carry over to the loaded list")
    void carriesOver() throws Exception {
        SummaryListViewModel preview = new SummaryListViewModel(JournalStore.open(journal).loadSummaries().plans());
        preview.statuses().setAll(PlanStatus.CLOSED, PlanStatus.REVIEWED);
        preview.searchTextProperty().set("breakout");
        PlanSummary chosen = preview.shownPlans().get(2);
        preview.selectedProperty().set(chosen);
        JournalListViewModel list = new JournalListViewModel(FXCollections.observableArrayList(entries));

        preview.carryFilterTo(list);
        preview.carrySelectionTo(list);

        assertThat(list.statuses()).containsExactly(PlanStatus.CLOSED, PlanStatus.REVIEWED);
        assertThat(list.searchTextProperty().get()).isEqualTo("breakout");
        assertThat(list.getSelected().id()).isEqualTo(chosen.id());
    }
}
