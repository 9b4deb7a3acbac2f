package app.microplan.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.JournalEntry;
import app.microplan.domain.RiskOfRuinSimulation;
import app.microplan.domain.SimulationResult;
import app.microplan.domain.SimulationRules;
import app.microplan.domain.SimulationSample;
import app.microplan.domain.SimulationSettings;
import app.microplan.ui.SampleEntries;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimulationViewModelTest {
    private final ObservableList<JournalEntry> shown = FXCollections.observableArrayList();
    private SimulationViewModel vm;

    @BeforeEach
    void open() throws Exception {
        shown.setAll(SampleEntries.entries());
        vm = new SimulationViewModel(new DirectTaskRunner(), ZoneOffset.UTC, new LocaleNumbers(Locale.US));
        vm.pathsProperty().set("2000");
        vm.tradesProperty().set("100");
        vm.seedProperty().set("3");
        vm.follow(shown);
    }

    @Test
    @DisplayName("shown, it runs and shows the domain's figures for the same inputs")
    void runsWhenShown() throws Exception {
        assertThat(vm.getResult()).isNull();
        vm.setActive(true);

        SimulationResult expected = RiskOfRuinSimulation.run(SimulationSample.of(SampleEntries.entries(), "Main",
                ZoneOffset.UTC), SimulationRules.defaults(), new SimulationSettings(2000, 100, 3, null));
        assertThat(vm.getResult()).isEqualTo(expected);
        assertThat(vm.accounts()).containsExactly("Main");
        assertThat(vm.percentiles().get(0).values()).containsExactly(expected.finalEquity().stream()
                .map(p -> app.microplan.domain.Money.format(p.value(), "USD")).toArray(String[]::new));
        assertThat(vm.getWarning()).isNull();
        assertThat(vm.getDescription()).startsWith("2,000 paths of 100 trades, resampling the 36 trades of Main by day");
        assertThat(vm.getChances()).startsWith("Chance of a drawdown beyond 10 %: ");
        assertThat(vm.getSaferRisk()).endsWith("a trade or less keeps P(drawdown > 20.00 %) under 5.00 %.");
        assertThat(vm.fanProperty().get().trades()).hasSize(expected.fan().size());
    }

    @Test
    @DisplayName("the money starts from the account's equity in the settings when it has one")
    void startsFromTheSettingsEquity() {
        vm.setAccountEquity(name -> Optional.of(new BigDecimal("10000")));
        vm.setActive(true);
        assertThat(vm.getResult().startEquity()).isEqualByComparingTo("10000");
        assertThat(vm.getDescription()).contains("from $10,000.00");
    }

    @Test
    @DisplayName("a filter down to 11 trades warns; to none says there is nothing to resample")
    void thinAndEmpty() {
        vm.setActive(true);
        shown.removeIf(e -> !e.tags().contains("breakout"));
        assertThat(vm.getWarning()).isEqualTo("Only 11 trades back this simulation; below 30 the figures say little"
                + " about you.");
        shown.clear();
        assertThat(vm.getProblem()).isEqualTo("No closed trade with a planned risk matches the filter: there is"
                + " nothing to resample.");
    }

    @Test
    @DisplayName("wrong inputs say which and why, and nothing runs")
    void wrongInputs() {
        vm.setActive(true);
        SimulationResult before = vm.getResult();
        vm.riskPercent().setText("2.5");
        vm.run();
        assertThat(vm.getProblem()).isEqualTo("Risk per trade: At most 2.00 %");
        vm.riskPercent().setText("1");
        vm.pathsProperty().set("1.5");
        vm.run();
        assertThat(vm.getProblem()).isEqualTo("Paths: \"1.5\" is not a whole number.");
        vm.pathsProperty().set("0");
        vm.run();
        assertThat(vm.getProblem()).isEqualTo("The number of paths must be from 1 to 1000000, was 0.");
        assertThat(vm.getResult()).isSameAs(before);
        assertThat(List.of(vm.pathsProperty().get())).containsExactly("0");
    }
}
