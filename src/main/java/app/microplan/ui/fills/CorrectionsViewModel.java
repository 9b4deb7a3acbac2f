package app.microplan.ui.fills;

import app.microplan.ui.common.Messages;
import app.microplan.domain.EntryFill;
import app.microplan.domain.ExecutionChange;
import app.microplan.domain.ExecutionCorrections;
import app.microplan.domain.ExitFill;
import app.microplan.domain.Fill;
import app.microplan.domain.FundingPayment;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.TradeFormats;
import app.microplan.ui.plan.PlanViewModel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Corrections of an entered trade on the Fills tab: edit or delete a fill or funding payment on record, or add
 * one — also after the trade closed (exchanges export funding separately). Each correction runs through the
 * domain as a trial first, so what it would refuse is said in words before Save; saved, the status follows the
 * fills (a closed trade whose exits no longer cover its entries is open again) and the change joins the
 * trade's history, which this model lists.
 */
public final class CorrectionsViewModel {
    private final PlanViewModel plan;
    private final LocaleNumbers numbers;
    private final ZoneId zone;
    private final ChangeListener<Object> inputChanged = (obs, old, now) -> check();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<String> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyObjectWrapper<Correction> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private TradeExecution shownExecution;

    /**
     * One correction being typed: what it changes (a new line has index −1), and its inputs — a fill or a payment.
     *
     * @param title "Edit exit 2", "Add a funding payment"
     */
    public record Correction(FillKind kind, int index, String title, FillInput fill, FundingInput funding,
                             Instant originalTime, String originalTimeText, String tradeId) {
        public boolean isFill() {
            return fill != null;
        }
    }

    public CorrectionsViewModel(PlanViewModel plan, ZoneId zone) {
        this.plan = plan;
        this.numbers = plan.numbers();
        this.zone = zone;
        plan.planProperty().addListener((obs, old, now) -> planChanged(now));
        planChanged(plan.getPlan());
    }

    // ---- Derived, read-only -------------------------------------------------------------------------------

    /** Corrections are offered for an open, closed or reviewed trade the window may change. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public boolean isAvailable() {
        return available.get();
    }

    /** The correction being typed, or null. */
    public ReadOnlyObjectProperty<Correction> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public Correction getEditing() {
        return editing.get();
    }

    /** Why the correction cannot be saved, in one sentence; null when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public boolean canSave() {
        return canSave.get();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public String getNotice() {
        return notice.get();
    }

    /** Every change after the fills were first recorded, oldest first: "2026-03-04 09:00 · Edited exit 1: …". */
    public ObservableList<String> history() {
        return historyView;
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /** Starts editing a fill or payment on record, its fields filled in from it. */
    public void edit(FillLine line) {
        TradeExecution execution = execution();
        if (!available.get() || execution == null) {
            return;
        }
        switch (line.kind()) {
            case ENTRY -> editFill(line, execution.entries().get(line.index()), Messages.text("fills.editEntry", line.index() + 1));
            case EXIT -> editFill(line, execution.exits().get(line.index()), Messages.text("fills.editExit", line.index() + 1));
            case FUNDING -> editFunding(line.index(), execution.fundingPayments().get(line.index()));
        }
    }

    /** Deletes a fill or payment on record at once (the history keeps what it was). */
    public void delete(FillLine line) {
        if (!available.get()) {
            return;
        }
        Instant now = plan.clock().instant();
        try {
            TradePlan next = switch (line.kind()) {
                case ENTRY -> ExecutionCorrections.deleteEntry(plan.getPlan(), line.index(), now);
                case EXIT -> ExecutionCorrections.deleteExit(plan.getPlan(), line.index(), now);
                case FUNDING -> ExecutionCorrections.deleteFunding(plan.getPlan(), line.index(), now);
            };
            publish(next, Messages.text("fills.deleted", Messages.current().inSentence(line.label())));
        } catch (IllegalArgumentException | IllegalStateException e) {
            notice.set(TradeFormats.sentence(app.microplan.ui.common.ReasonText.refusal(e)));
        }
    }

    public void addEntry() {
        startFill(FillKind.ENTRY, Messages.text("fills.addAnEntry"));
    }

    public void addExit() {
        startFill(FillKind.EXIT, Messages.text("fills.addAnExit"));
    }

    public void addFunding() {
        if (available.get()) {
            FundingInput input = new FundingInput(numbers, zone);
            start(new Correction(FillKind.FUNDING, -1, Messages.text("fills.addAFunding"), null, input, null, null, null));
        }
    }

    /** Records the correction (saved like any edit); does nothing while it is refused. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Correction correction = editing.get();
        TradePlan next = trial(correction);
        stop();
        publish(next, Messages.text((correction.index() < 0 ? "fills.added." : "fills.corrected.")
                + correction.kind().name()));
    }

    public void cancel() {
        stop();
    }

    // ---- Working ------------------------------------------------------------------------------------------

    private void editFill(FillLine line, Fill fill, String title) {
        FillInput input = new FillInput(numbers, zone);
        input.time().setValue(fill.time());
        input.price().setValue(fill.price());
        input.contracts().setValue(fill.contracts());
        input.fee().setValue(fill.fee());
        if (fill instanceof ExitFill exit) {
            input.reasonProperty().set(exit.reason());
        }
        start(new Correction(line.kind(), line.index(), title, input, null, fill.time(),
                input.time().textProperty().get(), fill.tradeId()));
    }

    private void editFunding(int index, FundingPayment payment) {
        FundingInput input = new FundingInput(numbers, zone);
        if (payment.time() != null) {
            input.time().setValue(payment.time());
        }
        input.amount().setValue(payment.amount().abs());
        input.receivedProperty().set(payment.amount().signum() < 0);
        start(new Correction(FillKind.FUNDING, index, Messages.text("fills.editFunding", index + 1), null, input, payment.time(),
                input.time().textProperty().get(), payment.tradeId()));
    }

    private void startFill(FillKind kind, String title) {
        if (!available.get()) {
            return;
        }
        FillInput input = new FillInput(numbers, zone);
        input.time().setValue(plan.clock().instant());
        start(new Correction(kind, -1, title, input, null, null, null, null));
    }

    private void start(Correction correction) {
        stop();
        if (correction.isFill()) {
            correction.fill().watch(inputChanged);
        } else {
            watchFunding(correction.funding(), true);
        }
        notice.set("");
        editing.set(correction);
        check();
    }

    private void stop() {
        Correction correction = editing.get();
        if (correction != null) {
            if (correction.isFill()) {
                correction.fill().unwatch(inputChanged);
            } else {
                watchFunding(correction.funding(), false);
            }
        }
        editing.set(null);
        problem.set(null);
        canSave.set(false);
    }

    private void watchFunding(FundingInput input, boolean watch) {
        for (javafx.beans.value.ObservableValue<?> value : List.of(input.time().valueProperty(),
                input.time().errorProperty(), input.amount().valueProperty(), input.amount().errorProperty(),
                input.receivedProperty())) {
            if (watch) {
                value.addListener(inputChanged);
            } else {
                value.removeListener(inputChanged);
            }
        }
    }

    private void check() {
        Correction correction = editing.get();
        if (correction == null) {
            return;
        }
        List<String> errors = correction.isFill() ? correction.fill().errors(kindName(correction.kind()))
                : correction.funding().errors();
        String reason = null;
        if (!errors.isEmpty()) {
            reason = errors.get(0);
        } else if (correction.isFill() && !correction.fill().isValid()) {
            reason = "";
        } else {
            try {
                trial(correction);
            } catch (IllegalArgumentException | IllegalStateException e) {
                reason = TradeFormats.sentence(app.microplan.ui.common.ReasonText.refusal(e));
            }
        }
        problem.set(reason == null || reason.isEmpty() ? null : reason);
        canSave.set(reason == null && !plan.isReadOnly());
    }

    /** The plan the correction would make, or an exception with the domain's reason. */
    private TradePlan trial(Correction c) {
        TradePlan current = plan.getPlan();
        Instant now = plan.clock().instant();
        return switch (c.kind()) {
            case ENTRY -> {
                EntryFill fill = new EntryFill(time(c), c.fill().price().getValue(), c.fill().contracts().getValue(),
                        c.fill().fee().valueOr(java.math.BigDecimal.ZERO), c.tradeId());
                yield c.index() < 0 ? ExecutionCorrections.addEntry(current, fill, now)
                        : ExecutionCorrections.editEntry(current, c.index(), fill, now);
            }
            case EXIT -> {
                ExitFill fill = new ExitFill(time(c), c.fill().price().getValue(), c.fill().contracts().getValue(),
                        c.fill().fee().valueOr(java.math.BigDecimal.ZERO), c.fill().reasonProperty().get(),
                        c.tradeId());
                yield c.index() < 0 ? ExecutionCorrections.addExit(current, fill, now)
                        : ExecutionCorrections.editExit(current, c.index(), fill, now);
            }
            case FUNDING -> {
                FundingPayment payment = c.funding().toPayment(c.tradeId());
                if (c.originalTimeText() != null && c.funding().time().textProperty().get().equals(c.originalTimeText())) {
                    payment = new FundingPayment(c.originalTime(), payment.amount(), payment.tradeId());
                }
                yield c.index() < 0 ? ExecutionCorrections.addFunding(current, payment, now)
                        : ExecutionCorrections.editFunding(current, c.index(), payment, now);
            }
        };
    }

    /**
     * The fill's time as typed, or — while the text still shows the original to the minute — the original to the
     * second: an edit of the price must not move the fill's time (a re-import recognises fills by it).
     */
    private static Instant time(Correction c) {
        if (c.originalTime() != null && c.fill().time().textProperty().get().equals(c.originalTimeText())) {
            return c.originalTime();
        }
        return c.fill().time().getValue();
    }

    private void publish(TradePlan next, String text) {
        PlanStatus before = plan.getPlan().status();
        plan.applyTradeStep(next);
        String status = before == next.status() ? "" : next.status() == PlanStatus.OPEN
                ? " " + Messages.text("fills.openAgain")
                : " " + Messages.text("fills.tradeClosed");
        notice.set(text + status);
    }

    private TradeExecution execution() {
        return plan.getPlan().execution();
    }

    private static String kindName(FillKind kind) {
        return Messages.text(kind == FillKind.ENTRY ? "fills.entry" : "fills.exit");
    }

    private void planChanged(TradePlan now) {
        PlanStatus status = now.status();
        available.set(!plan.isReadOnly() && now.execution() != null && (status == PlanStatus.OPEN
                || status == PlanStatus.CLOSED || status == PlanStatus.REVIEWED));
        if (now.execution() != shownExecution) {
            shownExecution = now.execution();
            List<String> lines = new ArrayList<>();
            if (now.execution() != null) {
                for (ExecutionChange change : now.execution().changes()) {
                    lines.add(TimeInput.format(change.time(), zone) + " · " + change.description());
                }
            }
            history.setAll(lines);
        }
        if (!available.get()) {
            stop();
        } else {
            check();
        }
    }
}
