package app.microplan.domain;

import static app.microplan.domain.JournalFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A playbook's rules, a plan started from one, and what the rule book makes of its prompts and reward:risk. */
class PlaybookTest {
    private static final Playbook BREAKOUT = new Playbook("pb-1", " Breakout retest ", "Old high, retested",
            List.of("Higher time frame trends up", "Volume above the 20-bar mean", "higher time frame trends up", " "),
            List.of("Which level broke?", "Where is the retest?"), new BigDecimal("2"), List.of("breakout", "btc"),
            new BigDecimal("0.005"));

    /** The seed trade of the design (7 contracts at 70,000, stop 69,300, target 72,100): reward:risk 3. */
    private static TradePlan seedDraft() {
        TradeSetup setup = TradeSetup.builder().entry(EntryLeg.limit("70000")).stop("69300")
                .target(Target.of("72100", "1")).leverage("10").build();
        return TradePlan.builder().id("p").createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).setup(setup)
                .account(AccountSnapshot.of("Main", "5000", "0"))
                .written(new WrittenPlan("", "Close above the level", "Target or stop", "1 %", ""))
                .checklist(List.of(new ChecklistItem("Stop order placed with the entry", false),
                        new ChecklistItem("Volume above the 20-bar mean", true))).build();
    }

    @Test
    @DisplayName("names and lines are tidied: blank and repeated lines go, the name loses its spaces")
    void linesAreTidied() {
        assertThat(BREAKOUT.name()).isEqualTo("Breakout retest");
        assertThat(BREAKOUT.checklist()).containsExactly("Higher time frame trends up", "Volume above the 20-bar mean");
        assertThat(BREAKOUT.isNamed("breakout RETEST")).isTrue();
    }

    @Test
    void riskOutsideTheCapIsRefused() {
        assertThatThrownBy(() -> new Playbook("x", "Too much", "", null, null, null, null, new BigDecimal("0.03")))
                .hasMessageContaining("at most 2.00 %");
        assertThatThrownBy(() -> new Playbook("x", "Bad R", "", null, null, BigDecimal.ZERO, null, null))
                .hasMessageContaining("reward:risk must be above 0");
        assertThat(new Playbook("x", "Default", "", null, null, null, null, null).riskCap())
                .isEqualByComparingTo(RiskPolicy.DEFAULT_RISK_CAP);
    }

    @Test
    @DisplayName("a plan started from a playbook: its criteria unticked after the template's, its tags, its risk")
    void startingFromAPlaybook() {
        TradePlan plan = PlaybookStart.apply(seedDraft(), BREAKOUT);

        assertThat(plan.checklist()).extracting(ChecklistItem::text).containsExactly("Stop order placed with the entry",
                "Volume above the 20-bar mean", "Higher time frame trends up");
        assertThat(plan.checklist().get(2).checked()).isFalse();
        assertThat(plan.tags()).containsExactly("breakout", "btc");
        assertThat(plan.policy().riskCap()).isEqualByComparingTo("0.005");
        assertThat(plan.playbook().id()).isEqualTo("pb-1");
        assertThat(plan.playbook().unanswered()).containsExactly("Which level broke?", "Where is the retest?");
    }

    @Test
    @DisplayName("a playbook risking more than the trader's cap gets the cap")
    void riskNeverAboveTheTradersCap() {
        Playbook bold = new Playbook("pb-2", "Bold", "", null, null, null, null, new BigDecimal("0.02"));
        assertThat(PlaybookStart.apply(seedDraft(), bold).policy().riskCap()).isEqualByComparingTo("0.01");
    }

    @Test
    @DisplayName("unanswered prompts keep the plan from ready; answered, it may be marked ready")
    void promptsMustBeAnswered() {
        TradePlan plan = PlaybookStart.apply(seedDraft(), BREAKOUT);
        RuleResult written = RuleBook.assess(plan).rules().stream().filter(r -> r.rule() == Rule.WRITTEN_PLAN)
                .findFirst().orElseThrow();

        assertThat(written.passed()).isFalse();
        assertThat(written.message()).isEqualTo("Answer 2 prompts (\"Which level broke?\" and \"Where is the retest?\")"
                + " of the Breakout retest playbook before the plan can be ready");
        assertThat(RuleBook.assess(plan).allowsReady()).isFalse();

        TradePlan answered = plan.toBuilder().playbook(plan.playbook().withAnswers(plan.playbook().answers().stream()
                .map(a -> a.withAnswer("The 70,000 high")).toList())).build();
        assertThat(RuleBook.assess(answered).allowsReady()).isTrue();
    }

    @Test
    @DisplayName("the playbook's minimum reward:risk replaces the policy's when it is stricter")
    void playbookRewardRisk() {
        Playbook demanding = new Playbook("pb-3", "Demanding", "", null, null, new BigDecimal("3.5"), null, null);
        TradePlan plan = PlaybookStart.apply(seedDraft(), demanding);
        RuleResult rewardRisk = RuleBook.assess(plan).rules().stream().filter(r -> r.rule() == Rule.REWARD_RISK)
                .findFirst().orElseThrow();

        assertThat(PlaybookRules.policyOf(plan).minRewardRisk()).isEqualByComparingTo("3.5");
        assertThat(rewardRisk.passed()).isFalse();                               // 3.00 is below 3.5
        assertThat(RuleBook.assess(PlaybookStart.apply(seedDraft(), BREAKOUT).toBuilder().playbook(null).build())
                .rules().stream().filter(r -> r.rule() == Rule.REWARD_RISK).findFirst().orElseThrow().passed()).isTrue();
        assertThat(PlaybookRules.policyOf(seedDraft())).isEqualTo(seedDraft().policy());
        assertThat(dec("1.5")).isEqualByComparingTo(seedDraft().policy().minRewardRisk());
    }
}
