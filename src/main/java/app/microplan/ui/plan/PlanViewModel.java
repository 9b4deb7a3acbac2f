package app.microplan.ui.plan;

import app.microplan.domain.Account;
import app.microplan.domain.AccountOnlyRefresh;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ContractComparison;
import app.microplan.domain.Decimals;
import app.microplan.domain.FrozenPlanException;
import app.microplan.domain.Money;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.PlanLifecycle;
import app.microplan.domain.PlanOverrides;
import app.microplan.domain.PlanPlaybook;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.ReadyGate;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.Rule;
import app.microplan.domain.RuleBook;
import app.microplan.domain.RuleResult;
import app.microplan.ui.common.ReasonText;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.LocaleNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final ReadOnlyStringWrapper backToDraftReason = new ReadOnlyStringWrapper(this, "backToDraftReason", "");
    private final ReadOnlyStringWrapper editRefused = new ReadOnlyStringWrapper(this, "editRefused", "");
    private final ReadOnlyStringWrapper overrideError = new ReadOnlyStringWrapper(this, "overrideError", "");
    private final ReadOnlyStringWrapper equityText = new ReadOnlyStringWrapper(this, "equityText", "");
    private final ObservableList<String> statusHistory = FXCollections.observableArrayList();
    private boolean loading;
    /** The back-to-draft reason the trader closed: it stays in the history, not on screen. */
    private String dismissedReason;
    private String readOnlyReason;

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
        this.setup = new SetupInputs(numbers, o -> inputChanged(true));
        this.written = new WrittenInputs(o -> inputChanged(false));
        accountNames.setAll(knownAccounts);
        if (!accountNames.contains(initial.account().accountName())) {
            accountNames.add(initial.account().accountName());
        }
        accountName.addListener((obs, old, now) -> accountChanged());
        loading = true;
        setup.setAccount(accounts.account(initial.account().accountName()));
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

    /** Why the plan cannot be changed, in words for its header; null when it can. */
    public String readOnlyReason() {
        if (!readOnly) {
            return null;
        }
        return readOnlyReason != null ? readOnlyReason
                : "This plan was saved by a newer Microplan. It is shown as it is and never changed or downgraded.";
    }

    /** A read-only plan held for another reason than a newer file (a conflict waiting for the trader's choice). */
    public void explainReadOnly(String reason) {
        readOnlyReason = reason;
    }

    /** True while the plan is a DRAFT that was READY (edited, or a re-check failed), until marked ready or dismissed. */
    public ReadOnlyBooleanProperty backToDraftProperty() {
        return backToDraft.getReadOnlyProperty();
    }

    public boolean isBackToDraft() {
        return backToDraft.get();
    }

    /** Why the plan went back to draft, in words with the numbers; "" when it did not (or it was dismissed). */
    public ReadOnlyStringProperty backToDraftReasonProperty() {
        return backToDraftReason.getReadOnlyProperty();
    }

    public String getBackToDraftReason() {
        return backToDraftReason.get();
    }

    /** Why the last edit was refused (the numbers of an entered plan are frozen); "" after an accepted edit. */
    public ReadOnlyStringProperty editRefusedProperty() {
        return editRefused.getReadOnlyProperty();
    }

    public String getEditRefused() {
        return editRefused.get();
    }

    /** Why an override was refused (no written reason); "" otherwise. */
    public ReadOnlyStringProperty overrideErrorProperty() {
        return overrideError.getReadOnlyProperty();
    }

    /** "Equity $5,000.00" of the plan's account, "· follows the journal" when it does. */
    public ReadOnlyStringProperty equityTextProperty() {
        return equityText.getReadOnlyProperty();
    }

    /**
     * The plan's overrides and status history, newest first: "2 Mar 2026, 12:00 · Ready → Draft · Back to draft: …".
     */
    public ObservableList<String> statusHistory() {
        return FXCollections.unmodifiableObservableList(statusHistory);
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /**
     * Marks the plan READY when every blocking rule holds against the account as it is now; does nothing otherwise
     * (the reasons are shown). The size is pinned to the size checked, so the size field shows it.
     */
    public void markReady() {
        if (!canMarkReady.get()) {
            return;
        }
        TradePlan live = PlanLifecycle.refreshAccount(plan.get(), accounts.snapshotFor(plan.get().id(), accountName.get()));
        if (!RuleBook.assess(live, clock).allowsReady()) {
            commit(live);
            return;
        }
        TradePlan ready = PlanLifecycle.markReady(live, clock);
        showSize(ready);
        commit(ready);
    }

    /**
     * Overrides a failing account rule (open risk, daily loss, cool-down) with the trader's written reason, which
     * the plan keeps, the checklist prints and the journal review counts. A blank reason is refused with a message.
     */
    public void override(Rule rule, String reason) {
        try {
            overrideError.set("");
            TradePlan current = plan.get();
            commit(PlanOverrides.override(current, rule, reason, clock.instant()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            overrideError.set(capitalized(app.microplan.ui.common.ReasonText.refusal(e)));
        }
    }

    /** Takes an override back; a READY plan that then fails the rule goes back to draft. */
    public void withdrawOverride(Rule rule) {
        if (!isEditable()) {
            return;
        }
        TradePlan withdrawn = PlanOverrides.withdraw(plan.get(), rule, clock.instant());
        update(withdrawn);
    }

    /** A failing account rule that the trader may override with a reason (not yet overridden, plan editable). */
    public boolean canOverride(RuleResult result) {
        return isEditable() && result.rule().isOverridable() && !result.passed() && !result.isOverridden();
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
        dismissedReason = plan.get().backToDraftReason().orElse(null);
        backToDraft.set(false);
        backToDraftReason.set("");
    }

    /** The trader's settings changed: the accounts to choose from, and the risk % a plan may take at most. */
    public void settingsChanged(RiskPolicy policy, List<String> knownAccounts) {
        setup.setRiskPercentLimit(policy.riskCap().multiply(Decimals.HUNDRED));
        knownAccounts.stream().filter(a -> !accountNames.contains(a)).forEach(accountNames::add);
        assess(plan.get());
    }

    /**
     * Checks the plan against its account now (see {@link ReadyGate}): a DRAFT or READY plan takes the fresh
     * snapshot and the trader's policy, and a READY one whose blocking rule fails becomes a DRAFT with the reason.
     */
    public void refreshAccount(RiskPolicy policy, List<String> knownAccounts) {
        settingsChanged(policy, knownAccounts);
        TradePlan current = plan.get();
        if (readOnly || !current.status().isEditable()) {
            return;
        }
        AccountSnapshot snapshot = accounts.snapshotFor(current.id(), accountName.get());
        TradePlan withFees = current.status() == PlanStatus.DRAFT ? withAccountFees(current) : current;
        TradePlan rechecked = ReadyGate.recheck(withFees, snapshot, policy, "", clock);
        if (PlanComparison.same(current, rechecked)) {
            assess(current);
            return;
        }
        if (AccountOnlyRefresh.isAccountOnly(current, rechecked)) {
            // Judged against today's account, but not written: selecting a plan writes nothing.
            plan.set(rechecked);
            assess(rechecked);
            return;
        }
        // The gate has judged the plan against the account already; a READY plan's size it pinned is not an edit.
        if (!rechecked.setup().sameNumbersAs(current.setup()) || !rechecked.policy().sameAs(current.policy())) {
            loading = true;
            setup.load(rechecked.setup(), rechecked.policy());
            loading = false;
        }
        commit(rechecked.withUpdatedAt(clock.instant()));
    }

    /**
     * A newer version of this plan made elsewhere (the journal re-checked it after another plan or the settings
     * changed): shown as it is, without saving it again. Inputs follow when its numbers differ (a pinned size).
     */
    public void adopt(TradePlan external) {
        TradePlan current = plan.get();
        if (external == current || !external.id().equals(current.id())) {
            return;
        }
        if (current.status() == PlanStatus.DRAFT && external.status() == PlanStatus.DRAFT
                && !external.setup().sameNumbersAs(current.setup())) {
            // The journal's re-check of an earlier version of the draft being typed, arriving late (a busy
            // machine): loading its numbers would throw away what was typed since. Its fresh account is kept.
            TradePlan withAccount = current.withAccount(external.account());
            if (PlanComparison.same(current, withAccount)) {
                assess(current);
            } else {
                commit(withAccount);
            }
            return;
        }
        if (!external.setup().sameNumbersAs(current.setup()) || !external.policy().sameAs(current.policy())) {
            loading = true;
            setup.load(external.setup(), external.policy());
            loading = false;
        }
        plan.set(external);
        assess(external);
    }

    /** Time passed: the cool-down's time left and its end are worked out again. */
    public void clockTicked() {
        assess(plan.get());
    }

    // ---- Recomputing --------------------------------------------------------------------------------------

    /**
     * An input changed. The words of an entered plan may still be written, so an edit of the words leaves its
     * (frozen) numbers out; an edit of a number goes to the domain, which refuses it for an entered plan.
     */
    private void inputChanged(boolean numbersEdited) {
        if (loading || plan.get() == null) {
            return;
        }
        TradePlan current = plan.get();
        TradePlan.Builder edited = current.toBuilder().written(written.toWritten()).checklist(written.toChecklist())
                .tags(written.toTags());
        if (numbersEdited || current.status().isEditable()) {
            edited.setup(setup.toSetup(current.setup())).policy(setup.toPolicy(current.policy()));
        }
        update(edited.build());
    }

    private void accountChanged() {
        if (loading || plan.get() == null || accountName.get() == null) {
            return;
        }
        TradePlan current = plan.get();
        if (!current.status().isEditable()) {
            update(current.withAccount(AccountSnapshot.of(accountName.get(), "0", "0")));
            return;
        }
        update(withAccountFees(current).withAccount(accounts.snapshotFor(current.id(), accountName.get())));
    }

    /** A draft takes the account's own fee rates (a VIP tier) as soon as it is sized for that account. */
    private TradePlan withAccountFees(TradePlan current) {
        Account account = accounts.account(accountName.get());
        setup.setAccount(account);
        return account != null && account.hasOwnFeeRates()
                ? current.toBuilder().setup(setup.toSetup(current.setup())).build() : current;
    }

    /**
     * Publishes {@code edited} if it differs from the plan, through the domain's rules for edits: a READY plan
     * whose numbers changed, or whose rules fail, becomes a DRAFT; the numbers of an entered plan are refused and
     * the inputs show the plan's own numbers again.
     */
    private void update(TradePlan edited) {
        TradePlan current = plan.get();
        if (PlanComparison.same(current, edited)) {
            assess(current);
            return;
        }
        if (readOnly) {
            refuse(current, "This plan was saved by a newer Microplan and is read-only");
            return;
        }
        TradePlan next;
        try {
            next = PlanLifecycle.afterEdit(current, edited, clock);
        } catch (FrozenPlanException e) {
            refuse(current, app.microplan.ui.common.ReasonText.refusal(e));
            return;
        }
        editRefused.set("");
        commit(next);
    }

    /** Puts the plan's own numbers back into the inputs and says why the edit was not taken. */
    private void refuse(TradePlan current, String why) {
        loading = true;
        setup.load(current.setup(), current.policy());
        written.load(current);
        accountName.set(current.account().accountName());
        loading = false;
        editRefused.set(why);
        assess(current);
    }

    private void showSize(TradePlan next) {
        loading = true;
        setup.contracts().setValue(next.setup().contracts());
        loading = false;
    }

    private static String capitalized(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void commit(TradePlan next) {
        plan.set(next);
        assess(next);
        onEdit.accept(next);
    }

    private void assess(TradePlan current) {
        PlanAssessment result = RuleBook.assess(current, clock);
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
        result.blockingFailures().stream().map(ReasonText::of).filter(m -> !blockers.contains(m))
                .forEach(blockers::add);
        readyBlockers.setAll(blockers);
        comparison.setAll(ContractComparison.compare(current.setup(), current.policy(), current.account(),
                ContractComparison.candidatesFor(current.setup().contract())));
        canMarkReady.set(editable.get() && current.status() == PlanStatus.DRAFT && blockers.isEmpty());
        String reason = current.backToDraftReason().filter(r -> !r.equals(dismissedReason)).orElse("");
        backToDraftReason.set(reason);
        backToDraft.set(!reason.isEmpty());
        statusHistory.setAll(StatusHistoryText.lines(current, clock.getZone()));
        equityText.set(app.microplan.ui.common.Messages.text("sizing.equity", app.microplan.ui.common.Messages.current()
                .figures().money(current.account().equity(), current.setup().contract().isInverse()
                        ? current.account().equityCurrency() : current.setup().contract().quoteCurrency())));
    }

    /** Text typed into number fields that the plan cannot hold: kept by the journal, asked about on quitting. */
    public List<PendingInput> pendingInputs() {
        return setup.pendingInputs();
    }

    /** Shows such text again in its fields, marked, after the plan was selected again. */
    public void restorePendingInputs(List<PendingInput> pending) {
        setup.restore(pending);
    }

    /** The largest size the caps allow, for the size field's prompt ("largest: 7"). */
    public BigDecimal largestSize() {
        return sizing.get().maxContracts();
    }
}
