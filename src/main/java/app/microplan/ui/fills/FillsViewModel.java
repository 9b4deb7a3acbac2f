package app.microplan.ui.fills;

import app.microplan.ui.common.Messages;
import app.microplan.domain.EntryFill;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.ExecutionMatcher;
import app.microplan.domain.ExitFill;
import app.microplan.domain.ExitReason;
import app.microplan.domain.FundingPayment;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradeLifecycle;
import app.microplan.domain.TickDisplay;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.TradeFormats;
import app.microplan.ui.plan.PlanViewModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Recording the trade of the selected plan: the entry fills that open it (READY → OPEN), the exit fills and
 * the funding that close it (OPEN → CLOSED), or Cancel for a plan never entered. Every change runs the fills
 * through the domain's life cycle as a trial, so what the domain would refuse (exits exceeding the entries, an
 * exit before the first entry) is said in words before the button is pressed, never as an exception.
 */
public final class FillsViewModel {
    private final PlanViewModel plan;
    private final LocaleNumbers numbers;
    private final ZoneId zone;
    private final ObservableList<FillInput> entries = FXCollections.observableArrayList();
    private final ObservableList<FillInput> exits = FXCollections.observableArrayList();
    private final ChangeListener<Object> rowChanged = (obs, old, now) -> check();
    private final DecimalInput funding;
    private final BooleanProperty fundingReceived = new SimpleBooleanProperty(this, "fundingReceived");
    private final ObservableList<FillLine> recorded = FXCollections.observableArrayList();
    private final ObservableList<FillLine> recordedView = FXCollections.unmodifiableObservableList(recorded);

    private final ReadOnlyObjectWrapper<TradeStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper stepHeading = new ReadOnlyStringWrapper(this, "stepHeading", "");
    private final ReadOnlyStringWrapper stepExplanation = new ReadOnlyStringWrapper(this, "stepExplanation", "");
    private final ReadOnlyStringWrapper entriesTitle = new ReadOnlyStringWrapper(this, "entriesTitle", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper canRecord = new ReadOnlyBooleanWrapper(this, "canRecord");
    private final ReadOnlyStringWrapper recordLabel = new ReadOnlyStringWrapper(this, "recordLabel", Messages.text("fills.openTrade"));
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper planned = new ReadOnlyStringWrapper(this, "planned", "");
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private PlanStatus shownStatus;
    private TradeExecution shownExecution;

    public FillsViewModel(PlanViewModel plan, ZoneId zone) {
        this.plan = plan;
        this.numbers = plan.numbers();
        this.zone = zone;
        this.funding = new DecimalInput(Messages.text("fills.funding"), numbers, false, DecimalInput.notNegative());
        entries.addListener(this::rowsChanged);
        exits.addListener(this::rowsChanged);
        funding.valueProperty().addListener(rowChanged);
        funding.errorProperty().addListener(rowChanged);
        fundingReceived.addListener(rowChanged);
        plan.planProperty().addListener((obs, old, now) -> planChanged(now));
        planChanged(plan.getPlan());
    }

    // ---- Inputs -------------------------------------------------------------------------------------------

    /** Entry fills: those that open a READY plan, or further entries (scaling in) of an OPEN one. */
    public ObservableList<FillInput> entries() {
        return entries;
    }

    public ObservableList<FillInput> exits() {
        return exits;
    }

    /** Funding over the whole trade, as an amount; {@link #fundingReceivedProperty} says which way it went. */
    public DecimalInput funding() {
        return funding;
    }

    /** True when the position received funding (a short while the rate was positive), false when it paid. */
    public BooleanProperty fundingReceivedProperty() {
        return fundingReceived;
    }

    // ---- Derived, read-only -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<TradeStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public TradeStep getStep() {
        return step.get();
    }

    /** The form's heading for the plan's step: "Record the entry". */
    public ReadOnlyStringProperty stepHeadingProperty() {
        return stepHeading.getReadOnlyProperty();
    }

    /** What to do at this step, in words, with the time zone times are typed in. */
    public ReadOnlyStringProperty stepExplanationProperty() {
        return stepExplanation.getReadOnlyProperty();
    }

    /** The title over the entry rows: further entries once the trade is open. */
    public ReadOnlyStringProperty entriesTitleProperty() {
        return entriesTitle.getReadOnlyProperty();
    }

    /** Why the fills cannot be recorded yet, in one sentence; null when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }

    public ReadOnlyBooleanProperty canRecordProperty() {
        return canRecord.getReadOnlyProperty();
    }

    public boolean canRecord() {
        return canRecord.get();
    }

    /** "Open trade", "Record fills" (a part still open) or "Close trade" (nothing left open). */
    public ReadOnlyStringProperty recordLabelProperty() {
        return recordLabel.getReadOnlyProperty();
    }

    public String getRecordLabel() {
        return recordLabel.get();
    }

    /** The position so far: contracts entered at what average, exited, still open. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public String getPosition() {
        return position.get();
    }

    /** What the plan said, to record the fills against: "Planned: long 7 contracts at 70,000 · stop 69,300 · …". */
    public ReadOnlyStringProperty plannedProperty() {
        return planned.getReadOnlyProperty();
    }

    /** The fills and funding payments already on record: entries, exits, then funding, each as recorded. */
    public ObservableList<FillLine> recorded() {
        return recordedView;
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    /** What the last command did ("Trade opened with 2 entry fills."), for the line under the button. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    public FillInput addEntry() {
        FillInput row = newRow();
        row.time().setValue(now());
        entries.add(row);
        return row;
    }

    public FillInput addExit() {
        FillInput row = newRow();
        row.time().setValue(now());
        BigDecimal open = openContractsBefore(row);
        if (open.signum() > 0) {
            row.contracts().setValue(open);
        }
        watchExitPrice(row);
        exits.add(row);
        return row;
    }

    public void removeEntry(FillInput row) {
        entries.remove(row);
    }

    public void removeExit(FillInput row) {
        exits.remove(row);
    }

    /** Records the fills typed (opening, adding to or closing the trade); does nothing while they are refused. */
    public void record() {
        if (!canRecord.get()) {
            return;
        }
        int entryCount = entries.size();
        int exitCount = exits.size();
        PlanStatus before = shownStatus;
        TradePlan next = trial();
        plan.applyTradeStep(next);
        notice.set(switch (next.status()) {
            case OPEN -> before == PlanStatus.OPEN ? Messages.text("fills.recorded", entryCount + exitCount,
                    contracts(next.execution().openContracts()))
                    : Messages.text("fills.opened", entryCount);
            case CLOSED -> Messages.text("fills.closed", exitCount);
            default -> "";
        });
    }

    /** READY (or DRAFT) → CANCELLED: the trade was never entered. */
    public void cancelPlan() {
        if (canCancel.get()) {
            plan.applyTradeStep(TradeLifecycle.cancel(plan.getPlan(), now()));
            notice.set(Messages.text("fills.planCancelled"));
        }
    }

    // ---- Checking -----------------------------------------------------------------------------------------

    /** The plan these fills would make, or an exception with the domain's reason. */
    private TradePlan trial() {
        TradePlan current = plan.getPlan();
        List<EntryFill> entryFills = entries.stream().map(FillInput::toEntry).toList();
        List<ExitFill> exitFills = exits.stream().map(FillInput::toExit).toList();
        Instant now = now();
        if (current.status() == PlanStatus.READY) {
            return TradeLifecycle.open(current, entryFills, now);
        }
        TradePlan withEntries = entryFills.isEmpty() ? current
                : TradeLifecycle.recordFills(current, entryFills, List.of(), now);
        TradeExecution combined = withEntries.execution().plus(List.of(), exitFills);
        if (combined.isFlat()) {
            return TradeLifecycle.close(withEntries, exitFills, signedFunding(), now);
        }
        TradePlan partly = exitFills.isEmpty() ? withEntries
                : TradeLifecycle.recordFills(withEntries, List.of(), exitFills, now);
        return TradeLifecycle.correctExecution(partly,
                TradeLifecycle.withMoreFunding(partly.execution(), signedFunding()), now);
    }

    private void rowsChanged(ListChangeListener.Change<? extends FillInput> change) {
        while (change.next()) {
            change.getRemoved().forEach(row -> row.unwatch(rowChanged));
            change.getAddedSubList().forEach(row -> row.watch(rowChanged));
        }
        check();
    }

    private void check() {
        TradeStep current = step.get();
        String reason = null;
        String label = Messages.text(current == TradeStep.ENTRY ? "fills.openTrade" : "fills.recordFills");
        boolean rowsValid = entries.stream().allMatch(FillInput::isValid) && exits.stream().allMatch(FillInput::isValid)
                && !funding.hasError();
        if (current != TradeStep.ENTRY && current != TradeStep.EXIT) {
            reason = "";
        } else if (!rowsValid) {
            // Mid-parse (a value already cleared, its message not yet set) there may be no message yet.
            reason = fieldError() == null ? "" : fieldError();
        } else if (entries.isEmpty() && exits.isEmpty()) {
            reason = Messages.text(current == TradeStep.ENTRY ? "fills.addEntriesFirst" : "fills.addExitsFirst");
        } else {
            try {
                if (trial().status() == PlanStatus.CLOSED) {
                    label = Messages.text("fills.closeTrade");
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                reason = TradeFormats.sentence(app.microplan.ui.common.ReasonText.refusal(e));
            }
        }
        recordLabel.set(label);
        problem.set(reason == null || reason.isEmpty() ? null : reason);
        canRecord.set(reason == null && !plan.isReadOnly());
    }

    /** The first field that is not filled in right, named with its row. */
    private String fieldError() {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            errors.addAll(entries.get(i).errors(Messages.text("fills.entryN", i + 1)));
        }
        for (int i = 0; i < exits.size(); i++) {
            errors.addAll(exits.get(i).errors(Messages.text("fills.exitN", i + 1)));
        }
        funding.describeError().ifPresent(errors::add);
        return errors.isEmpty() ? null : errors.get(0);
    }

    // ---- Following the plan -------------------------------------------------------------------------------

    /*
     * The form starts over only when the plan's status or fills change: edits to its words (a READY plan's
     * notes) must not throw away fills the trader is typing.
     */
    private void planChanged(TradePlan now) {
        if (now.status() == shownStatus && now.execution() == shownExecution) {
            check();
            return;
        }
        shownStatus = now.status();
        shownExecution = now.execution();
        step.set(TradeStep.of(now.status()));
        stepHeading.set(step.get().heading());
        stepExplanation.set(step.get().explanation(zone));
        entriesTitle.set(step.get().entriesTitle());
        canCancel.set(!plan.isReadOnly() && (now.status() == PlanStatus.READY || now.status() == PlanStatus.DRAFT));
        entries.clear();
        exits.clear();
        showRecorded(now.execution());
        planned.set(plannedText(now));
        // The field holds funding not yet on record: it is added to the payments listed above.
        fundingReceived.set(false);
        funding.setText("");
        if (step.get() == TradeStep.ENTRY) {
            prefillEntries();
        } else if (step.get() == TradeStep.EXIT) {
            addExit();
        }
        check();
    }

    /** One row per planned entry leg, at its price and share of the size: edit what filled differently. */
    private void prefillEntries() {
        SizingResult sizing = plan.getSizing();
        if (sizing == null || !sizing.isComplete() || sizing.allocatedEntries().isEmpty()) {
            addEntry();
            return;
        }
        for (EntryLeg leg : sizing.allocatedEntries()) {
            FillInput row = addEntry();
            row.price().setValue(leg.price());
            if (leg.contracts() != null && leg.contracts().signum() > 0) {
                row.contracts().setValue(leg.contracts());
            }
        }
    }

    /* An exit's reason follows its price (at the stop, at a target) until the trader picks one. */
    private void watchExitPrice(FillInput row) {
        boolean[] chosen = {false};
        boolean[] suggesting = {false};
        row.reasonProperty().addListener((obs, old, now) -> chosen[0] |= !suggesting[0]);
        row.price().valueProperty().addListener((obs, old, price) -> {
            if (!chosen[0] && price != null) {
                suggesting[0] = true;
                row.reasonProperty().set(ExecutionMatcher.likelyReason(plan.getPlan().setup(), price));
                suggesting[0] = false;
            }
        });
    }

    private BigDecimal openContractsBefore(FillInput newRow) {
        TradeExecution execution = plan.getPlan().execution();
        BigDecimal open = execution == null ? BigDecimal.ZERO : execution.openContracts();
        for (FillInput row : entries) {
            open = open.add(row.contracts().valueOr(BigDecimal.ZERO));
        }
        for (FillInput row : exits) {
            if (row != newRow) {
                open = open.subtract(row.contracts().valueOr(BigDecimal.ZERO));
            }
        }
        return open;
    }

    private void showRecorded(TradeExecution execution) {
        List<FillLine> lines = new ArrayList<>();
        if (execution == null) {
            recorded.clear();
            position.set("");
            return;
        }
        for (int i = 0; i < execution.entries().size(); i++) {
            EntryFill fill = execution.entries().get(i);
            lines.add(line(FillKind.ENTRY, i, Messages.text("fills.entry"), fill.time(), fill.price(), fill.contracts(), fill.fee()));
        }
        for (int i = 0; i < execution.exits().size(); i++) {
            ExitFill fill = execution.exits().get(i);
            lines.add(line(FillKind.EXIT, i, Messages.text("fills.exitBecause." + fill.reason().name()), fill.time(),
                    fill.price(), fill.contracts(), fill.fee()));
        }
        for (int i = 0; i < execution.fundingPayments().size(); i++) {
            FundingPayment payment = execution.fundingPayments().get(i);
            lines.add(new FillLine(FillKind.FUNDING, i, Messages.text(payment.amount().signum() < 0
                    ? "fills.fundingReceived" : "fills.fundingPaid"), payment.time() == null
                    ? Messages.text("fills.wholeTrade") : TimeInput.format(payment.time(), zone), "", "",
                    numbers.format(payment.amount().abs(), 2)));
        }
        recorded.setAll(lines);
        position.set(positionText(execution));
    }

    private String plannedText(TradePlan now) {
        SizingResult sizing = plan.getSizing();
        if (sizing == null || !sizing.isComplete()) {
            return Messages.text("fills.noSize");
        }
        StringBuilder text = new StringBuilder(Messages.text("fills.planned",
                Messages.text("direction." + now.setup().direction().name()), contracts(sizing.contracts()),
                price(sizing.averageEntry())));
        if (now.setup().stop() != null) {
            text.append(Messages.text("fills.plannedStop", numbers.format(now.setup().stop())));
        }
        if (!now.setup().targets().isEmpty()) {
            text.append(Messages.text("fills.plannedTargets", now.setup().targets().size(), String.join(Messages.text("fills.listSeparator"),
                    now.setup().targets().stream().map(t -> numbers.format(t.price())).toList())));
        }
        return text.toString();
    }

    private String positionText(TradeExecution execution) {
        StringBuilder text = new StringBuilder(Messages.text("fills.entered", contracts(execution.enteredContracts()),
                price(execution.averageEntry())));
        if (!execution.exits().isEmpty()) {
            text.append(Messages.text("fills.exited", numbers.format(execution.exitedContracts()),
                    price(execution.averageExit())));
        }
        BigDecimal open = execution.openContracts();
        text.append(open.signum() == 0 ? Messages.text("fills.flat") : Messages.text("fills.open", numbers.format(open)));
        return text.toString();
    }

    private FillLine line(FillKind kind, int index, String label, Instant time, BigDecimal price,
                          BigDecimal contracts, BigDecimal fee) {
        return new FillLine(kind, index, label, TimeInput.format(time, zone), numbers.format(price),
                numbers.format(contracts), numbers.format(fee, 2));
    }

    private FillInput newRow() {
        return new FillInput(numbers, zone);
    }

    private BigDecimal signedFunding() {
        BigDecimal amount = funding.valueOr(BigDecimal.ZERO);
        return fundingReceived.get() ? amount.negate() : amount;
    }

    private Instant now() {
        return plan.clock().instant();
    }

    /** A worked-out average with the decimals of the contract's tick (the value itself keeps them all). */
    private String price(BigDecimal value) {
        return numbers.format(TickDisplay.rounded(value, plan.getPlan().setup().contract().tickSize()));
    }

    private String contracts(BigDecimal value) {
        return Messages.text(value.compareTo(BigDecimal.ONE) == 0 ? "fills.oneContract" : "fills.contracts",
                numbers.format(value));
    }
}
