package app.microplan.domain;

import static app.microplan.domain.GateFixtures.CLOCK;
import static app.microplan.domain.GateFixtures.MAIN;
import static app.microplan.domain.GateFixtures.NOW;
import static app.microplan.domain.GateFixtures.closed;
import static app.microplan.domain.GateFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account rules of docs/design.md section 3, each with its figures in words, and their overrides. */
class AccountRulesTest {

    private static TradePlan checkedIn(List<TradePlan> journal, TradePlan plan, Account account, Clock clock) {
        return plan.withAccount(AccountBook.of(account, journal, clock).snapshotFor(plan.id()));
    }

    private static RuleResult rule(TradePlan plan, Rule rule) {
        return RuleBook.assess(plan, CLOCK).result(rule);
    }

    @Test
    void openRiskCountsEveryReadyAndOpenPlanOfTheAccount() {
        TradePlan a = GateFixtures.readyIn(List.of(), "a", "3", 90);
        TradePlan b = GateFixtures.readyIn(List.of(a), "b", "3", 60);
        TradePlan other = TradePlan.builder().id("kraken").status(PlanStatus.READY).setup(a.setup())
                .account(AccountSnapshot.of("Kraken", "5000", "0")).build();
        AccountLimits onePercent = new AccountLimits(new BigDecimal("0.01"), null, null, null);
        Account strict = new Account("Main", new BigDecimal("5000"), onePercent, false);

        TradePlan checked = checkedIn(List.of(a, b, other), draft("c").withSetup(a.setup().toBuilder()
                .contracts(new BigDecimal("2")).build()), strict, CLOCK);

        RuleResult result = rule(checked, Rule.OPEN_RISK);
        assertThat(result.passed()).isFalse();
        assertThat(result.message()).isEqualTo("Open risk 1.12 % (this plan $14.00 + other plans $42.00 of $5,000.00"
                + " equity) is above the 1.00 % cap");
        assertThat(result.state()).isEqualTo(RuleState.FAIL);
    }

    @Test
    void theDailyLossLimitAddsTodaysRealizedLossToThisPlansRisk() {
        List<TradePlan> journal = List.of(closed("yesterday", "68000", Instant.parse("2026-03-01T20:00:00Z")),
                closed("today-1", "69000", NOW.minusSeconds(7200)), closed("today-win", "70500", NOW.minusSeconds(5000)),
                closed("today-2", "68000", NOW.minusSeconds(3600)));

        TradePlan checked = checkedIn(journal, draft("a"), MAIN, CLOCK);

        assertThat(checked.account().realizedLossToday()).isEqualByComparingTo("25.00");
        RuleResult result = rule(checked, Rule.DAILY_LOSS);
        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("Today's realized loss $25.00 + this plan's risk $49.00 = $74.00, 1.48 %"
                + " of equity, within the 3.00 % daily limit");
    }

    @Test
    void aReachedDailyLimitBlocksWithTheNumbers() {
        List<TradePlan> journal = List.of(closed("big-loss", "55000", NOW.minusSeconds(9000)));

        RuleResult result = rule(checkedIn(journal, draft("a"), MAIN, CLOCK), Rule.DAILY_LOSS);

        assertThat(result.passed()).isFalse();
        assertThat(result.message()).isEqualTo("Today's realized loss $150.00 + this plan's risk $49.00 = $199.00,"
                + " 3.98 % of equity, above the 3.00 % daily limit: the daily loss limit is reached, no more trades"
                + " today");
    }

    @Test
    void todayIsTheTradersDayInTheirTimeZone() {
        // 23:30 UTC on 1 March is already 2 March in Tokyo, and still 1 March in New York.
        List<TradePlan> journal = List.of(closed("late", "69000", Instant.parse("2026-03-01T23:30:00Z")));
        Clock tokyo = Clock.fixed(NOW, ZoneId.of("Asia/Tokyo"));
        Clock newYork = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneId.of("America/New_York"));

        assertThat(AccountBook.of(MAIN, journal, tokyo).realizedLossToday()).isEqualByComparingTo("10.00");
        assertThat(AccountBook.of(MAIN, journal, newYork).realizedLossToday()).isEqualByComparingTo("10.00");
        assertThat(AccountBook.of(MAIN, journal, Clock.fixed(Instant.parse("2026-03-02T05:00:00Z"),
                ZoneId.of("America/New_York"))).realizedLossToday()).isZero();
    }

    @Test
    void aCoolDownRunsSixtyMinutesAfterTheSecondLossInARowAndTheStripShowsTheTimeLeft() {
        List<TradePlan> journal = List.of(closed("loss-1", "69500", NOW.minusSeconds(4000)),
                closed("loss-2", "69900", NOW.minusSeconds(900)));

        TradePlan checked = checkedIn(journal, draft("a"), MAIN, CLOCK);

        RuleResult during = rule(checked, Rule.COOL_DOWN);
        assertThat(during.passed()).isFalse();
        assertThat(during.message()).isEqualTo("Cool-down after 2 losing trades in a row: no plan of the account can"
                + " be marked ready until 12:45 (45 minutes left)");
        assertThat(RuleBook.assess(checked, Clock.fixed(NOW.plusSeconds(45 * 60), CLOCK.getZone()))
                .result(Rule.COOL_DOWN).passed()).isTrue();
    }

    @Test
    void aWinBetweenTheLossesStartsNoCoolDownAndAStricterLimitStartsOneAfterOneLoss() {
        List<TradePlan> journal = List.of(closed("loss-1", "69500", NOW.minusSeconds(4000)),
                closed("win", "70100", NOW.minusSeconds(3000)), closed("loss-2", "69900", NOW.minusSeconds(900)));
        Account afterOneLoss = new Account("Main", new BigDecimal("5000"), new AccountLimits(null, null, 1, 120),
                false);

        assertThat(AccountBook.of(MAIN, journal, CLOCK).coolDownUntil()).isNull();
        assertThat(AccountBook.of(afterOneLoss, journal, CLOCK).coolDownUntil()).isEqualTo(NOW.plusSeconds(6300));
    }

    @Test
    void equityCanFollowTheJournalStartingBalancePlusRealizedPnl() {
        List<TradePlan> journal = List.of(closed("win", "72000", NOW.minusSeconds(90_000)),
                closed("loss", "69000", NOW.minusSeconds(80_000)));
        Account following = new Account("Main", new BigDecimal("5000"), null, true);

        assertThat(AccountBook.of(following, journal, CLOCK).equity()).isEqualByComparingTo("5010.00");
        assertThat(AccountBook.of(MAIN, journal, CLOCK).equity()).isEqualByComparingTo("5000");
    }

    @Test
    void anAccountRuleOverriddenWithAReasonWarnsInsteadOfBlocking() {
        List<TradePlan> journal = List.of(closed("big-loss", "55000", NOW.minusSeconds(9000)));
        TradePlan plan = PlanOverrides.override(checkedIn(journal, draft("a"), MAIN, CLOCK), Rule.DAILY_LOSS,
                "  Last setup of the week, half size next time  ", NOW);

        PlanAssessment assessment = RuleBook.assess(plan, CLOCK);

        RuleResult daily = assessment.result(Rule.DAILY_LOSS);
        assertThat(daily.isOverridden()).isTrue();
        assertThat(daily.overrideReason()).isEqualTo("Last setup of the week, half size next time");
        assertThat(daily.state()).isEqualTo(RuleState.WARN);
        assertThat(assessment.allowsReady()).isTrue();
        TradePlan ready = PlanLifecycle.markReady(plan, CLOCK);
        assertThat(ready.history().get(0).reason()).isEqualTo("Marked ready: every blocking rule holds (1 account"
                + " rule overridden with a reason)");
        assertThat(PlanOverrides.withdraw(ready, Rule.DAILY_LOSS, NOW).overrides()).isEmpty();
    }

    @Test
    void onlyAccountRulesCanBeOverriddenAndOnlyWithAWrittenReason() {
        TradePlan plan = draft("a");

        assertThatThrownBy(() -> PlanOverrides.override(plan, Rule.COOL_DOWN, "   ", NOW))
                .hasMessage("overriding \"No cool-down after losses\" needs a written reason");
        assertThatThrownBy(() -> PlanOverrides.override(plan, Rule.MARGIN_CAP, "I know", NOW))
                .hasMessage("the rule \"Margin utilization under the cap\" cannot be overridden: only account rules"
                        + " can, with a written reason");
        TradePlan open = plan.withStatus(PlanStatus.OPEN);
        assertThatThrownBy(() -> PlanOverrides.override(open, Rule.COOL_DOWN, "reason", NOW))
                .isInstanceOf(FrozenPlanException.class);
    }

    @Test
    void limitsMayBeStricterNeverLooser() {
        assertThatThrownBy(() -> new AccountLimits(new BigDecimal("0.04"), null, null, null))
                .hasMessage("open-risk cap must be above 0 % and at most 3.00 %, was 4.00 %");
        assertThatThrownBy(() -> new AccountLimits(null, new BigDecimal("-0.01"), null, null))
                .hasMessage("daily loss cap must be above 0 % and at most 3.00 %, was -1.00 %");
        assertThatThrownBy(() -> new AccountLimits(null, null, 3, null))
                .hasMessageStartingWith("cool-down must start after 1 or 2 losing trades in a row");
        assertThatThrownBy(() -> new AccountLimits(null, null, null, 30))
                .hasMessageStartingWith("cool-down must last at least 60 minutes");
        assertThat(AccountLimits.defaults()).isEqualTo(new AccountLimits(new BigDecimal("0.03"),
                new BigDecimal("0.03"), 2, 60));
    }
}
