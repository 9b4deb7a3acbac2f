package app.microplan.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryFill;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.PlanLifecycle;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.Target;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.domain.WrittenPlan;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view model guards the plan's frozen numbers itself: every numeric input of an entered plan is refused. */
class FrozenPlanViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final List<TradePlan> published = new ArrayList<>();
    private TradePlan open;
    private PlanViewModel vm;

    @BeforeEach
    void openPlan() {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000", "4")).entry(EntryLeg.limit("69800", "3")).stop("69300").leverage("10")
                .target(Target.of("71000", "0.5")).target(Target.of("72100", "0.5"))
                .entryFeeRate(new BigDecimal("0.0005")).exitFeeRate(new BigDecimal("0.0005")).build();
        TradePlan draft = TradePlan.builder().setup(setup).account(AccountSnapshot.of("Main", "5000", "0"))
                .written(new WrittenPlan("t", "e", "x", "r", "")).build();
        TradePlan ready = PlanLifecycle.markReady(draft, CLOCK);
        open = TradeLifecycle.open(ready, List.of(EntryFill.of("2026-03-02T11:00:00Z", "70000", "4", "0.14")), NOW);
        vm = new PlanViewModel(open, false, new LocaleNumbers(Locale.US), CLOCK,
                (id, account) -> AccountSnapshot.of(account, "5000", "0"), List.of("Main", "Kraken"), published::add);
    }

    /** Every number the sizing panel edits, with a value it does not hold. */
    private Map<String, Consumer<PlanViewModel>> everyNumericInput() {
        Map<String, Consumer<PlanViewModel>> edits = new LinkedHashMap<>();
        edits.put("entry 1 price", v -> v.setup().entries().get(0).price().setText("69,950"));
        edits.put("entry 1 contracts", v -> v.setup().entries().get(0).contracts().setText("5"));
        edits.put("entry 2 price", v -> v.setup().entries().get(1).price().setText("69,700"));
        edits.put("entry 2 contracts", v -> v.setup().entries().get(1).contracts().setText("2"));
        edits.put("stop", v -> v.setup().stop().setText("69,000"));
        edits.put("target 1 price", v -> v.setup().targets().get(0).price().setText("71,500"));
        edits.put("target 1 share", v -> v.setup().targets().get(0).sharePercent().setText("40"));
        edits.put("target 2 price", v -> v.setup().targets().get(1).price().setText("73,000"));
        edits.put("leverage", v -> v.setup().leverage().setText("20"));
        edits.put("risk", v -> v.setup().riskPercent().setText("0.5"));
        edits.put("size", v -> v.setup().contracts().setText("6"));
        edits.put("entry fee", v -> v.setup().entryFeePercent().setText("0.02"));
        edits.put("exit fee", v -> v.setup().exitFeePercent().setText("0.02"));
        edits.put("funding rate", v -> v.setup().fundingRatePercent().setText("0.01"));
        edits.put("holding time", v -> v.setup().holdingHours().setText("24"));
        edits.put("side", v -> v.setup().directionProperty().set(Direction.SHORT));
        edits.put("contract", v -> v.setup().contractProperty().set(v.setup().contractOptions().get(1)));
        edits.put("add an entry", v -> v.setup().addEntry().price().setText("69,500"));
        edits.put("account", v -> v.accountNameProperty().set("Kraken"));
        return edits;
    }

    @Test
    void anOpenPlanRefusesAnEditOfEveryNumericInputAndShowsItsOwnNumbersAgain() {
        for (Map.Entry<String, Consumer<PlanViewModel>> edit : everyNumericInput().entrySet()) {
            openPlan();
            edit.getValue().accept(vm);

            assertThat(vm.getPlan()).as(edit.getKey()).isSameAs(open);
            assertThat(published).as(edit.getKey()).isEmpty();
            assertThat(vm.getEditRefused()).as(edit.getKey())
                    .startsWith("This plan is open: its numbers are frozen");
            assertThat(vm.setup().stop().getText()).as(edit.getKey()).isEqualTo("69,300");
            assertThat(vm.setup().entries()).as(edit.getKey()).hasSize(2);
            assertThat(vm.setup().entries().get(0).contracts().getText()).as(edit.getKey()).isEqualTo("4");
            assertThat(vm.accountNameProperty().get()).as(edit.getKey()).isEqualTo("Main");
        }
    }

    @Test
    void theRefusalNamesTheChangeAndPointsToTheFills() {
        vm.setup().stop().setText("69,000");

        assertThat(vm.getEditRefused()).isEqualTo("This plan is open: its numbers are frozen (stop changed from 69,300"
                + " to 69,000 refused); fills are corrected on the Fills tab");
        assertThat(vm.isEditable()).isFalse();
    }

    @Test
    void itsWordsMayStillBeWritten() {
        vm.written().notesProperty().set("Funding turned negative after the entry");

        assertThat(vm.getPlan().written().notes()).isEqualTo("Funding turned negative after the entry");
        assertThat(vm.getPlan().setup()).isEqualTo(open.setup());
        assertThat(published).hasSize(1);
        assertThat(vm.getEditRefused()).isEmpty();
    }

    @Test
    void aCancelledPlanRefusesToo() {
        TradePlan cancelled = TradeLifecycle.cancel(PlanLifecycle.markReady(open.toBuilder().status(PlanStatus.DRAFT)
                .execution(null).build(), CLOCK), NOW);
        vm = new PlanViewModel(cancelled, false, new LocaleNumbers(Locale.US), CLOCK,
                (id, account) -> AccountSnapshot.of(account, "5000", "0"), List.of("Main"), published::add);

        vm.setup().leverage().setText("5");

        assertThat(vm.getPlan()).isSameAs(cancelled);
        assertThat(vm.getEditRefused()).contains("cancelled").contains("duplicate it to plan again");
        DecimalInput leverage = vm.setup().leverage();
        assertThat(leverage.getText()).isEqualTo("10");
    }
}
