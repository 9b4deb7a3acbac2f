package app.microplan.ui.execution;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.DeviationCosts;
import app.microplan.domain.DeviationKind;
import app.microplan.domain.JournalEntry;
import app.microplan.ui.SampleEntries;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.TradeFormats;
import java.time.ZoneOffset;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExecutionReviewViewModelTest {
    private final ObservableList<JournalEntry> shown = FXCollections.observableArrayList();
    private ExecutionReviewViewModel vm;

    @BeforeEach
    void open() throws Exception {
        shown.setAll(SampleEntries.entries());
        vm = new ExecutionReviewViewModel(new DirectTaskRunner(), ZoneOffset.UTC);
        vm.follow(shown);
    }

    @Test
    @DisplayName("nothing is worked out until the tab is shown; then every kind, the costliest in a sentence")
    void costs() throws Exception {
        assertThat(vm.kinds()).isEmpty();
        vm.setActive(true);

        DeviationCosts costs = DeviationCosts.of(DeviationCosts.breakdowns(SampleEntries.entries()));
        assertThat(vm.kinds()).extracting(ExecutionReviewViewModel.KindRow::kind).containsExactly("Entry slippage",
                "Size off the plan", "Past the stop", "Exits short of the targets", "Fees above the estimate",
                "Funding above the estimate");
        assertThat(vm.kinds().get(2).money()).isEqualTo(TradeFormats.signedMoney(costs.total(DeviationKind.STOP).money(), "USD"));
        assertThat(vm.getHeadline()).startsWith(costs.sentence(DeviationKind.EXITS)).contains("Average execution score");
        assertThat(vm.trades()).hasSize(36);
    }

    @Test
    @DisplayName("the oversized trade (sample-07, 1 contract more) broken down, with its score's weights")
    void oneTrade() {
        vm.setActive(true);
        ExecutionReviewViewModel.TradeRow oversized = vm.trades().stream()
                .filter(t -> t.breakdown().planId().equals("sample-07")).findFirst().orElseThrow();
        vm.selectedProperty().set(oversized);

        assertThat(vm.details()).extracting(ExecutionReviewViewModel.DetailRow::part).contains("Entry leg 1", "Size",
                "Stop", "Exits against the targets", "Fees", "Funding", "Holding time");
        ExecutionReviewViewModel.DetailRow size = vm.details().stream().filter(d -> d.part().equals("Size"))
                .findFirst().orElseThrow();
        assertThat(size.actual()).isEqualTo(Integer.parseInt(size.planned().split(" ")[0]) + 1 + " contracts");
        assertThat(vm.score()).extracting(ExecutionReviewViewModel.ScoreRow::weight)
                .containsExactly("20", "25", "25", "15", "5", "10", "100");
        assertThat(vm.score().get(1).share()).isEqualTo("0 %");
        assertThat(vm.score().get(6).points()).isEqualTo(Integer.toString(oversized.breakdown().score().total()));
    }

    @Test
    @DisplayName("no trade shown: the headline says so")
    void empty() {
        vm.setActive(true);
        shown.clear();
        assertThat(vm.getHeadline()).isEqualTo("No closed trade matches the filter.");
        assertThat(vm.details()).isEmpty();
    }

    @AfterEach
    void englishAgain() {
        Messages.use(Messages.forLanguage(null));
    }

    @Test
    @DisplayName("in German the parts, the score rows and the departures read German; the domain keeps its English")
    void german() {
        Messages.use(Messages.forLanguage("de"));
        vm.setActive(true);
        ExecutionReviewViewModel.TradeRow oversized = vm.trades().stream()
                .filter(t -> t.breakdown().planId().equals("sample-07")).findFirst().orElseThrow();
        vm.selectedProperty().set(oversized);

        assertThat(vm.details()).extracting(ExecutionReviewViewModel.DetailRow::part).contains("Einstieg 1",
                "Positionsgröße", "Stop", "Ausstiege gegenüber den Kurszielen", "Gebühren", "Haltedauer");
        ExecutionReviewViewModel.DetailRow size = vm.details().stream().filter(d -> d.part().equals("Positionsgröße"))
                .findFirst().orElseThrow();
        assertThat(size.actual()).endsWith(" Kontrakte");
        assertThat(vm.score()).extracting(ExecutionReviewViewModel.ScoreRow::part).startsWith(
                "Einstiege zu den geplanten Preisen", "Positionsgröße wie geplant").endsWith("Bewertung");
        assertThat(vm.score().get(0).rule()).contains("0,25 R");
        assertThat(vm.kinds().get(0).kind()).isEqualTo("Slippage beim Einstieg");
        assertThat(vm.getHeadline()).startsWith("Ausstiege vor den Kurszielen kostete Sie ")
                .contains(" R) in ").contains("Durchschnittliche Umsetzungsbewertung");
        assertThat(oversized.breakdown().score().parts().get(0).name()).isEqualTo("Entries at the planned prices");
    }
}
