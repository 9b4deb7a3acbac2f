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
                    + " of the position: together they may close at most 100.00 %",
                    Wording.of("reason.takeProfit.overFull", Wording.percent(shares)));
        }
        if (setup.targets().isEmpty()) {
            return policy.requireTakeProfit()
                    ? new RuleResult(Rule.TAKE_PROFIT, false, setup.entries().isEmpty()
                    ? "Enter an entry price and a take-profit target" : "No take-profit " + profitSide(setup)
                    + " the average entry " + Money.price(averageEntry(setup, sizing)) + ": add a target",
                    setup.entries().isEmpty() ? Wording.of("reason.takeProfit.enterBoth")
                            : Wording.of(sided(setup, "reason.takeProfit.none"),
                            Wording.price(averageEntry(setup, sizing))))
                    : new RuleResult(Rule.TAKE_PROFIT, true, "No take-profit: the policy lets this plan exit by a"
                    + " trailing stop", Wording.of("reason.takeProfit.trailing"));
        }
        if (setup.entries().isEmpty()) {
            return new RuleResult(Rule.TAKE_PROFIT, false, "Enter an entry price to check the targets",
                    Wording.of("reason.takeProfit.enterEntry"));
        }
        BigDecimal average = averageEntry(setup, sizing);
        for (Target target : setup.targets()) {
            if (!beyondEntryAndStop(setup, average, target.price())) {
                return new RuleResult(Rule.TAKE_PROFIT, false, "Target " + Money.price(target.price()) + " is not "
                        + profitSide(setup) + " " + what(setup, average) + ": every take-profit must be on the"
                        + " profit side", setup.stop() == null ? null : Wording.of(sided(setup,
                        "reason.takeProfit.wrongSide"), Wording.price(target.price()), Wording.price(average),
                        Wording.price(setup.stop())));
            }
        }
        int count = setup.targets().size();
        return new RuleResult(Rule.TAKE_PROFIT, true, count + " take-profit target" + (count == 1 ? "" : "s") + " "
                + profitSide(setup) + " the average entry " + Money.price(average) + ", closing "
                + Money.percent(shares) + " of the position", Wording.of(sided(setup, "reason.takeProfit.ok"), count,
                Wording.price(average), Wording.percent(shares)));
    }

    /** The reward:risk warning when there is no target: a reminder, or nothing to warn about when none is required. */
    static RuleResult rewardRiskWithoutTarget(RiskPolicy policy) {
        return policy.requireTakeProfit()
                ? new RuleResult(Rule.REWARD_RISK, false, "No reward:risk yet: add a take-profit target",
                Wording.of("reason.rewardRisk.addTarget"))
                : new RuleResult(Rule.REWARD_RISK, true, "No target: exit by trailing stop",
                Wording.of("reason.rewardRisk.trailing"));
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

    /** The key for a long ("….above") or a short ("….below"): the profit side decides the words. */
    private static String sided(TradeSetup setup, String key) {
        return key + "." + profitSide(setup);
    }

    private static String profitSide(TradeSetup setup) {
        return setup.direction() == Direction.LONG ? "above" : "below";
    }
}
