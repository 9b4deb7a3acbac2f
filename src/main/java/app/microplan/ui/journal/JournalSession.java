package app.microplan.ui.journal;

import app.microplan.ui.plan.AccountSource;
import app.microplan.domain.Account;
import app.microplan.domain.AccountBook;
import app.microplan.domain.AccountOnlyRefresh;
import app.microplan.domain.AccountRecheck;
import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.PlanChanges;
import app.microplan.domain.ChecklistItem;
import app.microplan.domain.ContractCatalog;
import app.microplan.domain.ImportProposal;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.store.DeletedElsewhereException;
import app.microplan.store.ExecutionCsvMapping;
import app.microplan.store.ExecutionImport;
import app.microplan.store.ImportRecord;
import app.microplan.store.JournalImports;
import app.microplan.store.JournalStore;
import app.microplan.store.StoreException;
import app.microplan.store.LoadedPlan;
import app.microplan.store.PlanConflict;
import app.microplan.store.SaveConflictException;
import app.microplan.store.Settings;
import app.microplan.store.StoreException;
import app.microplan.ui.common.Debouncer;
import app.microplan.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
public final class JournalSession implements AccountSource {
    private final JournalStore store;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final Clock clock;
    private final ObservableList<PlanEntry> entries =
            FXCollections.observableArrayList(e -> new Observable[] {e.planProperty(), e.saveStateProperty(),
                e.conflictProperty()});
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SaveSummary> saveSummary =
            new ReadOnlyObjectWrapper<>(this, "saveSummary", SaveSummary.of(List.of()));
    private final ReadOnlyObjectWrapper<PlanEntry> lastDeleted = new ReadOnlyObjectWrapper<>(this, "lastDeleted");
    private final ReadOnlyObjectWrapper<PlanEntry> restoredEntry = new ReadOnlyObjectWrapper<>(this, "restoredEntry");
    private final ReadOnlyObjectWrapper<ImportRecord> lastImport = new ReadOnlyObjectWrapper<>(this, "lastImport");
    private final ReadOnlyObjectWrapper<ReplacedPlans> replacedOnDisk =
            new ReadOnlyObjectWrapper<>(this, "replacedOnDisk", new ReplacedPlans(0, Set.of()));
    private boolean settingsWritable;
    private final List<String> unreadablePlanFiles;
    private final int leftoversRemoved;

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
        unreadablePlanFiles = opened.load().problems().stream().map(p -> p.file().getFileName().toString()).toList();
        leftoversRemoved = opened.leftoversRemoved();
        for (PlanConflict conflict : opened.conflicts()) {
            findEntry(conflict.planId()).ifPresentOrElse(e -> e.showConflict(new ConflictState(conflict, e.getPlan())),
                    () -> problems.add(conflict.file().getFileName() + ": your version of plan " + conflict.planId()
                            + ", whose own file is not in the journal (deleted or unreadable); it is left as it is."));
        }
        entries.addListener((Observable o) -> saveSummary.set(SaveSummary.of(entries)));
        // Plan files may have changed on disk, and the settings with them: ready means ready now.
        recheck("", plan -> true);
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

    /** Plan files that could not be read when the journal opened: the statistics do not count them. */
    public List<String> unreadablePlanFiles() {
        return unreadablePlanFiles;
    }

    /** Temporary files of interrupted saves removed when the journal opened. */
    public int leftoversRemoved() {
        return leftoversRemoved;
    }

    /** Plans waiting for the trader to choose between their version and another program's. */
    public long conflictCount() {
        return entries.stream().filter(e -> e.getConflict() != null).count();
    }

    public ReadOnlyObjectProperty<SaveSummary> saveSummaryProperty() {
        return saveSummary.getReadOnlyProperty();
    }

    /** The plan that Undo delete brings back, or null. */
    public ReadOnlyObjectProperty<PlanEntry> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    /**
     * What the plan may know of its account now: the equity, the margin and risk the account's other READY and
     * OPEN plans hold, today's realized loss and any cool-down, with the account's limits.
     */
    @Override
    public AccountSnapshot snapshotFor(String planId, String accountName) {
        Account account = settings.get().accountNamedOrNull(accountName);
        if (account == null) {
            account = entries.stream().map(PlanEntry::getPlan).filter(p -> p.id().equals(planId)
                    && p.account().accountName().equals(accountName)).findFirst()
                    .map(p -> AccountRecheck.accountOf(p, name -> null)).orElse(settings.get().account(accountName));
        }
        return AccountBook.of(account, plans(), clock).snapshotFor(planId);
    }

    @Override
    public Account account(String accountName) {
        return settings.get().account(accountName);
    }

    /** The plans as they are now (read-only ones left out: an import never writes them). */
    public List<TradePlan> editablePlans() {
        return entries.stream().filter(e -> !e.isReadOnly()).map(PlanEntry::getPlan).toList();
    }

    /** The trader's contracts laid over the presets; reads {@code contracts.json}, so not on the FX thread. */
    public ContractCatalog readCatalog() throws StoreException {
        return new ContractCatalog(store.loadContracts());
    }

    /** The import Undo import undoes, or null. */
    public ReadOnlyObjectProperty<ImportRecord> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    /**
     * The plans an import or its undo just replaced on disk (the window shows them afresh); numbered, so the same
     * plans replaced twice still tell.
     */
    public record ReplacedPlans(long serial, Set<String> ids) {
    }

    public ReadOnlyObjectProperty<ReplacedPlans> replacedOnDiskProperty() {
        return replacedOnDisk.getReadOnlyProperty();
    }

    private void replaced(Set<String> ids) {
        replacedOnDisk.set(new ReplacedPlans(replacedOnDisk.get().serial() + 1, Set.copyOf(ids)));
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /**
     * Writes an import into the journal (off the FX thread, after every waiting save), then shows its plans. Refused
     * when a plan it changes was edited after the preview was worked out: the preview would no longer be true.
     */
    public void applyImport(ExecutionImport result, ExecutionCsvMapping mapping, Consumer<ImportRecord> done,
                            Consumer<Throwable> failed) {
        for (ImportProposal.PlanUpdate update : result.proposal().updates()) {
            PlanEntry entry = entryOf(update.before().id());
            if (entry == null || entry.getPlan() != update.before()) {
                failed.accept(new IllegalStateException("a plan changed since the preview; read the file again"));
                return;
            }
        }
        saveAll();
        Instant now = clock.instant();
        tasks.submit("Importing " + result.file().getFileName(), p -> result.writeTo(store, mapping, now), record -> {
            Set<String> replaced = new HashSet<>();
            for (ImportProposal.PlanUpdate update : result.proposal().updates()) {
                entryOf(update.before().id()).replacedOnDisk(update.after());
                replaced.add(update.before().id());
            }
            for (TradePlan added : result.proposal().unplanned()) {
                entries.add(new PlanEntry(added, false));
            }
            lastImport.set(record);
            replaced(replaced);
            done.accept(record);
        }, failed);
    }

    /** Undoes the last import as a whole: its plans back as they were, its unplanned trades gone. */
    public void undoLastImport(Consumer<String> done, Consumer<Throwable> failed) {
        ImportRecord record = lastImport.get();
        if (record == null) {
            return;
        }
        saveAll();
        tasks.submit("Undoing the import of " + record.file(), p -> {
            JournalImports imports = JournalImports.of(store);
            JournalImports.Undone undone = imports.undo(record.id());
            return new UndoneImport(undone, imports.last().orElse(null));
        }, result -> {
            Set<String> replaced = new HashSet<>();
            for (TradePlan plan : result.undone().restored()) {
                PlanEntry entry = entryOf(plan.id());
                if (entry != null) {
                    entry.replacedOnDisk(plan);
                    replaced.add(plan.id());
                }
            }
            entries.removeIf(e -> result.undone().removed().contains(e.id()));
            lastImport.set(result.previous());
            replaced(replaced);
            done.accept("Import of " + record.file() + " undone: " + record.summary() + ".");
        }, failed);
    }

    private record UndoneImport(JournalImports.Undone undone, ImportRecord previous) {
    }

    /** Reads which import is the last one on record (the Undo import menu item names it). */
    public void findLastImport() {
        tasks.submit("Reading the imports", p -> JournalImports.of(store).last(), found -> lastImport.set(found.orElse(null)),
                error -> problems.add(message(error)));
    }

    private PlanEntry entryOf(String id) {
        for (PlanEntry entry : entries) {
            if (entry.id().equals(id)) {
                return entry;
            }
        }
        return null;
    }

    /** A new DRAFT sized against the active account with the trader's defaults; saved at once. */
    public PlanEntry newPlan() {
        return newPlan(UnaryOperator.identity());
    }

    /** A new DRAFT shaped by {@code start} (say, a playbook's rules) before it is first saved. */
    public PlanEntry newPlan(UnaryOperator<TradePlan> start) {
        Settings current = settings.get();
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        TradeSetup starting = TradeSetup.builder().build();
        TradeSetup setup = starting.toBuilder().leverage(current.defaultLeverage())
                .contract(current.account(current.activeAccount()).feesOn(starting.contract())).build();
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

    /**
     * The plan as edited: shown at once, saved after the quiet spell. When the edit changes what the plan holds
     * in its account (marked ready, entered, closed, its numbers while it holds margin), the account's other
     * plans are checked again.
     */
    public void planEdited(PlanEntry entry, TradePlan edited) {
        if (entry.isReadOnly() || entry.getPlan() == edited) {
            return;
        }
        TradePlan before = entry.getPlan();
        entry.edited(edited);
        debouncer.schedule(entry.id(), () -> save(entry));
        if (mattersToAccount(before, edited)) {
            Set<String> accounts = new HashSet<>(List.of(before.account().accountName(), edited.account().accountName()));
            recheck(PlanChanges.asTrigger(before, edited),
                    p -> !p.id().equals(edited.id()) && accounts.contains(p.account().accountName()));
        }
    }

    /**
     * Checks the DRAFT and READY plans {@code which} selects against their accounts now ({@link AccountRecheck});
     * those that changed are shown at once and saved: a READY plan that no longer holds becomes a DRAFT, with
     * the reason ({@code trigger}, or the change found in its account) in its history.
     */
    public void recheck(String trigger, Predicate<TradePlan> which) {
        Map<String, PlanEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        Map<String, TradePlan> changed = AccountRecheck.recheck(plans(), settings.get()::accountNamedOrNull,
                settings.get().policy(), trigger, clock, p -> which.test(p) && !byId.get(p.id()).isReadOnly());
        changed.forEach((id, plan) -> {
            PlanEntry entry = byId.get(id);
            if (entry.getSaveState() == SaveState.SAVED && AccountOnlyRefresh.isAccountOnly(entry.getPlan(), plan)) {
                entry.refreshed(plan);
                return;
            }
            entry.edited(plan);
            debouncer.schedule(id, () -> save(entry));
        });
    }

    private static boolean mattersToAccount(TradePlan before, TradePlan after) {
        if (before.status() != after.status() || !Objects.equals(before.execution(), after.execution())) {
            return true;
        }
        boolean holds = before.status().holdsMargin() || after.status().holdsMargin();
        return holds && (!before.setup().sameNumbersAs(after.setup())
                || !before.account().accountName().equals(after.account().accountName()));
    }

    private List<TradePlan> plans() {
        return entries.stream().map(PlanEntry::getPlan).toList();
    }

    /** Moves the plan to the journal's trash; {@link #undoDelete} brings it back. */
    public void delete(PlanEntry entry) {
        if (entry.getSaveState() != SaveState.SAVED && !entry.isReadOnly()) {
            save(entry);
        }
        entry.setRemoved(true);
        entries.remove(entry);
        TradePlan deleted = entry.getPlan();
        recheck(PlanChanges.name(deleted) + " deleted",
                p -> p.account().accountName().equals(deleted.account().accountName()));
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
            recheck(PlanChanges.name(restored) + " restored", p -> !p.id().equals(restored.id())
                    && p.account().accountName().equals(restored.account().accountName()));
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

    /**
     * New preferences: shown at once, written in the background, and every DRAFT and READY plan checked again
     * (a lower equity, cap or limit can take a READY plan back to draft, with what changed in its reason).
     */
    public void updateSettings(Settings updated) {
        Settings before = settings.get();
        settings.set(updated);
        settingsWritable = true;
        saveSettings();
        if (!before.accounts().equals(updated.accounts()) || !before.policy().equals(updated.policy())) {
            recheck("", plan -> true);
        }
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
        if (entry.isRemoved() || entry.isReadOnly() || entry.getSaveState() == SaveState.SAVED
                || entry.getConflict() != null && entry.getConflict().isDeletedElsewhere()) {
            return;
        }
        TradePlan snapshot = entry.getPlan();
        entry.savingStarted();
        tasks.submit("Saving plan", p -> {
            try {
                store.savePlan(snapshot);
                return (ConflictState) null;
            } catch (SaveConflictException e) {
                return new ConflictState(new PlanConflict(e.conflictFile(), snapshot), theirs(e.file()));
            } catch (DeletedElsewhereException e) {
                return ConflictState.deletedElsewhere();
            }
        }, conflict -> {
            if (conflict == null) {
                entry.saved(snapshot);
            } else {
                entry.saveFailed(conflict.isDeletedElsewhere() ? DELETED_ELSEWHERE : SAVED_ELSEWHERE);
                entry.setConflict(conflict);
            }
        }, error -> entry.saveFailed(message(error)));
    }

    private static TradePlan theirs(Path file) {
        try {
            return JournalStore.readPlanFile(file).plan();
        } catch (StoreException e) {
            return null;
        }
    }

    // ---- Choosing after a conflict ------------------------------------------------------------------------

    /** Keep mine: the version shown replaces the other program's (which stays in the file's backup). */
    public void keepMine(PlanEntry entry) {
        ConflictState state = entry.getConflict();
        if (state == null) {
            return;
        }
        TradePlan mine = entry.getPlan();
        PlanConflict conflict = state.isDeletedElsewhere() ? null : new PlanConflict(state.conflict().file(), mine);
        tasks.submit("Keeping your version", p -> {
            if (conflict == null) {
                store.savePlanOverConflict(mine);
            } else {
                store.keepMine(conflict);
            }
            return mine;
        }, saved -> {
            entry.setConflict(null);
            entry.saved(saved);
        }, error -> problems.add(message(error)));
    }

    /**
     * Keep theirs: the other program's version is shown and saved on; the trader's goes to the trash. For a plan
     * deleted elsewhere, "theirs" is the deletion: the plan leaves the list (nothing is deleted here).
     */
    public void keepTheirs(PlanEntry entry) {
        ConflictState state = entry.getConflict();
        if (state == null) {
            return;
        }
        if (state.isDeletedElsewhere()) {
            entry.setRemoved(true);
            entries.remove(entry);
            return;
        }
        PlanConflict conflict = state.conflict();
        tasks.submit("Keeping the other version", p -> store.keepTheirs(conflict), theirs -> {
            if (theirs.isPresent()) {
                entry.replacedBy(theirs.get().plan());
            } else {
                entry.setRemoved(true);
                entries.remove(entry);
            }
        }, error -> problems.add(message(error)));
    }

    /** Keep both: the other program's version stays this plan; the trader's becomes a new draft beside it. */
    public PlanEntry keepBoth(PlanEntry entry) {
        ConflictState state = entry.getConflict();
        if (state == null || state.isDeletedElsewhere()) {
            return null;
        }
        TradePlan mine = entry.getPlan();
        PlanEntry copy = addAndSave(asNewDraft(mine));
        keepTheirs(entry);
        return copy;
    }

    private TradePlan asNewDraft(TradePlan plan) {
        Instant now = clock.instant();
        return plan.toBuilder().id(UUID.randomUUID().toString()).createdAt(now).updatedAt(now)
                .status(PlanStatus.DRAFT).execution(null).review(null).build();
    }

    static final String SAVED_ELSEWHERE = "Another version was saved by another program: choose which to keep";
    static final String DELETED_ELSEWHERE = "The plan was deleted by another program: keep it or let it go";

    private java.util.Optional<PlanEntry> findEntry(String planId) {
        return java.util.Optional.ofNullable(entryOf(planId));
    }

    static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
