package app.microplan.ui.plan;

import app.microplan.domain.Account;
import app.microplan.domain.ContractPresets;
import app.microplan.domain.ContractSpec;
import app.microplan.domain.Decimals;
import app.microplan.domain.Direction;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.Money;
import app.microplan.domain.OrderRules;
import app.microplan.domain.OrderType;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.Target;
import app.microplan.domain.TradeSetup;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The numbers of a plan as the sizing panel edits them, and how they become a {@link TradeSetup}: a field that
 * is blank or invalid counts as not entered (the sizer then says what is missing), except leverage and risk,
 * which keep the plan's last valid value so the plan never loses them.
 */
public final class SetupInputs {
    private static final BigDecimal HUNDRED = Decimals.HUNDRED;
    private static final ContractOption CUSTOM = new ContractOption("Custom contract…", null, true);

    private final LocaleNumbers numbers;
    private final ObservableList<ContractOption> contractOptions = FXCollections.observableArrayList();
    private final ObjectProperty<ContractOption> contract = new SimpleObjectProperty<>(this, "contract");
    private final DecimalInput customContractSize;
    private final DecimalInput customTickSize;
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction", Direction.LONG);
    private final ObservableList<EntryLegInput> entries = FXCollections.observableArrayList();
    private final DecimalInput stop;
    private final ObservableList<TargetInput> targets = FXCollections.observableArrayList();
    private final DecimalInput leverage;
    private final DecimalInput riskPercent;
    private final DecimalInput contracts;
    private final DecimalInput entryFeePercent;
    private final DecimalInput exitFeePercent;
    private final DecimalInput fundingRatePercent;
    private final DecimalInput holdingHours;
    private final ContractTermsInputs terms;
    private final InvalidationListener changed;
    private Account account;
    private ContractSpec customBase = ContractPresets.BTC_MICRO_001;
    private BigDecimal riskPercentLimit = Decimals.percent(RiskPolicy.MAX_RISK_CAP);

    SetupInputs(LocaleNumbers numbers, InvalidationListener changed) {
        this.numbers = numbers;
        this.changed = changed;
        customContractSize = new DecimalInput("Contract size", numbers, true, DecimalInput.positive());
        customTickSize = new DecimalInput("Tick size", numbers, true, DecimalInput.positive());
        stop = new DecimalInput("Stop", numbers, false, DecimalInput.positive());
        leverage = new DecimalInput("Leverage", numbers, true, DecimalInput.positive());
        riskPercent = new DecimalInput("Risk", numbers, true, this::checkRiskPercent);
        contracts = new DecimalInput("Size", numbers, false, DecimalInput.positive());
        entryFeePercent = new DecimalInput("Entry fee", numbers, false, SetupInputs::checkRate);
        exitFeePercent = new DecimalInput("Exit fee", numbers, false, SetupInputs::checkRate);
        fundingRatePercent = new DecimalInput("Funding rate", numbers, false, ContractTermsInputs.fundingRateCheck());
        holdingHours = new DecimalInput("Holding time", numbers, false, DecimalInput.notNegative());
        terms = new ContractTermsInputs(numbers);
        terms.fields().forEach(this::watch);
        ContractPresets.ALL.forEach(p -> contractOptions.add(ContractOption.preset(p)));
        contractOptions.add(CUSTOM);
        for (ObservableValue<?> o : List.of(contract, customContractSize.textProperty(), customTickSize.textProperty(),
                direction, stop.textProperty(), leverage.textProperty(), riskPercent.textProperty(),
                contracts.textProperty(), entryFeePercent.textProperty(), exitFeePercent.textProperty(),
                fundingRatePercent.textProperty(), holdingHours.textProperty())) {
            watch(o);
        }
        entries.addListener(changed);
        targets.addListener(changed);
        contract.addListener((obs, old, now) -> {
            startCustomFrom(old, now);
            if (now != null) {
                terms.load(pricedFor(now.custom() ? customBase : now.spec()));
            }
        });
    }

    // ---- Properties ---------------------------------------------------------------------------------------

    public ObservableList<ContractOption> contractOptions() {
        return contractOptions;
    }

    public ObjectProperty<ContractOption> contractProperty() {
        return contract;
    }

    public DecimalInput customContractSize() {
        return customContractSize;
    }

    public DecimalInput customTickSize() {
        return customTickSize;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObservableList<EntryLegInput> entries() {
        return entries;
    }

    public DecimalInput stop() {
        return stop;
    }

    public ObservableList<TargetInput> targets() {
        return targets;
    }

    public DecimalInput leverage() {
        return leverage;
    }

    public DecimalInput riskPercent() {
        return riskPercent;
    }

    /** The chosen size; blank means the largest size the caps allow. */
    public DecimalInput contracts() {
        return contracts;
    }

    public DecimalInput entryFeePercent() {
        return entryFeePercent;
    }

    public DecimalInput exitFeePercent() {
        return exitFeePercent;
    }

    public DecimalInput fundingRatePercent() {
        return fundingRatePercent;
    }

    public DecimalInput holdingHours() {
        return holdingHours;
    }

    /** Funding interval, CME margin and fee per contract: the contract's terms as this plan takes them. */
    public ContractTermsInputs terms() {
        return terms;
    }

    /** What a blank entry fee means, for the field's prompt: the contract's rate by each leg's order type, in %. */
    public String entryFeePrompt() {
        ContractSpec spec = contractSpec();
        List<OrderType> types = entries.stream().map(e -> e.orderTypeProperty().get()).distinct().toList();
        if (types.size() != 1) {
            return "maker " + percent(spec.makerFeeRate()) + " / taker " + percent(spec.takerFeeRate());
        }
        return (types.get(0).isTaker() ? "taker " : "maker ") + percent(spec.fees().rateFor(types.get(0)));
    }

    /** What a blank exit fee means: the stop is a stop order, so the taker rate, in %. */
    public String exitFeePrompt() {
        return "taker " + percent(contractSpec().takerFeeRate());
    }

    private String percent(BigDecimal rate) {
        return numbers.format(rate.multiply(HUNDRED));
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    public EntryLegInput addEntry() {
        EntryLegInput leg = new EntryLegInput(numbers, entries.size() + 1);
        watch(leg.price(), leg.contracts());
        watch(leg.orderTypeProperty());
        entries.add(leg);
        return leg;
    }

    public void removeEntry(EntryLegInput leg) {
        if (entries.size() > 1) {
            entries.remove(leg);
        }
    }

    public TargetInput addTarget() {
        TargetInput target = new TargetInput(numbers, targets.size() + 1);
        watch(target.price(), target.sharePercent());
        targets.add(target);
        return target;
    }

    public void removeTarget(TargetInput target) {
        targets.remove(target);
    }

    // ---- Plan ↔ inputs ------------------------------------------------------------------------------------

    void load(TradeSetup setup, RiskPolicy policy) {
        ContractSpec spec = setup.contract();
        ContractOption option = contractOptions.stream().filter(o -> !o.custom() && o.spec().isSameContractAs(spec))
                .findFirst().orElse(CUSTOM);
        contract.set(option);
        customBase = spec;
        terms.load(spec);
        customContractSize.setValue(spec.contractSize());
        customTickSize.setValue(spec.tickSize());
        direction.set(setup.direction());
        entries.clear();
        setup.entries().forEach(e -> addEntry().load(e));
        if (entries.isEmpty()) {
            addEntry();
        }
        stop.setValue(setup.stop());
        targets.clear();
        setup.targets().forEach(t -> addTarget().load(t, setup.targets().size() == 1));
        if (targets.isEmpty()) {
            addTarget();
        }
        leverage.setValue(setup.leverage());
        riskPercent.setValue(policy.riskCap().multiply(HUNDRED));
        contracts.setValue(setup.contracts());
        entryFeePercent.setValue(percentOrNull(setup.entryFeeRate()));
        exitFeePercent.setValue(percentOrNull(setup.exitFeeRate()));
        fundingRatePercent.setValue(setup.fundingRate().multiply(HUNDRED));
        holdingHours.setValue(setup.holdingHours());
    }

    /** The contract the inputs describe: the one picked, at the account's fee rates, with the terms as typed. */
    public ContractSpec contractSpec() {
        ContractOption option = contract.get();
        ContractSpec base = !option.custom() ? option.spec()
                : customBase.withSize(customContractSize.valueOr(customBase.contractSize()),
                customTickSize.valueOr(customBase.tickSize()));
        return terms.applyTo(pricedFor(base));
    }

    /** The account the plan is sized for: its own fee rates (a VIP tier) replace the contract's. */
    void setAccount(Account value) {
        account = value;
    }

    private ContractSpec pricedFor(ContractSpec spec) {
        return account == null ? spec : account.feesOn(spec);
    }

    TradeSetup toSetup(TradeSetup previous) {
        return TradeSetup.builder().contract(contractSpec()).direction(direction.get())
                .entries(entries.stream().map(EntryLegInput::toLeg).filter(Objects::nonNull).toList())
                .stop(stop.getValue()).targets(targetsWithShares()).leverage(leverage.valueOr(previous.leverage()))
                .contracts(contracts.getValue())
                .entryFeeRate(rateOrNull(entryFeePercent)).exitFeeRate(rateOrNull(exitFeePercent))
                .fundingRate(rate(fundingRatePercent)).holdingHours(Decimals.orZero(holdingHours.getValue()))
                .build();
    }

    RiskPolicy toPolicy(RiskPolicy previous) {
        BigDecimal percent = riskPercent.getValue();
        return percent == null ? previous : previous.withRiskCap(Decimals.fromPercent(percent));
    }

    /** The trader's own risk cap from Preferences: a plan may risk less, never more. */
    void setRiskPercentLimit(BigDecimal percent) {
        riskPercentLimit = percent;
        riskPercent.revalidate();
    }

    /** Problems that need several fields: a stop or target on the wrong side of the entry. */
    void checkSides(BigDecimal averageEntry) {
        Direction side = direction.get();
        List<BigDecimal> prices = entries.stream().map(e -> e.price().getValue()).filter(Objects::nonNull).toList();
        BigDecimal stopPrice = stop.getValue();
        String stopProblem = null;
        if (stopPrice != null && prices.stream().anyMatch(p -> side.favourableMove(p, stopPrice).signum() >= 0)) {
            stopProblem = "A " + side.label().toLowerCase() + "’s stop must be " + (side == Direction.LONG ? "below" : "above")
                    + " every entry";
        }
        stop.setProblem(stopProblem != null ? stopProblem : offTick(stopPrice));
        entries.forEach(e -> e.price().setProblem(offTick(e.price().getValue())));
        for (TargetInput target : targets) {
            BigDecimal price = target.price().getValue();
            boolean wrongSide = price != null && averageEntry != null && side.favourableMove(averageEntry, price).signum() <= 0;
            target.price().setProblem(wrongSide ? "A " + side.label().toLowerCase() + "’s target must be "
                    + (side == Direction.LONG ? "above" : "below") + " the entry " + Money.price(averageEntry.stripTrailingZeros())
                    : offTick(price));
        }
    }

    /** Every field's own error (not a number, out of range) with its name, in panel order. */
    List<String> errors() {
        return fields().stream().flatMap(f -> f.describeOwnError().stream()).toList();
    }

    /** Typed text the plan cannot hold (not a number, out of range), field by field. */
    List<PendingInput> pendingInputs() {
        return fields().stream().filter(f -> f.describeOwnError().isPresent() && !f.isBlank())
                .map(f -> new PendingInput(f.label(), f.getText())).toList();
    }

    /** Puts such text back into the fields of the same name (shown again, marked as not a number). */
    void restore(List<PendingInput> pending) {
        for (PendingInput input : pending) {
            fields().stream().filter(f -> f.label().equals(input.field())).findFirst()
                    .ifPresent(f -> f.setText(input.text()));
        }
    }

    /** Every number field, in panel order. */
    private List<DecimalInput> fields() {
        List<DecimalInput> fields = new ArrayList<>();
        if (contract.get() != null && contract.get().custom()) {
            fields.add(customContractSize);
            fields.add(customTickSize);
        }
        entries.forEach(e -> fields.addAll(List.of(e.price(), e.contracts())));
        fields.add(stop);
        targets.forEach(t -> fields.addAll(List.of(t.price(), t.sharePercent())));
        fields.addAll(List.of(leverage, riskPercent, contracts, entryFeePercent, exitFeePercent, fundingRatePercent,
                holdingHours));
        fields.addAll(terms.shownFields());
        return fields;
    }

    /** Typed shares are kept; blank shares split what the typed ones leave, equally. */
    private List<Target> targetsWithShares() {
        List<TargetInput> priced = targets.stream().filter(t -> t.price().getValue() != null).toList();
        BigDecimal typed = priced.stream().map(TargetInput::fraction).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long blanks = priced.stream().filter(t -> t.fraction() == null).count();
        BigDecimal left = BigDecimal.ONE.subtract(typed);
        boolean tooMuch = typed.compareTo(BigDecimal.ONE) > 0;
        priced.forEach(t -> t.sharePercent().setProblem(tooMuch && t.fraction() != null
                ? "The shares add up to more than 100 %" : blanks > 0 && t.fraction() == null && left.signum() <= 0
                ? "No share is left: the other targets take 100 %" : null));
        if (tooMuch) {
            return List.of();
        }
        return priced.stream().flatMap(t -> {
            BigDecimal share = t.fraction() != null ? t.fraction()
                    : left.signum() > 0 ? left.divide(BigDecimal.valueOf(blanks), 6, RoundingMode.DOWN) : null;
            return share == null || share.signum() <= 0 ? Stream.<Target>empty()
                    : Stream.of(new Target(t.price().getValue(), share));
        }).toList();
    }

    private void startCustomFrom(ContractOption old, ContractOption now) {
        if (now == null || !now.custom() || old == null || old.custom()) {
            return;
        }
        customBase = renamedCustom(old.spec());
        customContractSize.setValue(customBase.contractSize());
        customTickSize.setValue(customBase.tickSize());
    }

    private static ContractSpec renamedCustom(ContractSpec base) {
        return base.toBuilder().symbol(base.underlying() + "-CUSTOM").name("Custom " + base.underlying() + " contract")
                .build();
    }

    private String checkRiskPercent(BigDecimal percent) {
        if (percent.signum() <= 0) {
            return "Must be above 0 %";
        }
        if (percent.compareTo(riskPercentLimit) > 0) {
            return "At most " + Decimals.plain(riskPercentLimit) + " % (your risk cap in Preferences)";
        }
        return null;
    }

    private static String checkRate(BigDecimal percent) {
        return percent.signum() >= 0 && percent.compareTo(HUNDRED) < 0 ? null : "Must be from 0 % to under 100 %";
    }

    /** The exchange refuses a price off the tick: said on the field, with the ticks either side. */
    private String offTick(BigDecimal price) {
        BigDecimal tick = contractSpec().tickSize();
        return price == null ? null : OrderRules.offTick(price, tick)
                .map(english -> app.microplan.ui.common.ReasonText.render(OrderRules.offTickWording(price, tick))
                        .orElse(english)).orElse(null);
    }

    /** Blank: the contract's schedule (null); a typed rate, 0 included, is the trader's own. */
    private static BigDecimal rateOrNull(DecimalInput percent) {
        return percent.getValue() == null ? null : Decimals.fromPercent(percent.getValue());
    }

    private static BigDecimal percentOrNull(BigDecimal rate) {
        return rate == null ? null : rate.multiply(HUNDRED);
    }

    private static BigDecimal rate(DecimalInput percent) {
        return percent.getValue() == null ? BigDecimal.ZERO : Decimals.fromPercent(percent.getValue());
    }

    private void watch(DecimalInput... inputs) {
        for (DecimalInput input : inputs) {
            watch(input.textProperty());
        }
    }

    /* A change listener, not an invalidation listener: a property nobody reads stops telling of changes. */
    private void watch(ObservableValue<?> value) {
        value.addListener((obs, old, now) -> changed.invalidated(obs));
    }
}
