package app.microplan.cli;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.ContractSpec;
import app.microplan.domain.Decimals;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.OrderType;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.RuleBook;
import app.microplan.domain.Target;
import app.microplan.domain.TradeSetup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `microplan size`: the largest position the caps allow for one trade, and every numeric rule. */
@Command(name = "size", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Size a position so the loss at the stop stays within the risk cap and margin under the cap.",
                "Exit code: 0 every blocking rule holds, 1 one fails, 2 bad input."})
final class SizeCommand implements Callable<Integer> {
    private static final BigDecimal MAX_FUNDING_PERCENT = new BigDecimal("3");

    @Spec
    CommandSpec spec;

    @Option(names = "--equity", required = true, paramLabel = "AMOUNT", description = "Account equity.")
    BigDecimal equity;

    @Option(names = "--risk-pct", defaultValue = "1", paramLabel = "PCT",
            description = "Risk cap, percent of equity (above 0, at most 2). Default: ${DEFAULT-VALUE}.")
    BigDecimal riskPercent;

    @Option(names = "--side", defaultValue = "long", paramLabel = "long|short", description = "Default: ${DEFAULT-VALUE}.")
    String side;

    @Option(names = "--entry", required = true, paramLabel = "PRICE[:CONTRACTS]",
            converter = PriceQuantity.Converter.class,
            description = "Entry price; repeat for scale-in legs. Give every leg a size, or none.")
    List<PriceQuantity> entries = new ArrayList<>();

    @Option(names = "--stop", required = true, paramLabel = "PRICE", description = "Stop price.")
    BigDecimal stop;

    @Option(names = "--target", paramLabel = "PRICE[:FRACTION]", converter = PriceQuantity.Converter.class,
            description = "Take-profit; repeatable. Fractions not given share what is left equally.")
    List<PriceQuantity> targets = new ArrayList<>();

    @Option(names = "--preset", paramLabel = "NAME", description = "Contract preset: ${COMPLETION-CANDIDATES}.",
            completionCandidates = PresetNames.class)
    String preset;

    @Option(names = "--contract-size", paramLabel = "COINS", description = "Coins per contract (custom contract).")
    BigDecimal contractSize;

    @Option(names = "--tick-size", paramLabel = "PRICE", description = "Tick size (custom contract).")
    BigDecimal tickSize;

    @Option(names = "--qty-step", paramLabel = "CONTRACTS", description = "Order size step. Default: the preset's, or 1.")
    BigDecimal quantityStep;

    @Option(names = "--leverage", defaultValue = "1", paramLabel = "X", description = "Default: ${DEFAULT-VALUE}.")
    BigDecimal leverage;

    @Option(names = "--mmr", paramLabel = "FRACTION",
            description = "One flat maintenance-margin rate for every size. Default: the preset's tiers, or 0.005.")
    BigDecimal maintenanceMarginRate;

    @Option(names = "--tiers", paramLabel = "CEILING:MMR:AMOUNT[:MAXLEV],...",
            description = "The margin table, smallest positions first: notional ceiling in the quote currency (the last "
                    + "may be inf), maintenance rate (fraction), maintenance amount, maximum leverage.")
    String tiers;

    @Option(names = "--convention", paramLabel = "binance|bybit|okx|none",
            description = "How the exchange works out liquidation. Default: the preset's, or bybit.")
    String convention;

    @Option(names = "--liq-buffer", defaultValue = "1.5", paramLabel = "X",
            description = "Liquidation must be at least X times as far from the entry as the stop (1 = no buffer). "
                    + "Default: ${DEFAULT-VALUE}.")
    BigDecimal liquidationBuffer;

    @Option(names = "--entry-order", defaultValue = "limit", paramLabel = "limit|market|stop",
            description = "Order type of the entries: a resting limit pays the maker fee, market and stop the taker "
                    + "fee. Default: ${DEFAULT-VALUE}.")
    String entryOrder;

    @Option(names = "--fee-pct-in", paramLabel = "PCT",
            description = "Your entry fee, percent of notional. Default: the preset's maker or taker rate by order type.")
    BigDecimal entryFeePercent;

    @Option(names = "--fee-pct-out", paramLabel = "PCT",
            description = "Your fee at the stop, percent of notional. Default: the preset's taker rate.")
    BigDecimal exitFeePercent;

    @Option(names = "--fee-per-contract", paramLabel = "AMOUNT",
            description = "Fee per contract per side in the quote currency (CME). Default: the preset's.")
    BigDecimal feePerContract;

    @Option(names = "--funding-rate-pct", defaultValue = "0", paramLabel = "PCT",
            description = "Funding rate per interval, percent, at most 3 either way (longs pay a positive rate).")
    BigDecimal fundingRatePercent;

    @Option(names = "--funding-interval-hours", paramLabel = "HOURS",
            description = "Hours between funding payments (1 to 24). Default: the preset's.")
    Integer fundingIntervalHours;

    @Option(names = "--no-funding-in-risk", description = "Do not count expected funding in the risk at the stop.")
    boolean fundingNotInRisk;

    @Option(names = "--holding-hours", defaultValue = "0", paramLabel = "HOURS", description = "Expected holding time.")
    BigDecimal holdingHours;

    @Option(names = "--other-margin", defaultValue = "0", paramLabel = "AMOUNT",
            description = "Margin held by the account's other open and ready plans.")
    BigDecimal otherMargin;

    @Option(names = "--margin-cap-pct", defaultValue = "10", paramLabel = "PCT",
            description = "Margin utilization must stay under this (at most 10). Default: ${DEFAULT-VALUE}.")
    BigDecimal marginCapPercent;

    @Option(names = "--contracts", paramLabel = "N", description = "Size to evaluate. Default: the largest every cap allows.")
    BigDecimal contracts;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Mixin
    LadderOptions ladderOptions = new LadderOptions();

    @Mixin
    InverseOptions inverseOptions = new InverseOptions();

    @Override
    public Integer call() {
        TradeSetup setup = setup();
        RiskPolicy policy = policy();
        AccountSnapshot account = inverseOptions.account(new AccountSnapshot("Command line",
                nonNegative(equity, "--equity"), nonNegative(otherMargin, "--other-margin")), setup.contract());
        if (equity.signum() == 0) {
            throw new BadInputException("--equity: must be above 0");
        }
        PlanAssessment assessment = RuleBook.assessNumbers(setup, policy, account);
        LadderReport ladder = ladderOptions.report(setup, policy, account, assessment.sizing());
        var out = spec.commandLine().getOut();
        out.print(json ? AssessmentReport.json(assessment, root -> {
            ladder.addTo(root);
            inverseOptions.addTo(root, setup, policy, assessment.sizing());
        }) + System.lineSeparator()
                : AssessmentReport.table(assessment) + ladder.table());
        out.flush();
        return assessment.allowsReady() ? MicroplanCommand.OK : MicroplanCommand.RULE_FAILED;
    }

    private TradeSetup setup() {
        Direction direction = direction();
        OrderType orderType = orderType();
        List<EntryLeg> legs = entries.stream()
                .map(e -> new EntryLeg(orderType, e.price(), e.amount())).toList();
        boolean anySized = legs.stream().anyMatch(EntryLeg::isSized);
        if (anySized && !legs.stream().allMatch(EntryLeg::isSized)) {
            throw new BadInputException("--entry: give every leg a size (PRICE:CONTRACTS) or none");
        }
        if (anySized && contracts != null) {
            BigDecimal legTotal = legs.stream().map(EntryLeg::contracts).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (legTotal.compareTo(contracts) != 0) {
                throw new BadInputException("--contracts: " + Decimals.plain(contracts) + " differs from the "
                        + Decimals.plain(legTotal) + " contracts the --entry legs add up to");
            }
        }
        positive(stop, "--stop");
        requireStopOnLossSide(direction, legs);
        positive(leverage, "--leverage");
        if (contracts != null) {
            positive(contracts, "--contracts");
        }
        ContractSpec contract = contract();
        List<Target> targetList = targets(direction);
        PriceChecks.onTick(contract, legs, stop, targetList);
        return TradeSetup.builder().contract(contract).direction(direction).entries(legs).stop(stop)
                .targets(targetList).leverage(leverage).contracts(anySized ? null : contracts)
                .entryFeeRate(entryFeePercent == null ? null : fraction(entryFeePercent, "--fee-pct-in"))
                .exitFeeRate(exitFeePercent == null ? null : fraction(exitFeePercent, "--fee-pct-out"))
                .fundingRate(fundingRate(contract))
                .holdingHours(nonNegative(holdingHours, "--holding-hours")).build();
    }

    private OrderType orderType() {
        return java.util.Arrays.stream(OrderType.values()).filter(t -> t.name().equalsIgnoreCase(entryOrder.strip()))
                .findFirst().orElseThrow(() -> new BadInputException("--entry-order: '" + entryOrder
                        + "' is not limit, market or stop"));
    }

    /* Funding beyond ±3 % an interval is no rate any of the exchanges allows: a typo, refused before it sizes. */
    private BigDecimal fundingRate(ContractSpec contract) {
        if (fundingRatePercent.abs().compareTo(MAX_FUNDING_PERCENT) > 0) {
            throw new BadInputException("--funding-rate-pct: " + Decimals.plain(fundingRatePercent)
                    + " is beyond the ±3 % per interval any exchange allows");
        }
        if (fundingRatePercent.signum() != 0 && !contract.hasFunding()) {
            throw new BadInputException("--funding-rate-pct: " + contract.name() + " is a dated future: it has no funding");
        }
        return Decimals.fromPercent(fundingRatePercent);
    }

    private Direction direction() {
        return SideOption.parse(side);
    }

    private void requireStopOnLossSide(Direction direction, List<EntryLeg> legs) {
        for (EntryLeg leg : legs) {
            if (direction.favourableMove(leg.price(), stop).signum() >= 0) {
                throw new BadInputException("--stop: " + Decimals.plain(stop) + " is on the profit side of the entry "
                        + Decimals.plain(leg.price()) + " (a " + side.toLowerCase() + "'s stop must be "
                        + (direction == Direction.LONG ? "below" : "above") + " every entry)");
            }
        }
    }

    private ContractSpec contract() {
        ContractSpec base;
        if (preset != null) {
            base = ContractPresets.bySymbol(preset).orElseThrow(() -> new BadInputException("--preset: '" + preset
                    + "' is not one of " + new PresetNames()));
        } else if (inverseOptions.inverse) {
            base = inverseOptions.customContract(tickSize, contractSize);
        } else if (contractSize == null || tickSize == null) {
            throw new BadInputException("--preset: give a preset, or --contract-size and --tick-size");
        } else {
            base = ContractPresets.BTC_MICRO_001;
        }
        try {
            ContractSpec spec = base;
            if (contractSize != null || tickSize != null) {
                spec = spec.withSize(contractSize != null ? contractSize : spec.contractSize(),
                        tickSize != null ? tickSize : spec.tickSize());
            }
            if (quantityStep != null) {
                spec = spec.withQuantityStep(positive(quantityStep, "--qty-step"));
            }
            if (maintenanceMarginRate != null || preset == null) {
                spec = spec.withMaintenanceMarginRate(maintenanceMarginRate != null ? maintenanceMarginRate
                        : new BigDecimal("0.005"));
            }
            return inverseOptions.applyTo(new ExchangeTermsOptions(this).applyTo(spec));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("contract: " + e.getMessage());
        }
    }

    private List<Target> targets(Direction direction) {
        BigDecimal given = targets.stream().map(PriceQuantity::amount).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (given.compareTo(BigDecimal.ONE) > 0) {
            throw new BadInputException("--target: the fractions add up to " + Decimals.plain(given) + ", more than 1");
        }
        long unspecified = targets.stream().filter(t -> t.amount() == null).count();
        BigDecimal share = unspecified == 0 ? BigDecimal.ZERO
                : Decimals.divide(BigDecimal.ONE.subtract(given), BigDecimal.valueOf(unspecified));
        if (unspecified > 0 && share.signum() == 0) {
            throw new BadInputException("--target: the given fractions leave nothing for the targets without one");
        }
        try {
            return targets.stream().map(t -> new Target(t.price(), t.amount() != null ? t.amount() : share))
                    .collect(Collectors.toList());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--target: " + e.getMessage());
        }
    }

    private RiskPolicy policy() {
        BigDecimal riskCap = Decimals.fromPercent(riskPercent);
        if (riskCap.signum() <= 0 || riskCap.compareTo(RiskPolicy.MAX_RISK_CAP) > 0) {
            throw new BadInputException("--risk-pct: " + Decimals.plain(riskPercent)
                    + " is outside the accepted range (above 0, at most 2)");
        }
        BigDecimal marginCap = Decimals.fromPercent(marginCapPercent);
        if (marginCap.signum() <= 0 || marginCap.compareTo(RiskPolicy.MAX_MARGIN_CAP) > 0) {
            throw new BadInputException("--margin-cap-pct: " + Decimals.plain(marginCapPercent)
                    + " is outside the accepted range (above 0, at most 10)");
        }
        if (liquidationBuffer.compareTo(BigDecimal.ONE) < 0) {
            throw new BadInputException("--liq-buffer: " + Decimals.plain(liquidationBuffer)
                    + " is below 1 (1 means no buffer)");
        }
        return RiskPolicy.defaults().withRiskCap(riskCap).withMarginCap(marginCap)
                .withLiquidationBuffer(liquidationBuffer).withFundingInRisk(!fundingNotInRisk);
    }

    static BigDecimal fraction(BigDecimal percent, String option) {
        BigDecimal value = Decimals.fromPercent(nonNegative(percent, option));
        if (value.compareTo(BigDecimal.ONE) >= 0) {
            throw new BadInputException(option + ": " + Decimals.plain(percent) + " is not a percentage under 100");
        }
        return value;
    }

    static BigDecimal positive(BigDecimal value, String option) {
        if (value.signum() <= 0) {
            throw new BadInputException(option + ": must be above 0, was " + Decimals.plain(value));
        }
        return value;
    }

    static BigDecimal nonNegative(BigDecimal value, String option) {
        if (value.signum() < 0) {
            throw new BadInputException(option + ": must not be negative, was " + Decimals.plain(value));
        }
        return value;
    }

    /** The preset symbols, for --help and for the error that lists them. */
    static final class PresetNames implements Iterable<String> {
        private final List<String> names = ContractPresets.ALL.stream().map(ContractSpec::symbol).toList();

        @Override
        public Iterator<String> iterator() {
            return names.iterator();
        }

        @Override
        public String toString() {
            return String.join(", ", names);
        }
    }
}
