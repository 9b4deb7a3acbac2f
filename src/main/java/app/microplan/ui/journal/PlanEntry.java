package app.microplan.ui.journal;

import app.microplan.domain.PositionSizer;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import app.microplan.ui.plan.PendingInput;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One plan of the journal as the window holds it: the latest version (saved or not), whether it may be edited,
 * and how its save is going. The journal list shows it; the selected one is edited through a PlanViewModel.
 */
public final class PlanEntry {
    private final ReadOnlyObjectWrapper<TradePlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState", SaveState.SAVED);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError");
    private final ReadOnlyObjectWrapper<ConflictState> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private List<PendingInput> pendingInputs = List.of();
    private final boolean readOnly;
    private BigDecimal riskFraction;
    private boolean removed;

    public PlanEntry(TradePlan plan, boolean readOnly) {
        this.readOnly = readOnly;
        setPlan(plan);
    }

    public String id() {
        return plan.get().id();
    }

    public ReadOnlyObjectProperty<TradePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public TradePlan getPlan() {
        return plan.get();
    }

    /** Written by a newer Microplan: shown, never changed or downgraded. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The loss at the stop as a fraction of equity at the size the plan gives, or null while it cannot be sized. */
    public BigDecimal riskFraction() {
        return riskFraction;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public SaveState getSaveState() {
        return saveState.get();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public String getSaveError() {
        return saveError.get();
    }

    /** Another version was saved by another program, or the file was deleted: null while there is nothing to choose. */
    public ReadOnlyObjectProperty<ConflictState> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ConflictState getConflict() {
        return conflict.get();
    }

    /** Typed text the plan cannot hold, kept while another plan is shown; empty when there is none. */
    public List<PendingInput> pendingInputs() {
        return pendingInputs;
    }

    public void keepPendingInputs(List<PendingInput> inputs) {
        pendingInputs = List.copyOf(inputs);
    }

    /**
     * The latest edit is nowhere on disk: not saved (or its save failed), or its file was deleted by another
     * program. A conflict is not such a case: the trader's version waits in the conflict file.
     */
    public boolean hasEditsOnlyInMemory() {
        ConflictState state = conflict.get();
        if (state != null) {
            return state.isDeletedElsewhere();
        }
        return !readOnly && saveState.get() != SaveState.SAVED;
    }

    void setConflict(ConflictState state) {
        conflict.set(state);
    }

    /**
     * A conflict found when the journal opened: the plan shows the trader's version (from the conflict file),
     * which is on disk there, so nothing waits to be saved; the window lets it be edited only after the choice.
     */
    void showConflict(ConflictState state) {
        setPlan(state.conflict().mine());
        conflict.set(state);
    }

    /** Another program's version replaces the one shown: it is what is on disk now. */
    void replacedBy(TradePlan theirs) {
        setPlan(theirs);
        conflict.set(null);
        saveError.set(null);
        saveState.set(SaveState.SAVED);
    }

    /** A draft judged against its account as it is now: shown, with nothing to save (see AccountOnlyRefresh). */
    void refreshed(TradePlan rechecked) {
        setPlan(rechecked);
    }

    void edited(TradePlan edited) {
        setPlan(edited);
        saveState.set(SaveState.UNSAVED);
    }

    void savingStarted() {
        saveState.set(SaveState.SAVING);
    }

    /** The save of {@code saved} finished; the entry is saved only if nothing changed meanwhile. */
    void saved(TradePlan saved) {
        saveError.set(null);
        saveState.set(plan.get() == saved ? SaveState.SAVED : SaveState.UNSAVED);
    }

    /** The plan as a file on disk now holds it (an import wrote it, or undoing one put it back): nothing to save. */
    void replacedOnDisk(TradePlan onDisk) {
        setPlan(onDisk);
        saveError.set(null);
        saveState.set(SaveState.SAVED);
    }

    void saveFailed(String message) {
        saveError.set(message);
        saveState.set(SaveState.FAILED);
    }

    boolean isRemoved() {
        return removed;
    }

    void setRemoved(boolean value) {
        removed = value;
    }

    private void setPlan(TradePlan value) {
        SizingResult sizing = PositionSizer.size(value.setup(), value.policy(), value.account());
        riskFraction = sizing.isComplete() ? sizing.riskFraction() : null;
        plan.set(value);
    }
}
