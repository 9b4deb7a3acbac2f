package app.microplan.ui.fills;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.plan.PlanViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Corrections of example 1 traded (in 4 at 70,000 and 3 at 70,050; out 4 at 72,100 and 3 at 71,000; fees 1.80;
 * funding 1.20 paid: +$109.50) without a window.
 */
class CorrectionsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");

    private final List<TradePlan> published = new ArrayList<>();
    private PlanViewModel plan;
    private FillsViewModel fills;

    private CorrectionsViewModel corrections(TradePlan start) {
        plan = new PlanViewModel(start, false, new LocaleNumbers(Locale.US), CLOCK,
                (id, account) -> AccountSnapshot.of(account, "5000", "0"), List.of("Main"), published::add);
        fills = new FillsViewModel(plan, ZoneOffset.UTC);
        return new CorrectionsViewModel(plan, ZoneOffset.UTC);
    }

    private CorrectionsViewModel closedExample1() {
        return corrections(JournalFixtures.closedExample1(CREATED));
    }

    private FillLine line(FillKind kind, int index) {
        return fills.recorded().stream().filter(l -> l.kind() == kind && l.index() == index).findFirst().orElseThrow();
    }

    @Test
    void editingAnExitPriceOfAClosedTradeChangesItsOutcomeAndKeepsTheChange() {
        CorrectionsViewModel vm = closedExample1();
        assertThat(vm.isAvailable()).isTrue();

        vm.edit(line(FillKind.EXIT, 1));
        assertThat(vm.getEditing().title()).isEqualTo("Edit exit 2");
        assertThat(vm.getEditing().fill().price().getText()).isEqualTo("71,000");
        vm.getEditing().fill().price().setText("71,500");
        assertThat(vm.canSave()).isTrue();
        vm.save();

        // the second exit 500 higher on 3 contracts: +3 × 500 × 0.01 = +$15.00 → $124.50
        TradePlan corrected = plan.getPlan();
        assertThat(TradeOutcome.of(corrected).orElseThrow().realizedPnl()).isEqualByComparingTo("124.50");
        assertThat(corrected.status()).isEqualTo(PlanStatus.CLOSED);
        // the time typed to the minute was not touched, so the fill keeps its time to the second
        assertThat(corrected.execution().exits().get(1).time()).isEqualTo(Instant.parse("2026-03-03T15:10:00Z"));
        assertThat(vm.history()).singleElement().asString().startsWith("2026-03-05 12:00 · Edited exit 2: 71,000 × 3");
        assertThat(vm.getNotice()).isEqualTo("Corrected the exit fill.");
        assertThat(published).last().isSameAs(corrected);
    }

    @Test
    void deletingAnExitReopensTheTradeAndSaysSo() {
        CorrectionsViewModel vm = closedExample1();

        vm.delete(line(FillKind.EXIT, 0));

        assertThat(plan.getPlan().status()).isEqualTo(PlanStatus.OPEN);
        assertThat(plan.getPlan().execution().openContracts()).isEqualByComparingTo("4");
        assertThat(vm.getNotice()).isEqualTo("Deleted exit · target. The trade is open again: its exits no longer"
                + " cover its entries.");
        assertThat(fills.getStep()).isEqualTo(TradeStep.EXIT);
    }

    @Test
    void fundingIsAddedToAClosedTradeAndAWrongNumberIsSaidInWords() {
        CorrectionsViewModel vm = closedExample1();

        vm.addFunding();
        vm.getEditing().funding().time().setText("2026-03-03 08:00");
        vm.getEditing().funding().amount().setText("abc");
        assertThat(vm.canSave()).isFalse();
        assertThat(vm.getProblem()).contains("amount");
        vm.getEditing().funding().amount().setText("0.35");
        vm.getEditing().funding().receivedProperty().set(true);
        vm.save();

        // 1.20 paid and 0.35 received: 0.85 net; $109.50 + 0.35 = $109.85
        assertThat(plan.getPlan().execution().funding()).isEqualByComparingTo("0.85");
        assertThat(TradeOutcome.of(plan.getPlan()).orElseThrow().realizedPnl()).isEqualByComparingTo("109.85");
        assertThat(fills.recorded()).filteredOn(l -> l.kind() == FillKind.FUNDING).extracting(FillLine::label)
                .containsExactly("Funding · paid", "Funding · received");
    }

    @Test
    void aCorrectionTheDomainRefusesIsSaidBeforeSave() {
        CorrectionsViewModel vm = closedExample1();

        vm.edit(line(FillKind.EXIT, 0));
        vm.getEditing().fill().contracts().setText("5");

        assertThat(vm.canSave()).isFalse();
        assertThat(vm.getProblem()).isEqualTo("The exits close 8 contracts but only 7 were entered.");
        vm.cancel();
        assertThat(vm.getEditing()).isNull();
    }

    @Test
    void aPlanNotEnteredHasNothingToCorrect() {
        CorrectionsViewModel vm = corrections(JournalFixtures.example1(PlanStatus.READY, CREATED));

        assertThat(vm.isAvailable()).isFalse();
        vm.addFunding();
        assertThat(vm.getEditing()).isNull();
    }
}
