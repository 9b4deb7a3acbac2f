package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The size never exceeds the caps, and targets close at most the position, on the profit side. */
class SizeAndTargetRulesTest {
    private static final AccountSnapshot ACCOUNT = AccountSnapshot.of("Main", "5000", "0");

    /** Example 1 without fees: the caps' figures stay round (7 contracts, $49 at risk). */
    private static TradeSetup.Builder seed() {
        return TradeSetup.builder().feesOff().contract(ContractPresets.BTC_MICRO_001).direction(Direction.LONG)
                .entry(EntryLeg.limit("70000")).stop("69300").leverage("10").target(Target.of("72100", "1"));
    }

    private static RuleResult rule(TradeSetup setup, RiskPolicy policy, Rule rule) {
        return RuleBook.assessNumbers(setup, policy, ACCOUNT).result(rule);
    }

    private static RuleResult rule(TradeSetup setup, Rule rule) {
        return rule(setup, RiskPolicy.defaults(), rule);
    }

    @Test
    void scaleInLegsAddingUpToMoreThanTheLargestSizeFailWithTheNumbers() {
        TradeSetup legs = seed().entries(List.of(EntryLeg.limit("70000", "1"), EntryLeg.limit("69000", "9")))
                .stop("68900").leverage("20").build();

        RuleResult size = rule(legs, Rule.SIZE_CAP);

        assertThat(size.passed()).isFalse();
        assertThat(size.message()).isEqualTo("10 contracts (the entry legs 1 at 70,000 and 9 at 69,000) are more than"
                + " the largest size the caps allow, 9 (risk allows 9, margin allows 14): reduce the size by 1");
        assertThat(RuleBook.assessNumbers(legs, RiskPolicy.defaults(), ACCOUNT).allowsReady()).isFalse();
    }

    @Test
    void aChosenSizeAboveTheCapsFailsAndTheLargestPasses() {
        assertThat(rule(seed().contracts(new BigDecimal("8")).build(), Rule.SIZE_CAP).message())
                .isEqualTo("8 contracts are more than the largest size the caps allow, 7 (risk allows 7, margin allows"
                        + " 7): reduce the size by 1");
        RuleResult seven = rule(seed().build(), Rule.SIZE_CAP);
        assertThat(seven.passed()).isTrue();
        assertThat(seven.message()).isEqualTo("7 contracts, at most the largest size 7 (risk allows 7, margin allows 7)");
    }

    @Test
    void targetFractionsAddingUpToMoreThanOneFail() {
        RuleResult targets = rule(seed().targets(List.of(Target.of("71000", "0.8"), Target.of("72100", "0.8")))
                .build(), Rule.TAKE_PROFIT);

        assertThat(targets.passed()).isFalse();
        assertThat(targets.message()).isEqualTo("The targets close 160.00 % of the position: together they may close"
                + " at most 100.00 %");
    }

    @Test
    void everyTargetMustBeBeyondTheAverageEntryAndTheStop() {
        RuleResult belowStop = rule(seed().targets(List.of(Target.of("72100", "0.5"), Target.of("69000", "0.5")))
                .build(), Rule.TAKE_PROFIT);
        RuleResult shortBelowEntry = rule(seed().direction(Direction.SHORT).stop("70700")
                .targets(List.of(Target.of("70300", "1"))).build(), Rule.TAKE_PROFIT);

        assertThat(belowStop.passed()).isFalse();
        assertThat(belowStop.message()).isEqualTo("Target 69,000 is not above the average entry 70,000 and the stop"
                + " 69,300: every take-profit must be on the profit side");
        assertThat(shortBelowEntry.message()).startsWith("Target 70,300 is not below the average entry 70,000");
    }

    @Test
    void aTakeProfitIsRequiredUnlessThePolicySwitchIsOff() {
        TradeSetup noTarget = seed().targets(List.of()).build();
        RiskPolicy trailing = RiskPolicy.defaults().withRequireTakeProfit(false);

        assertThat(rule(noTarget, Rule.TAKE_PROFIT).message()).isEqualTo("No take-profit above the average entry"
                + " 70,000: add a target");
        assertThat(rule(noTarget, Rule.TAKE_PROFIT).passed()).isFalse();
        assertThat(rule(noTarget, trailing, Rule.TAKE_PROFIT).passed()).isTrue();
        RuleResult rewardRisk = rule(noTarget, trailing, Rule.REWARD_RISK);
        assertThat(rewardRisk.passed()).isTrue();
        assertThat(rewardRisk.message()).isEqualTo("No target: exit by trailing stop");
        assertThat(RuleBook.assessNumbers(noTarget, trailing, ACCOUNT).allowsReady()).isTrue();
    }
}
