package app.microplan.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Account;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.Direction;
import app.microplan.domain.OrderType;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.Rule;
import app.microplan.domain.RuleResult;
import app.microplan.domain.RuleState;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    private final List<TradePlan> published = new ArrayList<>();
    private BigDecimal otherPlansMargin = BigDecimal.ZERO;
    private PlanViewModel vm;

    @BeforeEach
    void newDraft() {
        vm = viewModel(TradePlan.builder().setup(TradeSetup.builder().leverage("10").build())
                .account(AccountSnapshot.of("Main", "5000", "0")).build(), Locale.US);
    }

    private PlanViewModel viewModel(TradePlan plan, Locale locale) {
        return new PlanViewModel(plan, false, new LocaleNumbers(locale), CLOCK,
                (id, account) -> new AccountSnapshot(account, new BigDecimal("5000"), otherPlansMargin),
                List.of("Main"), published::add);
    }

    private void typeExample1() {
        vm.setup().contractProperty().set(vm.setup().contractOptions().get(0));
        vm.setup().directionProperty().set(Direction.LONG);
        vm.setup().entries().get(0).price().setText("70,000");
        vm.setup().stop().setText("69,300");
        vm.setup().leverage().setText("10");
        vm.setup().riskPercent().setText("1");
        // The design's worked example has no fees: typed as the trader's own 0 % on both sides.
        vm.setup().entryFeePercent().setText("0");
        vm.setup().exitFeePercent().setText("0");
    }

    private void writeSections() {
        vm.written().entryCriteriaProperty().set("Reclaim of the 70k level on the 4h close");
        vm.written().exitStrategyProperty().set("Stop 69,300; take profit at 72,100");
        vm.written().riskRulesProperty().set("Risk 1 %, no adding to losers");
    }

    @Test
    void example1GivesSevenContractsRiskingFortyNineDollars() {
        typeExample1();

        assertThat(vm.getSizing().contracts()).isEqualByComparingTo("7");
        assertThat(vm.getSizing().riskAmount()).isEqualByComparingTo("49.00");
        assertThat(vm.getSizing().riskFraction()).isEqualByComparingTo("0.0098");
        assertThat(vm.getPlan().setup().contract()).isEqualTo(ContractPresets.BTC_MICRO_001);
    }

    @Test
    void aLateReCheckOfAnEarlierVersionOfTheDraftKeepsWhatWasTypedSinceAndTakesItsAccount() {
        typeExample1();
        TradePlan earlier = vm.getPlan();
        vm.setup().stop().setText("69,500");
        AccountSnapshot fresh = new AccountSnapshot("Main", new BigDecimal("5000"), new BigDecimal("120"));

        // The journal re-checked the draft as it was before the stop was retyped; its answer comes in now.
        vm.adopt(earlier.withAccount(fresh));

        assertThat(vm.setup().stop().getText()).isEqualTo("69,500");
        assertThat(vm.getPlan().setup().stop()).isEqualByComparingTo("69500");
        assertThat(vm.getPlan().account().otherPlansMargin()).isEqualByComparingTo("120");
    }

    @Test
    void blankFeeFieldsPayTheContractsMakerAndTakerRatesAndSaySo() {
        typeExample1();
        vm.setup().entryFeePercent().setText("");
        vm.setup().exitFeePercent().setText("");

        // 7.00 + 0.02 % maker on 700 + 0.05 % taker on 693 = 7.4865 a contract → 6 contracts, $44.92
        assertThat(vm.getPlan().setup().entryFeeRate()).isNull();
        assertThat(vm.getSizing().contracts()).isEqualByComparingTo("6");
        assertThat(vm.getSizing().riskAmount()).isEqualByComparingTo("44.92");
        assertThat(vm.setup().entryFeePrompt()).isEqualTo("maker 0.02");
        assertThat(vm.setup().exitFeePrompt()).isEqualTo("taker 0.05");
        vm.setup().entries().get(0).orderTypeProperty().set(OrderType.MARKET);
        assertThat(vm.setup().entryFeePrompt()).isEqualTo("taker 0.05");
    }

    @Test
    void anAccountsOwnFeeRatesReplaceTheContractsOnItsPlans() {
        AccountSource vip = new AccountSource() {
            @Override
            public AccountSnapshot snapshotFor(String planId, String accountName) {
                return new AccountSnapshot(accountName, new BigDecimal("5000"), BigDecimal.ZERO);
            }

            @Override
            public Account account(String accountName) {
                return new Account(accountName, new BigDecimal("5000"), BigDecimal.ZERO, new BigDecimal("0.0002"));
            }
        };
        vm = new PlanViewModel(TradePlan.builder().setup(TradeSetup.builder().leverage("10").build())
                .account(AccountSnapshot.of("Main", "5000", "0")).build(), false, new LocaleNumbers(Locale.US), CLOCK,
                vip, List.of("Main"), published::add);
        typeExample1();
        vm.setup().entryFeePercent().setText("");
        vm.setup().exitFeePercent().setText("");

        assertThat(vm.getPlan().setup().contract().takerFeeRate()).isEqualByComparingTo("0.0002");
        assertThat(vm.setup().exitFeePrompt()).isEqualTo("taker 0.02");
        // 7.00 + 0 maker + 0.02 % of 693 (0.1386) → 7 contracts, $49.98
        assertThat(vm.getSizing().contracts()).isEqualByComparingTo("7");
    }

    @Test
    void aCmeContractHidesLeverageAndTakesItsDollarMarginAsTyped() {
        vm.setup().contractProperty().set(vm.setup().contractOptions().stream()
                .filter(o -> o.spec() == ContractPresets.CME_MICRO_BITCOIN).findFirst().orElseThrow());
        vm.setup().entries().get(0).price().setText("70,000");
        vm.setup().stop().setText("66,500");

        assertThat(vm.setup().terms().isDatedFuture()).isTrue();
        assertThat(vm.setup().terms().initialMargin().getText()).isEqualTo("2,800");
        vm.setup().terms().initialMargin().setText("3,100");
        assertThat(vm.getPlan().setup().contract().initialMarginPerContract()).isEqualByComparingTo("3100");
        assertThat(vm.getPlan().setup().contract().isSameContractAs(ContractPresets.CME_MICRO_BITCOIN)).isTrue();
        assertThat(vm.rules()).extracting(RuleResult::rule).doesNotContain(Rule.STOP_BEFORE_LIQUIDATION);
    }

    @Test
    void anOffTickPriceIsMarkedOnTheField() {
        vm.setup().contractProperty().set(vm.setup().contractOptions().stream()
                .filter(o -> o.spec() == ContractPresets.CME_MICRO_BITCOIN).findFirst().orElseThrow());
        vm.setup().entries().get(0).price().setText("70,003");
        vm.setup().stop().setText("66,500");

        assertThat(vm.setup().entries().get(0).price().getError())
                .isEqualTo("70,003 is not on the 5 tick: the nearest prices are 70,000 and 70,005");
        assertThat(vm.canMarkReady()).isFalse();
    }

    @Test
    void fundingBeyondThreePercentAnIntervalIsAnInputError() {
        vm.setup().fundingRatePercent().setText("5");

        assertThat(vm.setup().fundingRatePercent().getError()).startsWith("At most 3 % either way per interval");
        assertThat(vm.inputErrors()).anySatisfy(e -> assertThat(e).startsWith("Funding rate: At most 3 %"));
    }

    @Test
    void aFundingIntervalOfZeroIsMarked() {
        vm.setup().terms().fundingIntervalHours().setText("0");

        assertThat(vm.inputErrors()).anySatisfy(e -> assertThat(e).startsWith("Funding interval: Whole hours from 1"));
    }

    @Test
    void tenContractsBlockMarkReadyWithTheRiskInDollarsAndPercent() {
        typeExample1();
        vm.setup().contracts().setText("10");

        assertThat(vm.canMarkReady()).isFalse();
        assertThat(vm.readyBlockers()).anySatisfy(r -> assertThat(r).contains("$70.00").contains("1.40 %"));
    }

    @Test
    void otherPlansPushingUtilizationPastTheCapBlockWithTheSplitInWords() {
        otherPlansMargin = new BigDecimal("450");
        typeExample1();
        vm.refreshAccount(RiskPolicy.defaults(), List.of("Main"));
        vm.setup().contracts().setText("1");

        assertThat(vm.getSizing().marginUtilization()).isEqualByComparingTo("0.104");
        assertThat(vm.getAssessment().result(Rule.MARGIN_CAP).passed()).isFalse();
        assertThat(vm.readyBlockers()).anySatisfy(r -> assertThat(r).contains("10.40 %").contains("$450.00"));
    }

    @Test
    void writtenSectionsAndFixedNumbersAllowMarkReady() {
        typeExample1();
        vm.setup().targets().get(0).price().setText("72,100");
        assertThat(vm.canMarkReady()).isFalse();

        writeSections();

        assertThat(vm.readyBlockers()).isEmpty();
        assertThat(vm.canMarkReady()).isTrue();
        vm.markReady();
        assertThat(vm.getStatus()).isEqualTo(PlanStatus.READY);
        assertThat(published.get(published.size() - 1).status()).isEqualTo(PlanStatus.READY);
    }

    @Test
    void changingTheStopOfAReadyPlanMakesItADraftAgainVisibly() {
        typeExample1();
        vm.setup().targets().get(0).price().setText("72,100");
        writeSections();
        vm.markReady();

        vm.setup().stop().setText("69,400");

        assertThat(vm.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(vm.isBackToDraft()).isTrue();
    }

    @Test
    void markingReadyPinsTheSizeAndClearingTheRiskRulesTakesItBackWithTheReasonAndHistory() {
        typeExample1();
        vm.setup().targets().get(0).price().setText("72,100");
        writeSections();
        vm.markReady();
        assertThat(vm.setup().contracts().getText()).isEqualTo("7");
        assertThat(vm.getStatus()).isEqualTo(PlanStatus.READY);

        vm.written().riskRulesProperty().set("");

        assertThat(vm.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(vm.getBackToDraftReason()).isEqualTo("Back to draft: written plan changed — write the"
                + " risk-management rules before the plan can be ready");
        assertThat(vm.statusHistory()).hasSize(2);
        assertThat(vm.statusHistory().get(0)).endsWith("Ready → Draft · " + vm.getBackToDraftReason());
        assertThat(vm.statusHistory().get(1)).contains("Draft → Ready · Marked ready: every blocking rule holds");
        vm.dismissBackToDraft();
        assertThat(vm.isBackToDraft()).isFalse();
        assertThat(vm.getPlan().backToDraftReason()).isPresent();
    }

    @Test
    void anAccountRuleIsOverriddenOnlyWithAWrittenReason() {
        AccountSnapshot coolingDown = new AccountSnapshot("Main", new BigDecimal("5000"), BigDecimal.ZERO, null, null,
                CLOCK.instant().plusSeconds(1800), null);
        vm = new PlanViewModel(TradePlan.builder().setup(TradeSetup.builder().leverage("10").build())
                .account(coolingDown).build(), false, new LocaleNumbers(Locale.US), CLOCK, (id, account) -> coolingDown,
                List.of("Main"), published::add);
        typeExample1();
        vm.setup().targets().get(0).price().setText("72,100");
        writeSections();
        RuleResult coolDown = vm.getAssessment().result(Rule.COOL_DOWN);
        assertThat(vm.readyBlockers()).containsExactly("Cool-down after 2 losing trades in a row: no plan of the"
                + " account can be marked ready until 10:30 (30 minutes left)");
        assertThat(vm.canOverride(coolDown)).isTrue();

        vm.override(Rule.COOL_DOWN, "  ");
        assertThat(vm.overrideErrorProperty().get()).isEqualTo("Overriding \"No cool-down after losses\" needs a"
                + " written reason");
        assertThat(vm.canMarkReady()).isFalse();

        vm.override(Rule.COOL_DOWN, "Both losses were the same idea; this is a new setup");
        assertThat(vm.canMarkReady()).isTrue();
        vm.markReady();

        assertThat(vm.getStatus()).isEqualTo(PlanStatus.READY);
        assertThat(vm.getPlan().overrides()).singleElement().satisfies(o -> assertThat(o.reason())
                .isEqualTo("Both losses were the same idea; this is a new setup"));
        assertThat(vm.getAssessment().result(Rule.COOL_DOWN).state()).isEqualTo(RuleState.WARN);
        assertThat(vm.statusHistory()).anySatisfy(line -> assertThat(line).contains("Overridden: No cool-down after"
                + " losses — Both losses were the same idea"));
    }

    @Test
    void aVersionReCheckedByTheJournalIsShownWithoutBeingSavedAgain() {
        typeExample1();
        vm.setup().targets().get(0).price().setText("72,100");
        writeSections();
        vm.markReady();
        int saves = published.size();
        TradePlan demoted = app.microplan.domain.ReadyGate.recheck(vm.getPlan(), AccountSnapshot.of("Main", "4000", "0"),
                RiskPolicy.defaults(), "", CLOCK);

        vm.adopt(demoted);

        assertThat(vm.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(vm.getBackToDraftReason()).startsWith("Back to draft: equity lowered to $4,000.00 — ");
        assertThat(vm.equityTextProperty().get()).isEqualTo("Equity $4,000.00");
        assertThat(published).hasSize(saves);
    }

    @Test
    void editingTheWordsOfAReadyPlanKeepsItReady() {
        typeExample1();
        vm.setup().targets().get(0).price().setText("72,100");
        writeSections();
        vm.markReady();

        vm.written().notesProperty().set("Funding checked at 0.01 %");

        assertThat(vm.getStatus()).isEqualTo(PlanStatus.READY);
        assertThat(vm.getPlan().written().notes()).isEqualTo("Funding checked at 0.01 %");
    }

    @Test
    void retypingTheSameNumberInAnotherFormatPublishesNothing() {
        typeExample1();
        int before = published.size();

        vm.setup().stop().setText("69300.00");

        assertThat(published).hasSize(before);
    }

    @Test
    void lettersInAPriceAreAnErrorNotAnException() {
        typeExample1();

        vm.setup().stop().setText("abc");

        assertThat(vm.setup().stop().getError()).contains("not a number");
        assertThat(vm.inputErrors()).containsExactly("Stop: “abc” is not a number");
        assertThat(vm.getSizing().isComplete()).isFalse();
        assertThat(vm.canMarkReady()).isFalse();
    }

    @Test
    void aNegativeLeverageIsRefusedAndThePlanKeepsTheLastValidOne() {
        typeExample1();

        vm.setup().leverage().setText("-5");

        assertThat(vm.setup().leverage().getError()).isEqualTo("Must be above zero");
        assertThat(vm.getPlan().setup().leverage()).isEqualByComparingTo("10");
    }

    @Test
    void aStopOnTheProfitSideIsMarkedOnTheStopField() {
        typeExample1();

        vm.setup().stop().setText("70,500");

        assertThat(vm.setup().stop().getError()).contains("below every entry");
        assertThat(vm.getAssessment().result(Rule.STOP_SIDE).passed()).isFalse();
    }

    @Test
    void riskAboveTheCapInPreferencesIsRefused() {
        typeExample1();

        vm.setup().riskPercent().setText("2.5");

        assertThat(vm.setup().riskPercent().getError()).contains("At most 2 %");
        assertThat(vm.getPlan().policy().riskCap()).isEqualByComparingTo("0.01");
    }

    @Test
    void numbersFollowTheTradersLocale() {
        vm = viewModel(TradePlan.builder().setup(TradeSetup.builder().leverage("10").build())
                .account(AccountSnapshot.of("Main", "5000", "0")).build(), Locale.GERMANY);
        vm.setup().entries().get(0).price().setText("70.000");
        vm.setup().stop().setText("69.300,5");

        assertThat(vm.getPlan().setup().entries().get(0).price()).isEqualByComparingTo("70000");
        assertThat(vm.getPlan().setup().stop()).isEqualByComparingTo("69300.5");
    }

    @Test
    void scalingInAveragesTheEntries() {
        typeExample1();
        vm.setup().entries().get(0).contracts().setText("5");
        EntryLegInput second = vm.setup().addEntry();
        second.price().setText("69,000");
        second.contracts().setText("5");
        vm.setup().stop().setText("68,500");

        assertThat(vm.getSizing().contracts()).isEqualByComparingTo("10");
        assertThat(vm.getSizing().averageEntry()).isEqualByComparingTo("69500");
    }

    @Test
    void blankTargetSharesSplitWhatIsLeft() {
        typeExample1();
        vm.setup().targets().get(0).price().setText("71,000");
        vm.setup().targets().get(0).sharePercent().setText("50");
        vm.setup().addTarget().price().setText("72,000");
        vm.setup().addTarget().price().setText("73,000");

        assertThat(vm.getPlan().setup().targets()).extracting(t -> t.fraction().stripTrailingZeros().toPlainString())
                .containsExactly("0.5", "0.25", "0.25");
    }

    @Test
    void aCustomContractStartsFromThePresetAndTakesItsOwnSize() {
        typeExample1();
        vm.setup().contractProperty().set(vm.setup().contractOptions().get(vm.setup().contractOptions().size() - 1));
        vm.setup().customContractSize().setText("0.005");

        assertThat(vm.getPlan().setup().contract().contractSize()).isEqualByComparingTo("0.005");
        assertThat(vm.getPlan().setup().contract().symbol()).isEqualTo("BTC-CUSTOM");
        assertThat(vm.getSizing().contracts()).isEqualByComparingTo("14");
    }

    @Test
    void comparisonShowsTheStandardContractAffordsNone() {
        typeExample1();

        assertThat(vm.comparison()).anySatisfy(row -> {
            assertThat(row.contract()).isEqualTo(ContractPresets.BTC_STANDARD);
            assertThat(row.largestSize()).isEqualByComparingTo("0");
        });
    }

    @Test
    void aReadOnlyPlanCannotBeEditedOrMarkedReady() {
        vm = new PlanViewModel(TradePlan.builder().build(), true, new LocaleNumbers(Locale.US), CLOCK,
                (id, a) -> AccountSnapshot.of(a, "5000", "0"), List.of("Main"), published::add);

        assertThat(vm.isEditable()).isFalse();
        assertThat(vm.canMarkReady()).isFalse();
    }
}
