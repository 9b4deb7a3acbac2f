package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Sizes a position in an inverse (coin-margined) contract: the most contracts whose loss at the stop, fees and
 * counted funding included, stays within the risk cap, and whose margin keeps the account under the margin cap —
 * both in the account's currency (the coin, or dollars at the stop price for the loss). The figures come out in
 * the account's currency ({@link SizingResult#quoteCurrency()} is that currency), so the rule book, the ladder and
 * the account's totals read them as they read a linear plan's (docs/numbers.md, "Inverse contracts").
 */
final class InverseSizer {
    private InverseSizer() {
    }

    static SizingResult size(TradeSetup setup, RiskPolicy policy, AccountSnapshot account) {
        List<String> missing = PositionSizer.missingInputs(setup, account);
        if (!missing.isEmpty()) {
            return PositionSizer.incomplete(setup, policy, account, missing);
        }
        Sizing sizing = new Sizing(setup, policy, account);
        BigDecimal byRisk = sizing.largestByRisk();
        BigDecimal byMargin = sizing.largestByMargin();
        BigDecimal evaluated = setup.legsFixTheSize() ? null
                : setup.contracts() != null ? setup.contracts() : byRisk.min(byMargin);
        EntryAllocation allocation = EntryAllocation.of(setup, evaluated == null ? BigDecimal.ZERO : evaluated);
        return sizing.result(allocation, byRisk, byMargin);
    }

    /** The exit rate of the stop: the trader's own exit rate, else the schedule's stop (taker) rate. */
    static BigDecimal stopRate(TradeSetup setup) {
        return setup.exitFeeRate() != null ? setup.exitFeeRate() : setup.contract().fees().rateFor(OrderType.STOP);
    }

    /** The exit rate of a take-profit: the trader's own exit rate, else the schedule's limit (maker) rate. */
    static BigDecimal targetRate(TradeSetup setup) {
        return setup.exitFeeRate() != null ? setup.exitFeeRate() : setup.contract().fees().rateFor(OrderType.LIMIT);
    }

    private static final class Sizing {
        private final TradeSetup setup;
        private final RiskPolicy policy;
        private final AccountSnapshot account;
        private final ContractSpec contract;
        private final String currency;
        private final BigDecimal step;
        private final BigDecimal riskBudget;

        Sizing(TradeSetup setup, RiskPolicy policy, AccountSnapshot account) {
            this.setup = setup;
            this.policy = policy;
            this.account = account;
            this.contract = setup.contract();
            this.currency = account.equityCurrency();
            this.step = contract.quantityStep();
            this.riskBudget = account.equity().multiply(policy.riskCap());
        }

        InverseTrade trade(EntryAllocation allocation) {
            return new InverseTrade(setup, allocation.legs(), policy.fundingInRisk(), currency);
        }

        /** Loss at the stop in the account's currency, exact: minus the net of closing there with the stop order. */
        BigDecimal exactLoss(EntryAllocation allocation) {
            return trade(allocation).net(setup.stop(), stopRate(setup)).negate();
        }

        BigDecimal riskAmount(BigDecimal contracts) {
            return AccountCurrency.up(exactLoss(EntryAllocation.of(unsized(), contracts)), currency);
        }

        boolean withinRiskBudget(BigDecimal contracts) {
            return riskAmount(contracts).compareTo(riskBudget) <= 0;
        }

        boolean underMarginCap(BigDecimal contracts) {
            BigDecimal margin = trade(EntryAllocation.of(unsized(), contracts)).margin(setup.leverage());
            return margin.add(account.otherPlansMargin())
                    .compareTo(policy.marginCap().multiply(account.equity())) < 0;
        }

        /** Loss of one contract at the stop (one step on every leg, per contract). */
        BigDecimal riskPerContractEstimate() {
            BigDecimal oneStepEach = step.multiply(BigDecimal.valueOf(setup.entries().size()));
            return exactLoss(EntryAllocation.of(unsized(), oneStepEach))
                    .divide(oneStepEach, Decimals.WORKING_SCALE + 8, RoundingMode.HALF_EVEN);
        }

        BigDecimal largestByRisk() {
            BigDecimal perContract = riskPerContractEstimate();
            if (perContract.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal estimate = Decimals.floorToStep(riskBudget.divide(perContract, Decimals.WORKING_SCALE,
                    RoundingMode.HALF_EVEN), step);
            return atLeastMinimum(StepSearch.largestPassing(estimate, step, this::withinRiskBudget));
        }

        BigDecimal largestByMargin() {
            BigDecimal room = policy.marginCap().multiply(account.equity()).subtract(account.otherPlansMargin());
            if (room.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal oneStepEach = step.multiply(BigDecimal.valueOf(setup.entries().size()));
            BigDecimal perContract = trade(EntryAllocation.of(unsized(), oneStepEach)).margin(setup.leverage())
                    .divide(oneStepEach, Decimals.WORKING_SCALE + 8, RoundingMode.HALF_EVEN);
            BigDecimal estimate = perContract.signum() <= 0 ? NumberLimits.LARGEST
                    : Decimals.floorToStep(room.divide(perContract, Decimals.WORKING_SCALE, RoundingMode.HALF_EVEN),
                    step);
            return atLeastMinimum(StepSearch.largestPassing(estimate, step, this::underMarginCap));
        }

        private BigDecimal atLeastMinimum(BigDecimal size) {
            return size.compareTo(contract.minQuantity()) < 0 ? BigDecimal.ZERO : size;
        }

        private TradeSetup unsized() {
            return PositionSizer.unsized(setup);
        }

        SizingResult result(EntryAllocation allocation, BigDecimal byRisk, BigDecimal byMargin) {
            BigDecimal contracts = allocation.contracts();
            InverseTrade trade = trade(allocation);
            BigDecimal stop = setup.stop();
            BigDecimal exactLoss = exactLoss(allocation);
            BigDecimal riskAmount = AccountCurrency.up(exactLoss, currency);
            BigDecimal margin = trade.margin(setup.leverage());
            BigDecimal equity = account.equity();
            BigDecimal averageEntry = contracts.signum() > 0 ? trade.averageEntry() : allocation.averageEntry();
            int intervals = Funding.intervals(contract, setup.holdingHours());
            BigDecimal fundingCost = AccountCurrency.up(trade.inAccount(trade.fundingSignedCoin(), averageEntry),
                    currency);
            List<LegLiquidation> path = LiquidationPath.along(setup, allocation.legs());
            BigDecimal liquidation = path.isEmpty() ? null : path.get(path.size() - 1).price();
            // The parts of the risk, each in the account's currency as the risk counts it (at the stop price).
            ExchangeFigures exchange = new ExchangeFigures(contract.liquidationConvention(), path,
                    trade.inAccount(trade.maintenanceCoin(averageEntry.signum() > 0 ? averageEntry : stop), stop),
                    contract.maxLeverage(), trade.inAccount(trade.entryFeesCoin(), stop),
                    trade.inAccount(trade.exitFeeCoin(stop, stopRate(setup)), stop),
                    trade.inAccount(trade.fundingCoin(), stop));
            BigDecimal riskPerContract = contracts.signum() > 0
                    ? exactLoss.divide(contracts, Decimals.WORKING_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    : riskPerContractEstimate().stripTrailingZeros();
            return new SizingResult(List.of(), currency, contracts, allocation.legs(), byRisk, byMargin,
                    byRisk.min(byMargin), PositionSizer.limit(byRisk, byMargin), explain(byRisk, byMargin), averageEntry,
                    riskPerContract, riskBudget.setScale(AccountCurrency.scale(currency), RoundingMode.HALF_UP),
                    riskAmount, Decimals.divide(riskAmount, equity), trade.notional(), margin,
                    account.otherPlansMargin(), Decimals.divide(margin.add(account.otherPlansMargin()), equity),
                    liquidation, tickValue(averageEntry), intervals, fundingCost, rewardRisk(trade, riskAmount),
                    exchange, explainWording(byRisk, byMargin));
        }

        /** What one tick moves one contract near the entry, in the account's currency: V·t/P² coin, V·t/P dollars. */
        private BigDecimal tickValue(BigDecimal price) {
            if (price.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal dollarsPerCoin = Decimals.divide(contract.contractValue().multiply(contract.tickSize()), price);
            return AccountCurrency.isDollar(currency) ? dollarsPerCoin : Decimals.divide(dollarsPerCoin, price);
        }

        /** Each target's share of the position nets its share of every cost, the exit at the maker rate. */
        private BigDecimal rewardRisk(InverseTrade trade, BigDecimal riskAmount) {
            if (setup.targets().isEmpty() || riskAmount.signum() <= 0 || trade.contracts().signum() == 0) {
                return null;
            }
            BigDecimal reward = BigDecimal.ZERO;
            for (Target target : setup.targets()) {
                reward = reward.add(target.fraction().multiply(trade.net(target.price(), targetRate(setup))));
            }
            return reward.divide(riskAmount, 2, RoundingMode.FLOOR);
        }

        /** {@link #explain} as a wording for the window's language (decision 15): the same figures. */
        private Wording explainWording(BigDecimal byRisk, BigDecimal byMargin) {
            BigDecimal perContract = riskPerContractEstimate();
            Wording.Figure oneContract = Wording.money(AccountCurrency.up(perContract, currency), currency);
            Wording risk = perContract.signum() <= 0 ? Wording.of("sizing.explain.noLossSide")
                    : Wording.of("sizing.explain.riskInverse", Wording.money(riskBudget, currency), oneContract,
                    Wording.plain(contract.contractValue()), contract.quoteCurrency(),
                    Wording.decimal(riskBudget.divide(perContract, 2, RoundingMode.FLOOR)), Wording.plain(byRisk));
            Wording margin = Wording.of("sizing.explain.marginAt", Wording.percent(policy.marginCap()),
                    Wording.plain(byMargin), Wording.plain(setup.leverage()));
            return Wording.of("sizing.explain", risk, margin,
                    PositionSizer.binding(byRisk, byMargin, perContract, oneContract));
        }

        private String explain(BigDecimal byRisk, BigDecimal byMargin) {
            BigDecimal perContract = riskPerContractEstimate();
            String risk;
            if (perContract.signum() <= 0) {
                risk = "The stop is not on the loss side, so no size can be worked out from the risk";
            } else {
                BigDecimal raw = riskBudget.divide(perContract, 2, RoundingMode.FLOOR);
                risk = "The risk budget " + Money.format(riskBudget, currency) + " ÷ "
                        + Money.format(AccountCurrency.up(perContract, currency), currency) + " a contract of "
                        + Decimals.plain(contract.contractValue()) + " " + contract.quoteCurrency() + " allows "
                        + raw.toPlainString() + ", rounded down to " + Money.contracts(byRisk);
            }
            String margin = "the " + Money.percent(policy.marginCap()) + " margin cap allows " + Money.contracts(byMargin)
                    + " at " + Decimals.plain(setup.leverage()) + "×";
            String binding = byRisk.min(byMargin).signum() == 0 && perContract.signum() > 0 && byRisk.signum() == 0
                    ? "one contract risks " + Money.format(AccountCurrency.up(perContract, currency), currency)
                    + ", more than the budget: use a smaller contract"
                    : "the largest size is " + Money.contracts(byRisk.min(byMargin)) + ", set by "
                    + PositionSizer.limit(byRisk, byMargin).describe();
            return risk + "; " + margin + "; " + binding + ".";
        }
    }
}
