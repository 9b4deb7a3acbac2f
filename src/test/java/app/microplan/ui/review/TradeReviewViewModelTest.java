package app.microplan.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.EntryFill;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeReview;
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

/** The Review tab's model: example 1 traded for +2.13 R (+2.23 R against the plan), then reviewed; and a trade stopped out past its stop. */
class TradeReviewViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");

    private final List<TradePlan> published = new ArrayList<>();
    private PlanViewModel plan;

    private TradeReviewViewModel review(TradePlan start) {
        plan = new PlanViewModel(start, false, new LocaleNumbers(Locale.US), CLOCK,
                (id, account) -> AccountSnapshot.of(account, "5000", "0"), List.of("Main"), published::add);
        return new TradeReviewViewModel(plan);
    }

    private static Choice choice(List<Choice> choices, String name) {
        return choices.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aClosedTradeShowsItsOutcomeWorkedOutByHand() {
        OutcomeFigures figures = review(JournalFixtures.closedExample1(CREATED)).getOutcome();

        // Gross (4×72,100 + 3×71,000 − 4×70,000 − 3×70,050) × 0.01 = $112.50; minus fees $1.80, funding $1.20
        // = $109.50. Risk taken: 4 × 700 × 0.01 + 3 × 750 × 0.01 + $0.90 entry fees = $51.40 → 2.1303 R;
        // against the planned 7 × (70,000 − 69,300) × 0.01 = $49.00 → 109.50 / 49 = 2.2347 R.
        assertThat(figures.realizedPnl()).isEqualTo("+$109.50");
        assertThat(figures.rMultiple()).isEqualTo("+2.13 R");
        assertThat(figures.riskTaken()).isEqualTo("$51.40");
        assertThat(figures.plannedR()).isEqualTo("+2.23 R");
        assertThat(figures.plannedRisk()).isEqualTo("$49.00 (0.98 % of equity)");
        assertThat(figures.grossPnl()).isEqualTo("+$112.50");
        assertThat(figures.fees()).isEqualTo("$1.80");
        assertThat(figures.funding()).isEqualTo("$1.20 paid");
        assertThat(figures.averageEntry()).isEqualTo("70,021.4"); // to the 0.1 tick
        // 3 contracts 50 above the planned 70,000: 150 / 7 = 21.43 a contract, 150 × 0.01 = $1.50.
        assertThat(figures.entrySlippage()).isEqualTo("21.43 worse than planned (cost $1.50)");
        assertThat(figures.targetSlippage()).isEqualTo("none (filled as planned)");
        assertThat(figures.stopSlippage()).isEqualTo("—");
        // 2026-03-02 09:30 to 2026-03-03 15:10.
        assertThat(figures.holdingTime()).isEqualTo("1 d 5 h 40 min");
        assertThat(figures.win()).isTrue();
        assertThat(figures.verdict()).isEqualTo("Followed the plan");
        assertThat(figures.adherence()).extracting(AdherenceFact::sentence).containsExactly(
                "Entered 7 contracts; the plan's size was 7",
                "No exit filled past the stop at 69,300 (by more than 0.1 %)",
                "Every entry filled within the planned entry at 70,000");
    }

    @Test
    void theReviewNeedsARatingBeforeItCanBeSaved() {
        TradeReviewViewModel vm = review(JournalFixtures.closedExample1(CREATED));
        assertThat(vm.canSave()).isFalse();
        assertThat(vm.getProblem()).isEqualTo("Rate how well you executed the plan, from 1 to 5.");

        vm.ratingProperty().set(4);

        assertThat(vm.canSave()).isTrue();
        assertThat(vm.getProblem()).isNull();
    }

    @Test
    void savingTheReviewMakesTheTradeReviewedWithEveryAnswer() {
        TradeReviewViewModel vm = review(JournalFixtures.closedExample1(CREATED));
        vm.wentToPlanProperty().set("Entered on the 4h close, first target hit.");
        vm.mistakesProperty().set("Took the rest off early at 71,000.");
        vm.lessonsProperty().set("Let the second half run to the target.");
        vm.ratingProperty().set(4);
        choice(vm.emotions(), "calm").setChosen(true);
        vm.otherEmotionsProperty().set("Relieved, ");
        vm.checklist().forEach(item -> item.setChosen(true));
        choice(vm.checklist(), "Size matches the plan").setChosen(false);

        vm.save();

        TradePlan reviewed = plan.getPlan();
        assertThat(reviewed.status()).isEqualTo(PlanStatus.REVIEWED);
        assertThat(published).last().isSameAs(reviewed);
        TradeReview written = reviewed.review();
        assertThat(written.mistakes()).isEqualTo("Took the rest off early at 71,000.");
        assertThat(written.executionRating()).isEqualTo(4);
        assertThat(written.emotions()).containsExactly("calm", "relieved");
        assertThat(written.checklist()).hasSize(5).filteredOn(a -> !a.followed()).extracting(a -> a.item())
                .containsExactly("Size matches the plan");
        // An item not followed means the plan was not followed, whatever the fills say.
        assertThat(vm.getOutcome().verdict()).isEqualTo("Departed from the plan");
        assertThat(vm.saveLabelProperty().get()).isEqualTo("Update review");
    }

    @Test
    void aFreshReviewStartsWithNoChecklistItemTicked() {
        TradeReviewViewModel vm = review(JournalFixtures.closedExample1(CREATED));

        assertThat(vm.checklist()).hasSize(5).noneMatch(Choice::isChosen);
    }

    @Test
    void aReviewedTradeShowsItsReviewAndTakesARevisedOne() {
        TradePlan reviewed = TradeLifecycle.review(JournalFixtures.closedExample1(CREATED),
                new TradeReview("went well", "none", "repeat", 5, List.of("calm", "bored"), List.of()), CREATED);
        TradeReviewViewModel vm = review(reviewed);

        assertThat(vm.ratingProperty().get()).isEqualTo(5);
        assertThat(choice(vm.emotions(), "calm").isChosen()).isTrue();
        assertThat(choice(vm.emotions(), "bored").isChosen()).isTrue();
        assertThat(vm.checklist()).hasSize(5).allMatch(Choice::isChosen);

        vm.ratingProperty().set(3);
        vm.save();

        assertThat(plan.getPlan().status()).isEqualTo(PlanStatus.REVIEWED);
        assertThat(plan.getPlan().review().executionRating()).isEqualTo(3);
        assertThat(vm.noticeProperty().get()).isEqualTo("Review updated.");
    }

    @Test
    void anOpenTradeHasNothingToReviewYetAndSaysWhy() {
        TradePlan open = TradeLifecycle.open(JournalFixtures.example1(PlanStatus.READY, CREATED),
                List.of(EntryFill.of("2026-03-02T09:30:00Z", "70000", "7", "0")), CREATED);
        TradeReviewViewModel vm = review(open);

        assertThat(vm.getOutcome()).isNull();
        assertThat(vm.unavailableProperty().get()).startsWith("The trade is still open");
        assertThat(vm.canSave()).isFalse();
    }

    @Test
    void aStopFilledFarPastThePlannedStopIsABreachInTheDomainsWords() {
        TradePlan open = TradeLifecycle.open(JournalFixtures.example1(PlanStatus.READY, CREATED),
                List.of(EntryFill.of("2026-03-02T09:30:00Z", "70000", "7", "0")), CREATED);
        TradePlan closed = TradeLifecycle.close(open,
                List.of(ExitFill.of("2026-03-02T11:00:00Z", "69000", "7", "0", ExitReason.STOP)), BigDecimal.ZERO,
                CREATED);

        OutcomeFigures figures = review(closed).getOutcome();

        // 7 × (69,000 − 70,000) × 0.01 = −$70.00 on $49 risk: −1.43 R; the stop slipped 300 × 7 × 0.01 = $21
        assertThat(figures.realizedPnl()).isEqualTo("−$70.00");
        assertThat(figures.rMultiple()).isEqualTo("−1.43 R");
        assertThat(figures.stopSlippage()).isEqualTo("300 worse than planned (cost $21.00)");
        assertThat(figures.win()).isFalse();
        assertThat(figures.verdict()).isEqualTo("Departed from the plan");
        assertThat(figures.adherence().get(1).holds()).isFalse();
        assertThat(figures.adherence().get(1).sentence())
                .isEqualTo("An exit filled at 69,000, past the stop at 69,300 by more than 0.1 %");
        assertThat(figures.adherence().get(0).holds()).isTrue();
    }
}
