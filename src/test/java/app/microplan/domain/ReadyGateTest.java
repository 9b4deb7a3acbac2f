package app.microplan.domain;

import static app.microplan.domain.GateFixtures.CLOCK;
import static app.microplan.domain.GateFixtures.MAIN;
import static app.microplan.domain.GateFixtures.NOW;
import static app.microplan.domain.GateFixtures.closed;
import static app.microplan.domain.GateFixtures.draft;
import static app.microplan.domain.GateFixtures.markReadyIn;
import static app.microplan.domain.GateFixtures.readyIn;
import static app.microplan.domain.GateFixtures.recheck;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Ready means ready now": every change a READY plan depends on — the account's equity, the policy, another plan
 * of the account, the plan's own fields, a file changed on disk — checks it again, and a failing blocking rule
 * makes it a DRAFT with the reason in words, kept in its history.
 */
class ReadyGateTest {
    private static final RiskPolicy TWO_PERCENT = RiskPolicy.defaults().withRiskCap(new BigDecimal("0.02"));

    private static String lastReason(TradePlan plan) {
        return plan.history().get(plan.history().size() - 1).reason();
    }

    @Test
    void loweringTheEquityTurnsAReadyPlanIntoADraftWithTheReason() {
        TradePlan draft = draft("a");
        draft = draft.toBuilder().policy(TWO_PERCENT).setup(draft.setup().toBuilder()
                .contracts(new BigDecimal("7")).build()).build();
        TradePlan ready = markReadyIn(List.of(), draft, 30);

        Map<String, TradePlan> changed = recheck(List.of(ready), MAIN.withEquity(new BigDecimal("4000")), TWO_PERCENT,
                "");

        TradePlan after = changed.get("a");
        assertThat(after.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(after.backToDraftReason()).contains(
                "Back to draft: equity lowered to $4,000.00 — margin now 12.25 %, above the 10.00 % cap");
        assertThat(after.account().equity()).isEqualByComparingTo("4000");
        PlanEvent event = after.history().get(after.history().size() - 1);
        assertThat(event.at()).isEqualTo(NOW);
        assertThat(event.from()).isEqualTo(PlanStatus.READY);
        assertThat(event.to()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aReadyPlanThatStillHoldsStaysReadyWithItsSnapshotRefreshed() {
        TradePlan ready = readyIn(List.of(), "a", "7", 30);

        Map<String, TradePlan> changed = recheck(List.of(ready), MAIN.withEquity(new BigDecimal("6000")),
                RiskPolicy.defaults(), "");

        assertThat(changed.get("a").status()).isEqualTo(PlanStatus.READY);
        assertThat(changed.get("a").account().equity()).isEqualByComparingTo("6000");
        assertThat(changed.get("a").history()).hasSize(1);
    }

    @Test
    void anotherPlanMarkedReadyWithAnOverrideTakesTheOlderPlanOverTheOpenRiskCap() {
        // Two plans each risking 1.96 % at 50×: together 3.92 % of equity, over the 3 % open-risk cap.
        TradePlan older = markReadyIn(List.of(), highLeverage("older"), 60);
        TradePlan newer = PlanOverrides.override(highLeverage("newer"), Rule.OPEN_RISK,
                "Same level, second attempt; I accept 4 % open today", NOW);
        newer = markReadyIn(List.of(older), newer, 1);

        Map<String, TradePlan> changed = recheck(List.of(older, newer), MAIN, TWO_PERCENT,
                PlanChanges.asTrigger(newer.withStatus(PlanStatus.DRAFT), newer));

        assertThat(changed).containsOnlyKeys("older");
        assertThat(newer.status()).isEqualTo(PlanStatus.READY);
        assertThat(changed.get("older").status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(lastReason(changed.get("older"))).isEqualTo("Back to draft: the Long BTC-MICRO-0.01 plan (newer)"
                + " marked ready — open risk 3.92 % (this plan $98.00 + other plans $98.00 of $5,000.00 equity) is"
                + " above the 3.00 % cap");
    }

    @Test
    void anotherPlanEnteredBeyondItsSizeTakesTheAccountOverTheMarginCap() {
        TradePlan a = readyIn(List.of(), "a", "6", 60);
        TradePlan b = readyIn(List.of(a), "b", "1", 30);
        assertThat(b.status()).isEqualTo(PlanStatus.READY);
        TradePlan entered = TradeLifecycle.open(b, List.of(EntryFill.of("2026-03-02T11:55:00Z", "70000", "3", "0")),
                NOW.minusSeconds(300));

        Map<String, TradePlan> changed = recheck(List.of(a, entered), MAIN, RiskPolicy.defaults(),
                PlanChanges.asTrigger(b, entered));

        assertThat(changed.get("a").status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(lastReason(changed.get("a"))).isEqualTo("Back to draft: the Long BTC-MICRO-0.01 plan (b) entered"
                + " — margin now 12.60 %, above the 10.00 % cap");
    }

    @Test
    void clearingTheWrittenPlanOfAReadyPlanMakesItADraftWithTheReason() {
        TradePlan ready = readyIn(List.of(), "a", "7", 30);
        TradePlan cleared = ready.withWritten(new WrittenPlan("Range breakout", "4h close above 70,000",
                "Scale out at 72,100", "", ""));

        TradePlan after = PlanLifecycle.afterEdit(ready, cleared, CLOCK);

        assertThat(after.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(after.backToDraftReason()).contains("Back to draft: written plan changed — write the"
                + " risk-management rules before the plan can be ready");
    }

    @Test
    void aStricterPolicyTurnsAReadyPlanIntoADraft() {
        TradePlan ready = readyIn(List.of(), "a", "7", 30);

        Map<String, TradePlan> changed = recheck(List.of(ready), MAIN,
                RiskPolicy.defaults().withMarginCap(new BigDecimal("0.08")), "");

        assertThat(changed.get("a").backToDraftReason()).contains("Back to draft: margin cap lowered to 8.00 % —"
                + " margin now 9.80 %, above the 8.00 % cap");
    }

    @Test
    void plansChangedOnDiskThatBreakTheCapTogetherAreFoundWhenTheJournalIsRead() {
        // Like the old sample journal: two OPEN plans and a READY one, each file saying no other plan held margin.
        TradePlan first = TradeLifecycle.open(readyIn(List.of(), "s37", "7", 300),
                List.of(EntryFill.of("2026-03-02T07:10:00Z", "70000", "7", "0")), NOW.minusSeconds(17000));
        TradePlan second = TradeLifecycle.open(readyIn(List.of(), "s38", "7", 200),
                List.of(EntryFill.of("2026-03-02T08:50:00Z", "70000", "7", "0")), NOW.minusSeconds(11000));
        TradePlan third = readyIn(List.of(), "s39", "7", 100);

        Map<String, TradePlan> changed = recheck(List.of(first, second, third), MAIN, RiskPolicy.defaults(),
                "found when the journal was read");

        assertThat(changed).containsOnlyKeys("s39");
        assertThat(changed.get("s39").backToDraftReason()).contains("Back to draft: found when the journal was read —"
                + " margin now 29.40 %, above the 10.00 % cap");
        assertThat(changed.get("s39").account().otherPlansMargin()).isEqualByComparingTo("980.00");
    }

    @Test
    void whenTwoReadyPlansNoLongerFitTheOneMarkedReadyLastGoesBack() {
        TradePlan a = readyIn(List.of(), "a", "3", 90);
        TradePlan b = readyIn(List.of(a), "b", "3", 60);

        Map<String, TradePlan> changed = recheck(List.of(a, b), MAIN.withEquity(new BigDecimal("4000")),
                RiskPolicy.defaults(), "");

        assertThat(changed.get("b").status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(changed.get("a").status()).isEqualTo(PlanStatus.READY);
        assertThat(changed.get("a").account().otherPlansMargin()).isEqualByComparingTo("0");
    }

    @Test
    void aSecondLossInARowStartsACoolDownThatTurnsReadyPlansBack() {
        List<TradePlan> journal = new ArrayList<>();
        journal.add(closed("loss-1", "69500", NOW.minusSeconds(3000)));
        TradePlan ready = readyIn(journal, "a", "7", 20);
        journal.add(ready);
        TradePlan secondLoss = closed("loss-2", "69600", NOW.minusSeconds(600));
        journal.add(secondLoss);

        Map<String, TradePlan> changed = recheck(journal, MAIN, RiskPolicy.defaults(), "");

        assertThat(changed.get("a").backToDraftReason()).contains("Back to draft: today's realized loss now $9.00 —"
                + " cool-down after 2 losing trades in a row: no plan of the account can be marked ready until 12:50"
                + " (50 minutes left)");
        assertThat(changed.get("a").account().coolDownUntil()).isEqualTo(NOW.plusSeconds(3000));
    }

    @Test
    void draftsTakeTheFreshSnapshotAndOpenPlansKeepTheirs() {
        TradePlan open = TradeLifecycle.open(readyIn(List.of(), "open", "2", 100),
                List.of(EntryFill.of("2026-03-02T10:00:00Z", "70000", "2", "0")), NOW.minusSeconds(7000));
        TradePlan draft = draft("draft");

        Map<String, TradePlan> changed = recheck(List.of(open, draft), MAIN.withEquity(new BigDecimal("6000")),
                RiskPolicy.defaults(), "");

        assertThat(changed).containsOnlyKeys("draft");
        assertThat(changed.get("draft").account().equity()).isEqualByComparingTo("6000");
        assertThat(changed.get("draft").account().otherPlansMargin()).isEqualByComparingTo("140.00");
        assertThat(changed.get("draft").account().otherPlansOpenRisk()).isEqualByComparingTo("14.00");
    }

    @Test
    void markingReadyPinsTheSizeItWasCheckedWith() {
        TradePlan ready = PlanLifecycle.markReady(draft("a"), CLOCK);

        assertThat(ready.setup().contracts()).isEqualByComparingTo("7");
        assertThat(ready.history()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(PlanStatus.DRAFT);
            assertThat(e.reason()).isEqualTo("Marked ready: every blocking rule holds");
        });
    }

    /** Long 14 BTC micros at 70,000, stop 69,300, 50×: risk $98.00 (1.96 %), margin $196.00. */
    private static TradePlan highLeverage(String id) {
        TradePlan plan = draft(id);
        return plan.toBuilder().policy(TWO_PERCENT).setup(plan.setup().toBuilder().leverage("50")
                .contracts(new BigDecimal("14")).build()).build();
    }
}
