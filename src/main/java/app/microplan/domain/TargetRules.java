package app.microplan.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The take-profit targets: together they close at most the whole position, and each one is on the profit side
 * of the average entry and beyond the stop (a "take-profit" below a long's stop is a second stop, not a
 * target). A target is required unless the policy's switch is off, for traders who exit by a trailing stop.
 */
public final class TargetRules {
    private TargetRules() {
    }

    public static RuleResult takeProfit(TradeSetup setup, RiskPolicy policy, SizingResult sizing) {
        BigDecimal shares = setup.targets().stream().map(Target::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (shares.compareTo(BigDecimal.ONE) > 0) {
            return new RuleResult(Rule.TAKE_PROFIT, false, "The targets close " + Money.percent(shares)
                    + " of the position: together they may close at most 100.00 %");
        }
        if (setup.targets().isEmpty()) {
            return policy.requireTakeProfit()
                    ? new RuleResult(Rule.TAKE_PROFIT, false, setup.entries().isEmpty()
                    ? "Enter an entry price and a take-profit target" : "No take-profit " + profitSide(setup)
                    + " the average entry " + Money.price(averageEntry(setup, sizing)) + ": add a target")
                    : new RuleResult(Rule.TAKE_PROFIT, true, "No take-profit: the policy lets this plan exit by a"
                    + " trailing stop");
        }
        if (setup.entries().isEmpty()) {
            return new RuleResult(Rule.TAKE_PROFIT, false, "Enter an entry price to check the targets");
        }
        BigDecimal average = averageEntry(setup, sizing);
        for (Target target : setup.targets()) {
            if (!beyondEntryAndStop(setup, average, target.price())) {
                return new RuleResult(Rule.TAKE_PROFIT, false, "Target " + Money.price(target.price()) + " is not "
                        + profitSide(setup) + " " + what(setup, average) + ": every take-profit must be on the"
                        + " profit side");
            }
        }
        int count = setup.targets().size();
        return new RuleResult(Rule.TAKE_PROFIT, true, count + " take-profit target" + (count == 1 ? "" : "s") + " "
                + profitSide(setup) + " the average entry " + Money.price(average) + ", closing "
                + Money.percent(shares) + " of the position");
    }

    /** The reward:risk warning when there is no target: a reminder, or nothing to warn about when none is required. */
    static RuleResult rewardRiskWithoutTarget(RiskPolicy policy) {
        return policy.requireTakeProfit()
                ? new RuleResult(Rule.REWARD_RISK, false, "No reward:risk yet: add a take-profit target")
                : new RuleResult(Rule.REWARD_RISK, true, "No target: exit by trailing stop");
    }

    private static boolean beyondEntryAndStop(TradeSetup setup, BigDecimal averageEntry, BigDecimal price) {
        Direction side = setup.direction();
        boolean beyondEntry = side.favourableMove(averageEntry, price).signum() > 0;
        boolean beyondStop = setup.stop() == null || side.favourableMove(setup.stop(), price).signum() > 0;
        return beyondEntry && beyondStop;
    }

    private static String what(TradeSetup setup, BigDecimal average) {
        List<String> levels = new java.util.ArrayList<>(List.of("the average entry " + Money.price(average)));
        if (setup.stop() != null) {
            levels.add("the stop " + Money.price(setup.stop()));
        }
        return RuleBook.inWords(levels);
    }

    private static BigDecimal averageEntry(TradeSetup setup, SizingResult sizing) {
        BigDecimal average = sizing.isComplete() ? sizing.averageEntry() : setup.entries().get(0).price();
        return average.stripTrailingZeros();
    }

    private static String profitSide(TradeSetup setup) {
        return setup.direction() == Direction.LONG ? "above" : "below";
    }
}
