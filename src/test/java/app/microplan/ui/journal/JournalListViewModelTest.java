package app.microplan.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import java.time.Instant;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class JournalListViewModelTest {
    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");

    private final ObservableList<PlanEntry> entries = FXCollections.observableArrayList(
            new PlanEntry(JournalFixtures.example1(PlanStatus.READY, T), false),
            new PlanEntry(JournalFixtures.ethShortDraft(T.plusSeconds(60)), false),
            new PlanEntry(JournalFixtures.cmeCancelled(T.minusSeconds(60)), false));
    private final JournalListViewModel vm = new JournalListViewModel(entries);

    @Test
    void newestPlanComesFirst() {
        assertThat(vm.shownPlans()).extracting(e -> e.getPlan().setup().contract().symbol())
                .containsExactly("ETH-MICRO-0.01", "BTC-MICRO-0.01", "MBT");
    }

    @Test
    void statusFilterKeepsOnlyTheStatusesChecked() {
        vm.statuses().setAll(PlanStatus.READY);
        assertThat(vm.shownPlans()).extracting(e -> e.getPlan().status()).containsExactly(PlanStatus.READY);

        vm.statuses().add(PlanStatus.DRAFT);
        assertThat(vm.shownPlans()).extracting(e -> e.getPlan().status())
                .containsExactly(PlanStatus.DRAFT, PlanStatus.READY);

        vm.statuses().clear();
        assertThat(vm.shownPlans()).hasSize(3);
    }

    @Test
    void searchMatchesEveryWordAcrossSymbolSideAndWrittenPlan() {
        vm.searchTextProperty().set("short eth");
        assertThat(vm.shownPlans()).hasSize(1);

        vm.searchTextProperty().set("breakout 72,100");
        assertThat(vm.shownPlans()).extracting(e -> e.getPlan().setup().contract().symbol())
                .containsExactly("BTC-MICRO-0.01");

        vm.searchTextProperty().set("nothing-like-this");
        assertThat(vm.shownPlans()).isEmpty();
    }

    @Test
    void rowsShowTheRiskOfEachPlan() {
        PlanEntry example1 = vm.shownPlans().get(1);

        assertThat(example1.riskFraction()).isEqualByComparingTo("0.0098");
    }
}
