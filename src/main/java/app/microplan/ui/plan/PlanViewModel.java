package app.microplan.ui.plan;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractComparison;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.PlanLifecycle;
import app.microplan.domain.PlanPlaybook;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.RuleBook;
import app.microplan.domain.RuleResult;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one model of the selected plan that the written-plan editor, the sizing panel, the margin gauge and the
 * rule strip all bind to. Inputs are JavaFX properties; every change rebuilds the {@link TradePlan}, runs it
 * through the domain (lifecycle, sizing, rule book) and republishes the derived read-only properties. No view
 * keeps plan state of its own, and this class knows no {@code Node}.
 */
public final class PlanViewModel {
    private final Clock clock;
    private final LocaleNumbers numbers;
    private final boolean readOnly;
    private final AccountSource accounts;
    private final Consumer<TradePlan> onEdit;
    private final SetupInputs setup;
    private final WrittenInputs written;
    private final ObjectProperty<String> accountName = new SimpleObjectProperty<>(this, "accountName");
    private final ObservableList<String> accountNames = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<TradePlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<PlanAssessment> assessment = new ReadOnlyObjectWrapper<>(this, "assessment");
    private final ReadOnlyObjectWrapper<SizingResult> sizing = new ReadOnlyObjectWrapper<>(this, "sizing");
    private final ReadOnlyObjectWrapper<PlanStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ObservableList<RuleResult> rules = FXCollections.observableArrayList();
    private final ObservableList<String> inputErrors = FXCollections.observableArrayList();
    private final ObservableList<String> readyBlockers = FXCollections.observableArrayList();
    private final ObservableList<ContractComparison.Row> comparison = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canMarkReady = new ReadOnlyBooleanWrapper(this, "canMarkReady");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyBooleanWrapper backToDraft = new ReadOnlyBooleanWrapper(this, "backToDraft");
    private boolean loading;

    /**
     * @param onEdit told of every new version of the plan (the journal shows and autosaves it)
     */
    public PlanViewModel(TradePlan initial, boolean readOnly, LocaleNumbers numbers, Clock clock, AccountSource accounts,
                         List<String> knownAccounts, Consumer<TradePlan> onEdit) {
        this.clock = clock;
        this.numbers = numbers;
        this.readOnly = readOnly;
        this.accounts = accounts;
        this.onEdit = onEdit;
        this.setup = new SetupInputs(numbers, this::inputChanged);
        this.written = new WrittenInputs(this::inputChanged);
        accountNames.setAll(knownAccounts);
        if (!accountNames.contains(initial.account().accountName())) {
            accountNames.add(initial.account().accountName());
        }
        accountName.addListener((obs, old, now) -> accountChanged());
        loading = true;
        setup.load(initial.setup(), initial.policy());
        written.load(initial);
        accountName.set(initial.account().accountName());
        loading = false;
        plan.set(initial);
        assess(initial);
    }

    // ---- Inputs -------------------------------------------------------------------------------------------

    public SetupInputs setup() {
        return setup;
    }

    public WrittenInputs written() {
        return written;
    }

    public ObjectProperty<String> accountNameProperty() {
        return accountName;
    }

    public ObservableList<String> accountNames() {
        return accountNames;
    }

    // ---- Derived, read-only -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<TradePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public TradePlan getPlan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<PlanAssessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public PlanAssessment getAssessment() {
        return assessment.get();
    }

    public ReadOnlyObjectProperty<SizingResult> sizingProperty() {
        return sizing.getReadOnlyProperty();
    }

    public SizingResult getSizing() {
        return sizing.get();
    }

    public ReadOnlyObjectProperty<PlanStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public PlanStatus getStatus() {
        return status.get();
    }

    /** Every rule with its state, blocking rules first (the rule book's order). */
    public ObservableList<RuleResult> rules() {
        return FXCollections.unmodifiableObservableList(rules);
    }

    /** Fields whose text is not a valid number for them, with the field's name. */
    public ObservableList<String> inputErrors() {
        return FXCollections.unmodifiableObservableList(inputErrors);
    }

    /** Why Mark ready is refused, in words: input errors first, then each failing blocking rule. */
    public ObservableList<String> readyBlockers() {
        return FXCollections.unmodifiableObservableList(readyBlockers);
    }

    /** The same trade with each contract on the underlying (the micro-vs-standard comparison). */
    public ObservableList<ContractComparison.Row> comparison() {
        return FXCollections.unmodifiableObservableList(comparison);
    }

    public ReadOnlyBooleanProperty canMarkReadyProperty() {
        return canMarkReady.getReadOnlyProperty();
    }

    public boolean canMarkReady() {
        return canMarkReady.get();
    }

    /** The plan may be changed: not read-only, and a DRAFT or READY plan. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public boolean isEditable() {
        return editable.get();
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** True once a READY plan's numbers changed and it became a DRAFT again, until marked ready or dismissed. */
    public ReadOnlyBooleanProperty backToDraftProperty() {
        return backToDraft.getReadOnlyProperty();
    }

    public boolean isBackToDraft() {
        return backToDraft.get();
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /** Marks the plan READY when every blocking rule holds; does nothing otherwise (the reasons are shown). */
    public void markReady() {
        if (!canMarkReady.get()) {
            return;
        }
        backToDraft.set(false);
        commit(PlanLifecycle.markReady(plan.get(), clock.instant()));
    }

    /**
     * Back to draft or cancelled. READY goes through {@link #markReady}; OPEN, CLOSED and REVIEWED through the
     * fills and the review ({@link #applyTradeStep}), so a trade never closes without the fills it is measured by.
     */
    public boolean canMoveTo(PlanStatus target) {
        return !readOnly && plan.get().status().canMoveTo(target) && (target == PlanStatus.DRAFT
                || target == PlanStatus.CANCELLED);
    }

    public void moveTo(PlanStatus target) {
        if (canMoveTo(target)) {
            commit(PlanLifecycle.moveTo(plan.get(), target, clock.instant()));
        }
    }

    /**
     * A step of the trade worked out by the domain elsewhere (fills recorded, trade closed, review written,
     * executions imported): published and saved like any edit, so every panel sees the same plan.
     */
    public void applyTradeStep(TradePlan next) {
        if (readOnly || !next.id().equals(plan.get().id())) {
            throw new IllegalArgumentException("a trade step must change the shown plan");
        }
        commit(next);
    }

    /** The answers to the prompts of the plan's playbook, checked like any edit of the written plan. */
    public void answerPlaybookPrompts(List<PlanPlaybook.PromptAnswer> answers) {
        TradePlan current = plan.get();
        if (editable.get() && current.playbook() != null) {
            update(current.toBuilder().playbook(current.playbook().withAnswers(answers)).build());
        }
    }

    /** The trader's number format, for the forms that edit this plan's trade. */
    public LocaleNumbers numbers() {
        return numbers;
    }

    public Clock clock() {
        return clock;
    }

    public void dismissBackToDraft() {
        backToDraft.set(false);
    }

    /**
     * Takes today's account (equity, other plans' margin) and the trader's policy while the plan is a DRAFT;
     * a READY plan keeps what it was sized against. The plan's own risk % stays, checked against the new cap.
     */
    public void refreshAccount(RiskPolicy settingsPolicy, List<String> knownAccounts) {
        setup.setRiskPercentLimit(settingsPolicy.riskCap().multiply(app.microplan.domain.Decimals.HUNDRED));
        knownAccounts.stream().filter(a -> !accountNames.contains(a)).forEach(accountNames::add);
        TradePlan current = plan.get();
        if (readOnly || current.status() != PlanStatus.DRAFT) {
            assess(current);
            return;
        }
        RiskPolicy policy = settingsPolicy.withRiskCap(current.policy().riskCap());
        AccountSnapshot snapshot = accounts.snapshotFor(current.id(), accountName.get());
        update(PlanLifecycle.refreshAccount(current.toBuilder().policy(policy).build(), snapshot));
    }

    // ---- Recomputing --------------------------------------------------------------------------------------

    private void inputChanged(Observable ignored) {
        if (loading || plan.get() == null) {
            return;
        }
        TradePlan current = plan.get();
        TradePlan edited = current.toBuilder().setup(setup.toSetup(current.setup()))
                .policy(setup.toPolicy(current.policy())).written(written.toWritten())
                .checklist(written.toChecklist()).tags(written.toTags()).build();
        update(edited);
    }

    private void accountChanged() {
        if (loading || plan.get() == null || accountName.get() == null) {
            return;
        }
        TradePlan current = plan.get();
        update(PlanLifecycle.refreshAccount(current, accounts.snapshotFor(current.id(), accountName.get())));
    }

    /** Publishes {@code edited} if it differs from the plan; a READY plan whose numbers changed becomes a DRAFT. */
    private void update(TradePlan edited) {
        TradePlan current = plan.get();
        if (PlanComparison.same(current, edited)) {
            assess(current);
            return;
        }
        TradePlan next = PlanLifecycle.afterEdit(current, edited, clock.instant());
        if (current.status() == PlanStatus.READY && next.status() == PlanStatus.DRAFT) {
            backToDraft.set(true);
        }
        commit(next);
    }

    private void commit(TradePlan next) {
        plan.set(next);
        assess(next);
        onEdit.accept(next);
    }

    private void assess(TradePlan current) {
        PlanAssessment result = RuleBook.assess(current);
        SizingResult sized = result.sizing();
        setup.checkSides(sized.isComplete() ? sized.averageEntry()
                : current.setup().entries().isEmpty() ? null : current.setup().entries().get(0).price());
        status.set(current.status());
        editable.set(!readOnly && current.status().isEditable());
        assessment.set(result);
        sizing.set(sized);
        rules.setAll(result.rules());
        inputErrors.setAll(setup.errors());
        List<String> blockers = new ArrayList<>(inputErrors);
        result.blockingFailures().stream().map(RuleResult::message).filter(m -> !blockers.contains(m))
                .forEach(blockers::add);
        readyBlockers.setAll(blockers);
        comparison.setAll(ContractComparison.compare(current.setup(), current.policy(), current.account(),
                ContractComparison.candidatesFor(current.setup().contract())));
        canMarkReady.set(editable.get() && current.status() == PlanStatus.DRAFT && blockers.isEmpty());
    }

    /** The largest size the caps allow, for the size field's prompt ("largest: 7"). */
    public BigDecimal largestSize() {
        return sizing.get().maxContracts();
    }
}
