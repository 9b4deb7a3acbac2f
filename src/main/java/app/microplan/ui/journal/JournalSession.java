package app.microplan.ui.journal;

import app.microplan.domain.Account;
import app.microplan.domain.AccountMargin;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.store.JournalStore;
import app.microplan.store.LoadedPlan;
import app.microplan.store.Settings;
import app.microplan.ui.common.Debouncer;
import app.microplan.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open journal: its plans, its settings, and the commands that change them on disk. Every write goes
 * through the task runner (off the FX thread); edits are saved after a quiet spell by the debouncer.
 */
public final class JournalSession {
    private final JournalStore store;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final Clock clock;
    private final ObservableList<PlanEntry> entries =
            FXCollections.observableArrayList(e -> new Observable[] {e.planProperty(), e.saveStateProperty()});
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SaveSummary> saveSummary =
            new ReadOnlyObjectWrapper<>(this, "saveSummary", SaveSummary.of(List.of()));
    private final ReadOnlyObjectWrapper<PlanEntry> lastDeleted = new ReadOnlyObjectWrapper<>(this, "lastDeleted");
    private final ReadOnlyObjectWrapper<PlanEntry> restoredEntry = new ReadOnlyObjectWrapper<>(this, "restoredEntry");
    private boolean settingsWritable;

    public JournalSession(OpenedJournal opened, TaskRunner tasks, Debouncer debouncer, Clock clock) {
        this.store = opened.store();
        this.tasks = tasks;
        this.debouncer = debouncer;
        this.clock = clock;
        this.settings.set(opened.settings());
        this.settingsWritable = opened.settingsReadable();
        for (LoadedPlan loaded : opened.load().plans()) {
            entries.add(new PlanEntry(loaded.plan(), loaded.readOnly()));
        }
        problems.setAll(opened.problems());
        entries.addListener((Observable o) -> saveSummary.set(SaveSummary.of(entries)));
    }

    public Path folder() {
        return store.folder();
    }

    public ObservableList<PlanEntry> entries() {
        return entries;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public Settings getSettings() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<SaveSummary> saveSummaryProperty() {
        return saveSummary.getReadOnlyProperty();
    }

    /** The plan that Undo delete brings back, or null. */
    public ReadOnlyObjectProperty<PlanEntry> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    /** What the plan's sizing may know of its account now: equity, and the margin the account's other plans hold. */
    public AccountSnapshot snapshotFor(String planId, String accountName) {
        Account account = settings.get().account(accountName);
        List<TradePlan> plans = entries.stream().map(PlanEntry::getPlan).toList();
        return account.snapshot(AccountMargin.heldByOtherPlans(plans, account.name(), planId));
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /** A new DRAFT sized against the active account with the trader's defaults; saved at once. */
    public PlanEntry newPlan() {
        return newPlan(UnaryOperator.identity());
    }

    /** A new DRAFT shaped by {@code start} (say, a playbook's rules) before it is first saved. */
    public PlanEntry newPlan(UnaryOperator<TradePlan> start) {
        Settings current = settings.get();
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        TradeSetup setup = TradeSetup.builder().leverage(current.defaultLeverage())
                .entryFeeRate(current.entryFeeRate()).exitFeeRate(current.exitFeeRate()).build();
        TradePlan plan = TradePlan.builder().id(id).createdAt(now).updatedAt(now).setup(setup)
                .policy(current.policy()).account(snapshotFor(id, current.activeAccount()))
                .checklist(current.checklistTemplate().stream().map(t -> new ChecklistItem(t, false)).toList())
                .build();
        return addAndSave(start.apply(plan));
    }

    /** A new DRAFT with the same numbers and words, its checklist unticked, sized against today's account. */
    public PlanEntry duplicate(PlanEntry original) {
        TradePlan source = original.getPlan();
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        TradePlan copy = source.toBuilder().id(id).createdAt(now).updatedAt(now).status(PlanStatus.DRAFT)
                .account(snapshotFor(id, source.account().accountName()))
                .checklist(source.checklist().stream().map(c -> c.withChecked(false)).toList())
                .build();
        return addAndSave(copy);
    }

    /** The plan as edited: shown at once, saved after the quiet spell. */
    public void planEdited(PlanEntry entry, TradePlan edited) {
        if (entry.isReadOnly() || entry.getPlan() == edited) {
            return;
        }
        entry.edited(edited);
        debouncer.schedule(entry.id(), () -> save(entry));
    }

    /** Moves the plan to the journal's trash; {@link #undoDelete} brings it back. */
    public void delete(PlanEntry entry) {
        if (entry.getSaveState() != SaveState.SAVED && !entry.isReadOnly()) {
            save(entry);
        }
        entry.setRemoved(true);
        entries.remove(entry);
        tasks.submit("Deleting plan", p -> {
            store.deletePlan(entry.id());
            return entry;
        }, lastDeleted::set, error -> {
            entry.setRemoved(false);
            entries.add(entry);
            problems.add(message(error));
        });
    }

    public void undoDelete() {
        PlanEntry deleted = lastDeleted.get();
        if (deleted == null) {
            return;
        }
        lastDeleted.set(null);
        tasks.submit("Restoring plan", p -> store.restorePlan(deleted.id()), restored -> {
            PlanEntry entry = new PlanEntry(restored, deleted.isReadOnly());
            entries.add(entry);
            restoredEntry.set(entry);
        }, error -> problems.add(message(error)));
    }

    /** The entry Undo delete brought back last (the window selects it). */
    public ReadOnlyObjectProperty<PlanEntry> restoredEntryProperty() {
        return restoredEntry.getReadOnlyProperty();
    }

    /** Saves everything that waits (Ctrl+S, quitting). */
    public void saveAll() {
        debouncer.flush();
        for (PlanEntry entry : List.copyOf(entries)) {
            if (entry.getSaveState() == SaveState.UNSAVED || entry.getSaveState() == SaveState.FAILED) {
                save(entry);
            }
        }
    }

    /** New preferences: shown at once, written in the background. */
    public void updateSettings(Settings updated) {
        settings.set(updated);
        settingsWritable = true;
        saveSettings();
    }

    /** Writes the settings unless settings.json could not be read (then it is left for the trader to look at). */
    public void saveSettings() {
        if (!settingsWritable) {
            return;
        }
        Settings snapshot = settings.get();
        tasks.submit("Saving preferences", p -> {
            store.saveSettings(snapshot);
            return snapshot;
        }, saved -> { }, error -> problems.add(message(error)));
    }

    private PlanEntry addAndSave(TradePlan plan) {
        PlanEntry entry = new PlanEntry(plan, false);
        entry.edited(plan);
        entries.add(entry);
        save(entry);
        return entry;
    }

    private void save(PlanEntry entry) {
        if (entry.isRemoved() || entry.isReadOnly() || entry.getSaveState() == SaveState.SAVED) {
            return;
        }
        TradePlan snapshot = entry.getPlan();
        entry.savingStarted();
        tasks.submit("Saving plan", p -> {
            store.savePlan(snapshot);
            return snapshot;
        }, entry::saved, error -> entry.saveFailed(message(error)));
    }

    static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
