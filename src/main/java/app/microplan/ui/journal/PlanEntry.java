package app.microplan.ui.journal;

import app.microplan.domain.PositionSizer;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TradePlan;
import java.math.BigDecimal;
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
