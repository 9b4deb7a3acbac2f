package app.microplan.ui.playbooks;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.Playbook;
import app.microplan.ui.SampleEntries;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.Messages;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Playbooks tab over the sample journal; figures as in SamplePlaybookStatisticsTest, rounded as shown. */
class PlaybookResultsViewModelTest {
    private final ObservableList<JournalEntry> shown = FXCollections.observableArrayList();
    private final ObservableList<Playbook> playbooks = FXCollections.observableArrayList();
    private PlaybookResultsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        shown.setAll(SampleEntries.entries());
        playbooks.setAll(SampleEntries.playbooks());
        vm = new PlaybookResultsViewModel(new DirectTaskRunner());
        vm.follow(shown, playbooks);
        vm.setActive(true);
    }

    @AfterEach
    void backToTheSystemsLanguage() {
        Messages.use(Messages.forLanguage(null));
    }

    @Test
    @DisplayName("in German: the same figures with German numbers, words and verdicts")
    void rowsInGerman() throws Exception {
        Messages.use(Messages.forLanguage("de"));
        open();

        assertThat(vm.getSummary()).isEqualTo("4 Playbooks · 36 Trades, 0 ohne Playbook");
        PlaybookResultsViewModel.PlaybookRow news = vm.rows().get(3);
        assertThat(news.winRate()).isEqualTo("55,56 %");
        assertThat(news.expectancyR()).isEqualTo("+0,61 R");
        assertThat(news.expectancy()).isEqualTo("+26,84 $");
        assertThat(news.profitFactor()).isEqualTo("2,81");
        assertThat(vm.criteriaTitleProperty().get()).isEqualTo("Welche Kriterien sich auszahlen: Breakout");
        assertThat(vm.criteria().get(0)).isEqualTo(new PlaybookResultsViewModel.CriterionRow(
                "Close beyond the level on the 4h chart", "7 Trades · 57,14 % gewonnen · +0,54 R",
                "4 Trades · 25,00 % gewonnen · −0,58 R", "Zahlt sich aus: 1,12 R je Trade, wenn abgehakt"));
        assertThat(vm.criteria().get(1).verdict()).isEqualTo("Kostet: 0,24 R je Trade, wenn abgehakt");
    }

    @Test
    @DisplayName("each playbook's row, and the first one's criteria with their verdicts")
    void rows() {
        assertThat(vm.getSummary()).isEqualTo("4 playbooks · 36 trades, 0 without a playbook");
        PlaybookResultsViewModel.PlaybookRow news = vm.rows().get(3);
        assertThat(news.name()).isEqualTo("News");
        assertThat(news.winRate()).isEqualTo("55.56 %");
        assertThat(news.expectancyR()).isEqualTo("+0.61 R");
        assertThat(news.expectancy()).isEqualTo("+$26.84");
        assertThat(news.profitFactor()).isEqualTo("2.81");
        assertThat(vm.criteriaTitleProperty().get()).isEqualTo("Which criteria pay: Breakout");
        // +0.5381 R ticked against −0.5817 R not: 1.12 R a trade better (docs/samples/sample_playbook_figures.py)
        assertThat(vm.criteria().get(0)).isEqualTo(new PlaybookResultsViewModel.CriterionRow(
                "Close beyond the level on the 4h chart", "7 trades · 57.14 % won · +0.54 R",
                "4 trades · 25.00 % won · −0.58 R", "Pays: 1.12 R a trade when ticked"));
        // +0.0876 R ticked against +0.3258 R not
        assertThat(vm.criteria().get(1).verdict()).isEqualTo("Costs: 0.24 R a trade when ticked");
    }

    @Test
    @DisplayName("a playbook deleted: the plans that named it keep it by its recorded name, the others have none")
    void followsThePlaybooks() {
        vm.selectedProperty().set(vm.rows().get(3));
        playbooks.removeIf(p -> p.name().equals("News"));

        assertThat(vm.rows()).extracting(PlaybookResultsViewModel.PlaybookRow::name)
                .containsExactly("Breakout", "Pullback", "Range-fade", "News", "(no playbook)");
        // news trades: sample-21, -24, -28, -33, -34 name their playbook; sample-03, -05, -15, -17 only tag it
        assertThat(vm.getSummary()).isEqualTo("4 playbooks · 36 trades, 4 without a playbook");
        assertThat(vm.rows().get(3).trades()).isEqualTo(5);
        assertThat(vm.rows().get(4).trades()).isEqualTo(4);
        assertThat(vm.selectedProperty().get().name()).isEqualTo("News");
    }
}
