package app.microplan.ui.fills;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ExitReason;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.plan.PlanViewModel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The fills form without a window: example 1 (7 BTC micros, $49 at risk) opened, scaled out and closed. */
class FillsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");

    private final List<TradePlan> published = new ArrayList<>();
    private PlanViewModel plan;

    private FillsViewModel fills(TradePlan start, Locale locale) {
        plan = new PlanViewModel(start, false, new LocaleNumbers(locale), CLOCK,
                (id, account) -> AccountSnapshot.of(account, "5000", "0"), List.of("Main"), published::add);
        return new FillsViewModel(plan, ZoneOffset.UTC);
    }

    private FillsViewModel readyExample1() {
        return fills(JournalFixtures.example1(PlanStatus.READY, CREATED), Locale.US);
    }

    private static void type(FillInput row, String time, String price, String contracts, String fee) {
        row.time().setText(time);
        row.price().setText(price);
        row.contracts().setText(contracts);
        row.fee().setText(fee);
    }

    /** Two entry fills: 4 at 70,000 and 3 at 70,050 (fees 0.50 and 0.40): 7 contracts, as planned. */
    private FillsViewModel openedWithTwoEntries() {
        FillsViewModel vm = readyExample1();
        type(vm.entries().get(0), "2026-03-02 09:30", "70,000", "4", "0.50");
        type(vm.addEntry(), "2026-03-02 09:41", "70,050", "3", "0.40");
        vm.record();
        return vm;
    }

    @Test
    void aReadyPlanStartsWithOneEntryRowAtThePlannedPriceAndSize() {
        FillsViewModel vm = readyExample1();

        assertThat(vm.getStep()).isEqualTo(TradeStep.ENTRY);
        assertThat(vm.entries()).hasSize(1);
        assertThat(vm.entries().get(0).price().getText()).isEqualTo("70,000");
        assertThat(vm.entries().get(0).contracts().getText()).isEqualTo("7");
        assertThat(vm.entries().get(0).time().textProperty().get()).isEqualTo("2026-03-05 12:00");
        assertThat(vm.getRecordLabel()).isEqualTo("Open trade");
        assertThat(vm.canRecord()).isTrue();
    }

    @Test
    void theFormsHeadingAndExplanationFollowTheStepInWords() {
        FillsViewModel vm = readyExample1();
        assertThat(vm.stepHeadingProperty().get()).isEqualTo("Record the entry");
        assertThat(vm.stepExplanationProperty().get()).startsWith("The fills that opened the position")
                .endsWith("Times are in your time zone (Z); fees as charged, a rebate negative.");
        assertThat(vm.entriesTitleProperty().get()).isEqualTo("ENTRY FILLS");

        type(vm.entries().get(0), "2026-03-02 09:30", "70,000", "7", "0.50");
        vm.record();

        assertThat(vm.stepHeadingProperty().get()).isEqualTo("Record the exit");
        assertThat(vm.stepExplanationProperty().get()).contains("The trade closes when no contract is left open.");
        assertThat(vm.entriesTitleProperty().get()).isEqualTo("FURTHER ENTRIES (SCALING IN)");
    }

    @Test
    void aDraftIsNotReadyForFillsAndSaysWhatToDoFirst() {
        FillsViewModel vm = fills(JournalFixtures.example1(PlanStatus.DRAFT, CREATED), Locale.US);

        assertThat(vm.stepHeadingProperty().get()).isEqualTo("Not ready yet");
        assertThat(vm.stepExplanationProperty().get()).startsWith("Mark the plan ready when every rule holds");
    }

    @Test
    void twoEntryFillsOpenTheTradeAndTheExitRowOffersTheSevenContractsStillOpen() {
        FillsViewModel vm = openedWithTwoEntries();

        TradePlan opened = plan.getPlan();
        assertThat(opened.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(opened.execution().entries()).hasSize(2);
        assertThat(opened.execution().averageEntry()).isEqualByComparingTo("70021.428571428571");
        assertThat(published).last().isSameAs(opened);
        assertThat(vm.getStep()).isEqualTo(TradeStep.EXIT);
        assertThat(vm.entries()).isEmpty();
        assertThat(vm.exits()).hasSize(1);
        assertThat(vm.exits().get(0).contracts().getText()).isEqualTo("7");
        assertThat(vm.recorded()).extracting(FillLine::price).containsExactly("70,000", "70,050");
        assertThat(vm.recorded()).extracting(FillLine::fee).containsExactly("0.50", "0.40");
        assertThat(vm.getPosition()).isEqualTo("Entered 7 contracts at 70,021.4 on average · 7 open");
        assertThat(vm.noticeProperty().get()).isEqualTo("Trade opened with 2 entry fills.");
    }

    @Test
    void lettersNegativeNumbersAndABadTimeAreRefusedInWordsNotWithAnException() {
        FillsViewModel vm = readyExample1();
        FillInput row = vm.entries().get(0);

        row.price().setText("abc");
        assertThat(row.price().getError()).isEqualTo("“abc” is not a number");
        assertThat(vm.getProblem()).isEqualTo("Entry 1 price: “abc” is not a number");
        assertThat(vm.canRecord()).isFalse();

        row.price().setText("70000");
        row.contracts().setText("-2");
        assertThat(row.contracts().getError()).isEqualTo("Must be above zero");
        assertThat(vm.getProblem()).isEqualTo("Entry 1 contracts: Must be above zero");

        row.contracts().setText("7");
        row.time().setText("yesterday");
        assertThat(row.time().getError()).isEqualTo("“yesterday” is not a time like 2026-03-02 09:30");
        assertThat(vm.canRecord()).isFalse();

        row.time().setText("2026-02-30 10:00");
        assertThat(row.time().getError()).isNotNull();

        vm.record();
        assertThat(plan.getPlan().status()).isEqualTo(PlanStatus.READY);
        assertThat(published).isEmpty();
    }

    @Test
    void exitsClosingMoreContractsThanWereEnteredAreRefusedWithTheNumbers() {
        FillsViewModel vm = openedWithTwoEntries();
        FillInput exit = vm.exits().get(0);

        type(exit, "2026-03-03 14:00", "72,100", "8", "");

        assertThat(vm.getProblem()).isEqualTo("The exits close 8 contracts but only 7 were entered.");
        assertThat(vm.canRecord()).isFalse();
    }

    @Test
    void anExitBeforeTheFirstEntryIsRefused() {
        FillsViewModel vm = openedWithTwoEntries();

        type(vm.exits().get(0), "2026-03-01 09:00", "72,100", "7", "");

        assertThat(vm.getProblem()).startsWith("An exit fill at 2026-03-01T09:00:00Z comes before the first entry");
        assertThat(vm.canRecord()).isFalse();
    }

    @Test
    void twoExitsAndTheFundingPaidCloseTheTradeAtTheHandWorkedRMultiple() {
        FillsViewModel vm = openedWithTwoEntries();
        type(vm.exits().get(0), "2026-03-03 14:00", "72,100", "4", "0.50");
        FillInput second = vm.addExit();
        assertThat(second.contracts().getText()).isEqualTo("3");
        type(second, "2026-03-03 15:10", "71,000", "3", "0.40");
        vm.funding().setText("1.20");

        assertThat(vm.getRecordLabel()).isEqualTo("Close trade");
        vm.record();

        // Gross (4×72,100 + 3×71,000 − 4×70,000 − 3×70,050) × 0.01 = 11,250 × 0.01 = $112.50; fees 1.80,
        // funding 1.20 → realized $109.50; planned risk 7 × 700 × 0.01 = $49.00 → 109.50 / 49 = 2.2347 against the
        // plan; the fills took 4 × 700 × 0.01 + 3 × 750 × 0.01 + 0.90 entry fees = $51.40 → R = 2.1304.
        TradePlan closed = plan.getPlan();
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.execution().funding()).isEqualByComparingTo("1.20");
        assertThat(closed.execution().exits()).extracting(e -> e.reason())
                .containsExactly(ExitReason.TARGET, ExitReason.MANUAL);
        TradeOutcome outcome = TradeOutcome.of(closed).orElseThrow();
        assertThat(outcome.realizedPnl()).isEqualByComparingTo("109.50");
        assertThat(outcome.plannedRMultiple()).isEqualByComparingTo("2.234693877551");
        assertThat(outcome.rMultiple()).isEqualByComparingTo("2.130350194553");
        assertThat(vm.getStep()).isEqualTo(TradeStep.CLOSED);
        assertThat(vm.canRecord()).isFalse();
        assertThat(vm.recorded()).hasSize(5);
        assertThat(vm.recorded().get(4).label()).isEqualTo("Funding · paid");
        assertThat(vm.recorded().get(4).fee()).isEqualTo("1.20");
        assertThat(vm.getPosition()).endsWith("exited 7 at 71,628.6 · flat");
    }

    @Test
    void aPartialExitKeepsTheTradeOpenAndOffersTheRestNext() {
        FillsViewModel vm = openedWithTwoEntries();
        type(vm.exits().get(0), "2026-03-03 14:00", "72,100", "3", "0.30");

        assertThat(vm.getRecordLabel()).isEqualTo("Record fills");
        vm.record();

        assertThat(plan.getPlan().status()).isEqualTo(PlanStatus.OPEN);
        assertThat(plan.getPlan().execution().openContracts()).isEqualByComparingTo("4");
        assertThat(vm.exits()).hasSize(1);
        assertThat(vm.exits().get(0).contracts().getText()).isEqualTo("4");
        assertThat(vm.noticeProperty().get()).isEqualTo("Recorded 1 fill; 4 contracts still open.");
    }

    @Test
    void fundingReceivedIsRecordedAsANegativeCost() {
        FillsViewModel vm = openedWithTwoEntries();
        type(vm.exits().get(0), "2026-03-03 14:00", "72,100", "7", "");
        vm.funding().setText("0.80");
        vm.fundingReceivedProperty().set(true);

        vm.record();

        assertThat(plan.getPlan().execution().funding()).isEqualByComparingTo("-0.80");
    }

    @Test
    void anExitsReasonFollowsItsPriceUntilTheTraderPicksOne() {
        FillsViewModel vm = openedWithTwoEntries();
        FillInput exit = vm.exits().get(0);

        exit.price().setText("69,290");
        assertThat(exit.reasonProperty().get()).isEqualTo(ExitReason.STOP);
        exit.price().setText("72,100");
        assertThat(exit.reasonProperty().get()).isEqualTo(ExitReason.TARGET);

        exit.reasonProperty().set(ExitReason.MANUAL);
        exit.price().setText("69,300");
        assertThat(exit.reasonProperty().get()).isEqualTo(ExitReason.MANUAL);
    }

    @Test
    void cancelMovesAReadyPlanThatWasNeverEnteredToCancelled() {
        FillsViewModel vm = readyExample1();

        vm.cancelPlan();

        assertThat(plan.getPlan().status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(vm.getStep()).isEqualTo(TradeStep.CANCELLED);
        assertThat(vm.canCancelProperty().get()).isFalse();
    }

    @Test
    void editingTheWordsOfAReadyPlanKeepsTheFillsBeingTyped() {
        FillsViewModel vm = readyExample1();
        vm.entries().get(0).price().setText("70,010");

        plan.written().notesProperty().set("Filled a little late");

        assertThat(plan.getPlan().status()).isEqualTo(PlanStatus.READY);
        assertThat(vm.entries().get(0).price().getText()).isEqualTo("70,010");
    }

    @Test
    void numbersAreReadInTheTradersLocale() {
        FillsViewModel vm = fills(JournalFixtures.example1(PlanStatus.READY, CREATED), Locale.GERMANY);
        FillInput row = vm.entries().get(0);
        assertThat(row.price().getText()).isEqualTo("70.000");

        type(row, "2026-03-02 09:30", "70.012,5", "7", "0,35");
        vm.record();

        assertThat(plan.getPlan().execution().entries().get(0).price()).isEqualByComparingTo("70012.5");
        assertThat(plan.getPlan().execution().entries().get(0).fee()).isEqualByComparingTo("0.35");
    }

    @Test
    void aDraftCannotBeEnteredButCanBeCancelled() {
        FillsViewModel vm = fills(JournalFixtures.example1(PlanStatus.DRAFT, CREATED), Locale.US);

        assertThat(vm.getStep()).isEqualTo(TradeStep.NOT_READY);
        assertThat(vm.canRecord()).isFalse();
        assertThat(vm.canCancelProperty().get()).isTrue();
        assertThat(new BigDecimal(vm.entries().size())).isZero();
    }
}
