package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a plan against the rules that gate "ready" (docs/numbers.md, "The rules that gate ready"). Each message
 * carries the numbers, so the trader reads why without opening anything.
 */
public final class RuleBook {
    private RuleBook() {
    }

    /** Sizes the plan and checks every rule, the written plan and the account rules included, as of now. */
    public static PlanAssessment assess(TradePlan plan) {
        return assess(plan, Clock.systemDefaultZone());
    }

    /**
     * Sizes the plan and checks every rule at {@code clock}'s time (the cool-down depends on it): the numbers
     * (under its playbook's reward:risk when it has one), the written plan (with the playbook's prompts) and the
     * account rules against the plan's account snapshot, with the trader's overrides.
     */
    public static PlanAssessment assess(TradePlan plan, Clock clock) {
        PlanAssessment numbers = assessNumbers(plan.setup(), PlaybookRules.policyOf(plan), plan.account());
        List<RuleResult> rules = new ArrayList<>(numbers.rules());
        rules.add(rules.size() - warningCount(rules), PlaybookRules.writtenPlan(plan, writtenPlan(plan.written())));
        rules.addAll(rules.size() - warningCount(rules), AccountRules.check(plan, numbers.sizing(), clock));
        return new PlanAssessment(numbers.sizing(), rules);
    }

    /** Sizes a setup and checks the numeric rules only (what the `size` command reports). */
    public static PlanAssessment assessNumbers(TradeSetup setup, RiskPolicy policy, AccountSnapshot account) {
        SizingResult sizing = PositionSizer.size(setup, policy, account);
        return new PlanAssessment(sizing, NumericRules.check(setup, policy, account, sizing));
    }

    public static RuleResult writtenPlan(WrittenPlan written) {
        List<String> missing = new ArrayList<>();
        if (written.entryCriteria().isBlank()) {
            missing.add("entry criteria");
        }
        if (written.exitStrategy().isBlank()) {
            missing.add("exit strategy");
        }
        if (written.riskRules().isBlank()) {
            missing.add("risk-management rules");
        }
        return missing.isEmpty()
                ? new RuleResult(Rule.WRITTEN_PLAN, true, "Entry criteria, exit strategy and risk-management rules are written",
                Wording.of("reason.writtenPlan.complete"))
                : new RuleResult(Rule.WRITTEN_PLAN, false, "Write the " + String.join(", ", missing)
                + " before the plan can be ready", Wording.of("reason.writtenPlan.missing", ReasonWords.sections(missing)));
    }

    /** "a", "a and b", "a, b and c". */
    static String inWords(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static int warningCount(List<RuleResult> rules) {
        return (int) rules.stream().filter(r -> !r.rule().isBlocking()).count();
    }

    /** The rules about numbers, in the order the rule strip shows them. */
    private static final class NumericRules {
        private final TradeSetup setup;
        private final RiskPolicy policy;
        private final AccountSnapshot account;
        private final SizingResult sizing;
        private final String currency;

        private NumericRules(TradeSetup setup, RiskPolicy policy, AccountSnapshot account, SizingResult sizing) {
            this.setup = setup;
            this.policy = policy;
            this.account = account;
            this.sizing = sizing;
            this.currency = sizing.quoteCurrency(); // the account's: a coin for a coin-margined one
        }

        static List<RuleResult> check(TradeSetup setup, RiskPolicy policy, AccountSnapshot account, SizingResult sizing) {
            NumericRules rules = new NumericRules(setup, policy, account, sizing);
            List<RuleResult> results = new ArrayList<>(List.of(rules.riskCap(), rules.marginCap(), rules.stopSide(),
                    rules.positionSize(), SizeRules.sizeWithinCaps(setup, sizing), rules.leverageLimit(),
                    rules.stopBeforeLiquidation(), TargetRules.takeProfit(setup, policy, sizing)));
            results.add(LiquidationRules.leverageForSize(setup, sizing));
            results.add(OrderRules.priceOnTick(setup));
            results.add(OrderRules.orderMinimum(setup, sizing));
            results.addAll(List.of(rules.highLeverage(), rules.rewardRisk(), rules.fundingCost()));
            results.removeIf(result -> !RuleScope.applies(result.rule(), setup.contract()));
            return results;
        }

        private String money(BigDecimal amount) {
            return Money.format(amount, currency);
        }

        private RuleResult incomplete(Rule rule) {
            return new RuleResult(rule, false, "Enter " + inWords(sizing.missing()) + " to size the position",
                    ReasonWords.enterToSize(sizing.missing()));
        }

        RuleResult riskCap() {
            if (!sizing.isComplete()) {
                return incomplete(Rule.RISK_CAP);
            }
            boolean within = sizing.riskAmount().compareTo(account.equity().multiply(policy.riskCap())) <= 0;
            return new RuleResult(Rule.RISK_CAP, within, "Risk " + money(sizing.riskAmount()) + " is "
                    + Money.percentUp(sizing.riskFraction()) + " of equity, " + (within ? "within" : "above") + " the "
                    + Money.percent(policy.riskCap()) + " cap", Wording.of(within ? "reason.riskCap.within"
                    : "reason.riskCap.above", Wording.money(sizing.riskAmount(), currency),
                    Wording.percentUp(sizing.riskFraction()), Wording.percent(policy.riskCap())));
        }

        RuleResult marginCap() {
            if (!sizing.isComplete()) {
                return incomplete(Rule.MARGIN_CAP);
            }
            boolean under = sizing.marginUtilization().compareTo(policy.marginCap()) < 0;
            return new RuleResult(Rule.MARGIN_CAP, under, "Margin utilization " + Money.percentUp(sizing.marginUtilization())
                    + " (this plan " + money(AccountCurrency.up(sizing.initialMargin(), currency)) + " + other plans "
                    + money(sizing.otherPlansMargin()) + " of " + money(account.equity()) + " equity) is "
                    + (under ? "under" : "not under") + " the " + Money.percent(policy.marginCap()) + " cap",
                    Wording.of(under ? "reason.marginCap.under" : "reason.marginCap.notUnder",
                            Wording.percentUp(sizing.marginUtilization()),
                            Wording.money(Decimals.centsUp(sizing.initialMargin()), currency),
                            Wording.money(sizing.otherPlansMargin(), currency), Wording.money(account.equity(), currency),
                            Wording.percent(policy.marginCap())));
        }

        RuleResult stopSide() {
            if (setup.stop() == null || setup.entries().isEmpty()) {
                List<String> missing = new ArrayList<>();
                if (setup.entries().isEmpty()) {
                    missing.add("an entry price");
                }
                if (setup.stop() == null) {
                    missing.add("a stop price");
                }
                return new RuleResult(Rule.STOP_SIDE, false, "Enter " + inWords(missing) + " to check the stop",
                        Wording.of("reason.stopSide.enter", ReasonWords.items(missing)));
            }
            String side = setup.direction() == Direction.LONG ? "below" : "above";
            for (EntryLeg entry : setup.entries()) {
                if (setup.direction().favourableMove(entry.price(), setup.stop()).signum() >= 0) {
                    return new RuleResult(Rule.STOP_SIDE, false, "Stop " + Money.price(setup.stop()) + " is not " + side
                            + " the entry " + Money.price(entry.price()) + ": a " + setup.direction().label().toLowerCase()
                            + "'s stop must be " + side + " every entry", Wording.of(setup.direction() == Direction.LONG
                            ? "reason.stopSide.notBelow" : "reason.stopSide.notAbove", Wording.price(setup.stop()),
                            Wording.price(entry.price())));
                }
            }
            return new RuleResult(Rule.STOP_SIDE, true, "Stop " + Money.price(setup.stop()) + " is " + side
                    + " every entry", Wording.of(setup.direction() == Direction.LONG ? "reason.stopSide.below"
                    : "reason.stopSide.above", Wording.price(setup.stop())));
        }

        RuleResult positionSize() {
            if (!sizing.isComplete()) {
                return incomplete(Rule.POSITION_SIZE);
            }
            ContractSpec contract = setup.contract();
            BigDecimal contracts = sizing.contracts();
            if (contracts.signum() == 0) {
                return new RuleResult(Rule.POSITION_SIZE, false, "0 contracts: " + whyNoContracts(),
                        Wording.of("reason.positionSize.none", whyNoContractsWording()));
            }
            if (!Decimals.isMultipleOf(contracts, contract.quantityStep())) {
                return new RuleResult(Rule.POSITION_SIZE, false, Money.contracts(contracts)
                        + " contracts is not a multiple of the " + Money.contracts(contract.quantityStep()) + "-contract step",
                        Wording.of("reason.positionSize.step", Wording.plain(contracts),
                                Wording.plain(contract.quantityStep())));
            }
            if (contracts.compareTo(contract.minQuantity()) < 0) {
                return new RuleResult(Rule.POSITION_SIZE, false, Money.contracts(contracts)
                        + " contracts is below the minimum order of " + Money.contracts(contract.minQuantity()),
                        Wording.of("reason.positionSize.belowMinimum", Wording.plain(contracts),
                                Wording.plain(contract.minQuantity())));
            }
            return new RuleResult(Rule.POSITION_SIZE, true, Money.contracts(contracts) + " contracts of "
                    + contract.name() + " (largest allowed: " + Money.contracts(sizing.maxContracts()) + ")",
                    Wording.of("reason.positionSize.ok", Wording.plain(contracts), contract.name(),
                            Wording.plain(sizing.maxContracts())));
        }

        private String whyNoContracts() {
            if (sizing.riskPerContract().signum() <= 0) {
                return "no size can be worked out while the stop is not on the loss side of the entry";
            }
            if (sizing.maxContractsByRisk().signum() == 0 && sizing.riskPerContract().signum() > 0) {
                return "one contract risks " + money(AccountCurrency.up(sizing.riskPerContract(), currency)) + ", more than the "
                        + money(sizing.riskBudget()) + " risk budget; use a smaller contract";
            }
            if (sizing.maxContractsByMargin().signum() == 0) {
                return "at " + Decimals.plain(setup.leverage()) + "× one contract's margin would take utilization to the "
                        + Money.percent(policy.marginCap()) + " cap or beyond; raise the leverage or free margin";
            }
            return "the caps allow none";
        }

        private Wording whyNoContractsWording() {
            if (sizing.riskPerContract().signum() <= 0) {
                return Wording.of("reason.noContracts.stopSide");
            }
            if (sizing.maxContractsByRisk().signum() == 0 && sizing.riskPerContract().signum() > 0) {
                return Wording.of("reason.noContracts.risk", Wording.money(Decimals.centsUp(sizing.riskPerContract()),
                        currency), Wording.money(sizing.riskBudget(), currency));
            }
            if (sizing.maxContractsByMargin().signum() == 0) {
                return Wording.of("reason.noContracts.margin", Wording.plain(setup.leverage()),
                        Wording.percent(policy.marginCap()));
            }
            return Wording.of("reason.noContracts.caps");
        }

        RuleResult leverageLimit() {
            BigDecimal max = setup.contract().maxLeverage();
            boolean within = setup.leverage().compareTo(max) <= 0;
            return new RuleResult(Rule.LEVERAGE_LIMIT, within, "Leverage " + Decimals.plain(setup.leverage()) + "× is "
                    + (within ? "within" : "above") + " the contract's " + Decimals.plain(max) + "× maximum",
                    Wording.of(within ? "reason.leverageLimit.within" : "reason.leverageLimit.above",
                            Wording.plain(setup.leverage()), Wording.plain(max)));
        }

        RuleResult stopBeforeLiquidation() {
            return LiquidationRules.stopBeforeLiquidation(setup, policy, sizing);
        }

        RuleResult highLeverage() {
            boolean fine = setup.leverage().compareTo(policy.leverageWarning()) <= 0;
            return new RuleResult(Rule.HIGH_LEVERAGE, fine, "Leverage " + Decimals.plain(setup.leverage()) + "× is "
                    + (fine ? "not above " : "above ") + Decimals.plain(policy.leverageWarning()) + "×"
                    + (fine ? "" : ": a small move against you takes a large share of the margin"),
                    Wording.of(fine ? "reason.highLeverage.fine" : "reason.highLeverage.above",
                            Wording.plain(setup.leverage()), Wording.plain(policy.leverageWarning())));
        }

        RuleResult rewardRisk() {
            BigDecimal ratio = sizing.rewardRiskRatio();
            String minimum = Decimals.plain(policy.minRewardRisk());
            if (ratio == null && setup.targets().isEmpty()) {
                return TargetRules.rewardRiskWithoutTarget(policy);
            }
            if (ratio == null) {
                String needs = !sizing.isComplete() ? "enter " + inWords(sizing.missing())
                        : "it needs a position of at least one contract";
                return new RuleResult(Rule.REWARD_RISK, false, "No reward:risk yet: " + needs,
                        !sizing.isComplete() ? Wording.of("reason.rewardRisk.enter", ReasonWords.items(sizing.missing()))
                                : Wording.of("reason.rewardRisk.noSize"));
            }
            boolean enough = ratio.compareTo(policy.minRewardRisk()) >= 0;
            return new RuleResult(Rule.REWARD_RISK, enough, "Reward:risk " + ratio.toPlainString() + " is "
                    + (enough ? "at least " : "below ") + minimum, Wording.of(enough ? "reason.rewardRisk.enough"
                    : "reason.rewardRisk.below", Wording.decimal(ratio), Wording.plain(policy.minRewardRisk())));
        }

        RuleResult fundingCost() {
            BigDecimal cost = sizing.fundingCost();
            BigDecimal limit = sizing.riskAmount().multiply(policy.maxFundingShareOfRisk());
            boolean small = cost.compareTo(limit) <= 0;
            String over = sizing.fundingIntervals() + " funding interval" + (sizing.fundingIntervals() == 1 ? "" : "s");
            if (cost.signum() <= 0) {
                return new RuleResult(Rule.FUNDING_COST, true, "Expected funding " + money(cost.negate())
                        + (cost.signum() < 0 ? " received" : "") + " over " + over,
                        Wording.of(cost.signum() < 0 ? "reason.funding.received" : "reason.funding.none",
                                Wording.money(cost.negate(), currency), sizing.fundingIntervals()));
            }
            return new RuleResult(Rule.FUNDING_COST, small, "Expected funding " + money(cost) + " over " + over
                    + " is " + (small ? "within " : "above ") + Money.percent(policy.maxFundingShareOfRisk())
                    + " of the risk " + money(sizing.riskAmount()), Wording.of(small ? "reason.funding.within"
                    : "reason.funding.above", Wording.money(cost, currency), sizing.fundingIntervals(),
                    Wording.percent(policy.maxFundingShareOfRisk()), Wording.money(sizing.riskAmount(), currency)));
        }
    }
}
