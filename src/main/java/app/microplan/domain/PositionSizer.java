package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Sizes a position so the loss at the stop stays within the risk budget and the margin stays under the cap
 * (docs/numbers.md). Every comparison is made on exact decimals; only what people read is rounded.
 */
public final class PositionSizer {
    private PositionSizer() {
    }

    public static SizingResult size(TradeSetup setup, RiskPolicy policy, AccountSnapshot account) {
        if (setup.contract().isInverse()) {
            return InverseSizer.size(setup, policy, account);
        }
        List<String> missing = missingInputs(setup, account);
        if (!missing.isEmpty()) {
            return incomplete(setup, policy, account, missing);
        }
        Position position = new Position(setup, policy, account);
        BigDecimal byRisk = position.largestByRisk();
        BigDecimal byMargin = position.largestByMargin();
        BigDecimal largest = byRisk.min(byMargin);
        BigDecimal evaluated = setup.legsFixTheSize() ? null
                : setup.contracts() != null ? setup.contracts() : largest;
        EntryAllocation allocation = EntryAllocation.of(setup, evaluated == null ? BigDecimal.ZERO : evaluated);
        return position.result(allocation, byRisk, byMargin);
    }

    static List<String> missingInputs(TradeSetup setup, AccountSnapshot account) {
        List<String> missing = new ArrayList<>();
        if (setup.entries().isEmpty()) {
            missing.add("an entry price");
        } else if (!setup.legsFixTheSize() && setup.entries().stream().anyMatch(EntryLeg::isSized)) {
            missing.add("a size for every entry leg (or for none)");
        }
        if (setup.stop() == null) {
            missing.add("a stop price");
        }
        if (account.equity().signum() <= 0) {
            missing.add("the account equity");
        }
        if (!AccountCurrency.fits(setup.contract(), account.equityCurrency())) {
            missing.add("an account in USD" + (setup.contract().isInverse() ? " or " + setup.contract().underlying()
                    : "") + " (this one counts in " + account.equityCurrency() + ")");
        }
        return missing;
    }

    /** The explanation's last clause as a wording: what decides the largest size. */
    static Wording binding(BigDecimal byRisk, BigDecimal byMargin, BigDecimal perContract, Wording.Figure oneContract) {
        return byRisk.min(byMargin).signum() == 0 && perContract.signum() > 0 && byRisk.signum() == 0
                ? Wording.of("sizing.explain.tooBig", oneContract)
                : Wording.of("sizing.explain.largest", Wording.plain(byRisk.min(byMargin)),
                Wording.of("sizing.limit." + limit(byRisk, byMargin).name()));
    }

    static SizingResult incomplete(TradeSetup setup, RiskPolicy policy, AccountSnapshot account,
                                   List<String> missing) {
        BigDecimal zero = BigDecimal.ZERO;
        String currency = setup.contract().isInverse() ? account.equityCurrency() : setup.contract().quoteCurrency();
        return new SizingResult(missing, currency, zero, setup.entries(), zero, zero, zero,
                SizeLimit.BOTH, "Enter " + RuleBook.inWords(missing) + " to size the position.", zero, zero,
                account.equity().multiply(policy.riskCap()).setScale(AccountCurrency.scale(currency), RoundingMode.HALF_UP),
                zero, zero, zero, zero,
                account.otherPlansMargin(), zero, null, setup.contract().tickValue(), 0, zero, null,
                ExchangeFigures.notSized(setup.contract()),
                Wording.of("sizing.explain.enter", ReasonWords.items(missing)));
    }

    /** The setup's legs without sizes, so the largest size can be searched even when the legs fix one. */
    static TradeSetup unsized(TradeSetup setup) {
        return setup.legsFixTheSize()
                ? setup.toBuilder().entries(setup.entries().stream().map(e -> e.withContracts(null)).toList()).build()
                : setup;
    }

    /** Which cap sets the largest size. */
    static SizeLimit limit(BigDecimal byRisk, BigDecimal byMargin) {
        int order = byRisk.compareTo(byMargin);
        return order < 0 ? SizeLimit.RISK : order > 0 ? SizeLimit.MARGIN : SizeLimit.BOTH;
    }

    /** The sizing arithmetic for one complete setup. */
    private static final class Position {
        private final TradeSetup setup;
        private final RiskPolicy policy;
        private final AccountSnapshot account;
        private final ContractSpec contract;
        private final BigDecimal step;
        private final BigDecimal riskBudget;

        Position(TradeSetup setup, RiskPolicy policy, AccountSnapshot account) {
            this.setup = setup;
            this.policy = policy;
            this.account = account;
            this.contract = setup.contract();
            this.step = contract.quantityStep();
            this.riskBudget = account.equity().multiply(policy.riskCap());
        }

        /**
         * Loss at the stop, exact: Σ q_i·m·(p_i − S)·side, plus the fees of both sides ({@link Fees}), plus the
         * funding expected to be paid over the holding time when the policy counts it (funding received is never
         * subtracted: the risk must not look smaller for a payment that may not come).
         */
        BigDecimal exactLoss(EntryAllocation allocation) {
            BigDecimal priceLoss = BigDecimal.ZERO;
            for (EntryLeg leg : allocation.legs()) {
                priceLoss = priceLoss.add(setup.direction().favourableMove(setup.stop(), leg.price())
                        .multiply(leg.contracts()));
            }
            return priceLoss.multiply(contract.contractSize()).add(Fees.entry(setup, allocation.legs()))
                    .add(Fees.exitAtStop(setup, allocation.contracts())).add(fundingInRisk(allocation));
        }

        BigDecimal fundingInRisk(EntryAllocation allocation) {
            if (!policy.fundingInRisk()) {
                return BigDecimal.ZERO;
            }
            BigDecimal notional = contract.contractSize().multiply(allocation.priceTimesContracts());
            BigDecimal paid = notional.multiply(setup.fundingRate()).multiply(setup.direction().sign())
                    .multiply(BigDecimal.valueOf(Funding.intervals(contract, setup.holdingHours())));
            return paid.max(BigDecimal.ZERO);
        }

        BigDecimal riskAmount(BigDecimal contracts) {
            return Decimals.centsUp(exactLoss(EntryAllocation.of(unsized(), contracts)));
        }

        boolean withinRiskBudget(BigDecimal contracts) {
            return riskAmount(contracts).compareTo(riskBudget) <= 0;
        }

        /**
         * (margin + other) / E < cap, with margin m·Σ p_i q_i / L multiplied through by L so that no division is
         * needed; for CME-style contracts margin is the exchange's dollars per contract.
         */
        boolean underMarginCap(BigDecimal contracts) {
            EntryAllocation allocation = EntryAllocation.of(unsized(), contracts);
            if (contract.usesDollarMargin()) {
                BigDecimal used = contract.initialMarginPerContract().multiply(allocation.contracts())
                        .add(account.otherPlansMargin());
                return used.compareTo(policy.marginCap().multiply(account.equity())) < 0;
            }
            BigDecimal leverage = setup.leverage();
            BigDecimal used = contract.contractSize().multiply(allocation.priceTimesContracts())
                    .add(account.otherPlansMargin().multiply(leverage));
            return used.compareTo(policy.marginCap().multiply(account.equity()).multiply(leverage)) < 0;
        }

        /** Loss of one contract at the stop at the legs' mean price (one step on every leg, per contract). */
        BigDecimal riskPerContractEstimate() {
            BigDecimal oneStepEach = step.multiply(BigDecimal.valueOf(setup.entries().size()));
            return exactLoss(EntryAllocation.of(unsized(), oneStepEach))
                    .divide(oneStepEach, Decimals.WORKING_SCALE, RoundingMode.HALF_EVEN);
        }

        BigDecimal largestByRisk() {
            BigDecimal perContract = riskPerContractEstimate();
            if (perContract.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal estimate = Decimals.floorToStep(Decimals.divide(riskBudget, perContract), step);
            return atLeastMinimum(largestPassing(estimate, this::withinRiskBudget));
        }

        BigDecimal largestByMargin() {
            BigDecimal room = policy.marginCap().multiply(account.equity()).subtract(account.otherPlansMargin());
            if (room.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal perContract = contract.usesDollarMargin() ? contract.initialMarginPerContract()
                    : Decimals.divide(contract.contractSize().multiply(meanEntry()), setup.leverage());
            // A contract so small and cheap that its margin rounds to nothing at the working scale: the search
            // starts from the largest size a plan may hold and finds the real answer from there.
            BigDecimal estimate = perContract.signum() <= 0 ? NumberLimits.LARGEST
                    : Decimals.floorToStep(Decimals.divide(room, perContract), step);
            return atLeastMinimum(largestPassing(estimate, this::underMarginCap));
        }

        private BigDecimal largestPassing(BigDecimal estimate, Predicate<BigDecimal> passes) {
            return StepSearch.largestPassing(estimate, step, passes);
        }

        private BigDecimal atLeastMinimum(BigDecimal size) {
            return size.compareTo(contract.minQuantity()) < 0 ? BigDecimal.ZERO : size;
        }

        private BigDecimal meanEntry() {
            return EntryAllocation.of(unsized(), BigDecimal.ZERO).averageEntry();
        }

        private TradeSetup unsized() {
            return PositionSizer.unsized(setup);
        }

        SizingResult result(EntryAllocation allocation, BigDecimal byRisk, BigDecimal byMargin) {
            BigDecimal contracts = allocation.contracts();
            BigDecimal averageEntry = allocation.averageEntry();
            BigDecimal exactLoss = exactLoss(allocation);
            BigDecimal riskAmount = Decimals.centsUp(exactLoss);
            BigDecimal notional = contract.contractSize().multiply(allocation.priceTimesContracts());
            BigDecimal margin = contract.usesDollarMargin()
                    ? contract.initialMarginPerContract().multiply(contracts)
                    : Decimals.divide(notional, setup.leverage());
            BigDecimal equity = account.equity();
            BigDecimal utilization = Decimals.divide(margin.add(account.otherPlansMargin()), equity);
            int intervals = Funding.intervals(contract, setup.holdingHours());
            BigDecimal fundingCost = Funding.cost(setup.direction(), notional, setup.fundingRate(), intervals);
            List<LegLiquidation> path = LiquidationPath.along(setup, allocation.legs());
            BigDecimal liquidation = path.isEmpty() ? null : path.get(path.size() - 1).price();
            return new SizingResult(List.of(), contract.quoteCurrency(), contracts, allocation.legs(), byRisk,
                    byMargin, byRisk.min(byMargin), limit(byRisk, byMargin), explain(byRisk, byMargin), averageEntry,
                    riskPerContract(exactLoss, contracts), Decimals.cents(riskBudget), riskAmount,
                    Decimals.divide(riskAmount, equity), notional, margin, account.otherPlansMargin(), utilization,
                    liquidation, contract.tickValue(), intervals, fundingCost,
                    RewardRisk.ratio(setup, allocation, riskAmount,
                            Fees.entry(setup, allocation.legs()).add(fundingInRisk(allocation))),
                    exchangeFigures(allocation, notional, path), explainWording(byRisk, byMargin));
        }

        private ExchangeFigures exchangeFigures(EntryAllocation allocation, BigDecimal notional,
                                                List<LegLiquidation> path) {
            BigDecimal contracts = allocation.contracts();
            if (contract.usesDollarMargin()) {
                return new ExchangeFigures(LiquidationConvention.CME, path,
                        contract.maintenanceMarginPerContract().multiply(contracts), null,
                        Fees.entry(setup, allocation.legs()), Fees.exitAtStop(setup, contracts),
                        fundingInRisk(allocation));
            }
            MarginTiers tiers = contract.tiers();
            java.util.Optional<MarginTier> tier = tiers.tierFor(notional);
            MarginTier strictest = tiers.tiers().get(tiers.tiers().size() - 1);
            BigDecimal maxLeverage = tier.map(t -> t.maxLeverage() == null ? contract.maxLeverage()
                    : t.maxLeverage().min(contract.maxLeverage())).orElse(null);
            return new ExchangeFigures(contract.liquidationConvention(), path,
                    tier.orElse(strictest).maintenanceMargin(notional), maxLeverage,
                    Fees.entry(setup, allocation.legs()), Fees.exitAtStop(setup, contracts), fundingInRisk(allocation));
        }

        private BigDecimal riskPerContract(BigDecimal exactLoss, BigDecimal contracts) {
            return contracts.signum() > 0
                    ? exactLoss.divide(contracts, Decimals.WORKING_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    : riskPerContractEstimate().stripTrailingZeros();
        }


        private String explain(BigDecimal byRisk, BigDecimal byMargin) {
            String currency = contract.quoteCurrency();
            BigDecimal perContract = riskPerContractEstimate();
            String risk;
            if (perContract.signum() <= 0) {
                risk = "The stop is not on the loss side, so no size can be worked out from the risk";
            } else {
                BigDecimal raw = Decimals.divide(riskBudget, perContract);
                risk = "The risk budget " + Money.format(riskBudget, currency) + " ÷ "
                        + Money.format(perContract.setScale(2, RoundingMode.CEILING), currency) + " a contract allows "
                        + raw.setScale(2, RoundingMode.FLOOR).toPlainString() + ", rounded down to "
                        + Money.contracts(byRisk) + stepNote();
            }
            String margin = "the " + Money.percent(policy.marginCap()) + " margin cap allows " + Money.contracts(byMargin)
                    + (contract.usesDollarMargin() ? " at " + Money.format(contract.initialMarginPerContract(), currency)
                    + " a contract" : " at " + Decimals.plain(setup.leverage()) + "×");
            String binding = byRisk.min(byMargin).signum() == 0 && perContract.signum() > 0 && byRisk.signum() == 0
                    ? "one contract risks " + Money.format(perContract.setScale(2, RoundingMode.CEILING), currency)
                    + ", more than the budget: use a smaller contract"
                    : "the largest size is " + Money.contracts(byRisk.min(byMargin)) + ", set by "
                    + limit(byRisk, byMargin).describe();
            return risk + "; " + margin + "; " + binding + ".";
        }

        /** {@link #explain} as a wording for the window's language (decision 15): the same figures. */
        private Wording explainWording(BigDecimal byRisk, BigDecimal byMargin) {
            String currency = contract.quoteCurrency();
            BigDecimal perContract = riskPerContractEstimate();
            Wording risk = perContract.signum() <= 0 ? Wording.of("sizing.explain.noLossSide")
                    : Wording.of("sizing.explain.risk", Wording.money(riskBudget, currency),
                    Wording.money(perContract.setScale(2, RoundingMode.CEILING), currency),
                    Wording.decimal(Decimals.divide(riskBudget, perContract).setScale(2, RoundingMode.FLOOR)),
                    Wording.plain(byRisk), step.compareTo(BigDecimal.ONE) == 0 ? ""
                            : Wording.of("sizing.explain.steps", Wording.plain(step)));
            Wording margin = contract.usesDollarMargin()
                    ? Wording.of("sizing.explain.marginPerContract", Wording.percent(policy.marginCap()),
                    Wording.plain(byMargin), Wording.money(contract.initialMarginPerContract(), currency))
                    : Wording.of("sizing.explain.marginAt", Wording.percent(policy.marginCap()),
                    Wording.plain(byMargin), Wording.plain(setup.leverage()));
            return Wording.of("sizing.explain", risk, margin, binding(byRisk, byMargin, perContract,
                    Wording.money(perContract.setScale(2, RoundingMode.CEILING), currency)));
        }

        private String stepNote() {
            return step.compareTo(BigDecimal.ONE) == 0 ? "" : " (steps of " + Decimals.plain(step) + ")";
        }
    }
}
