package app.microplan.ui.shell;

import app.microplan.domain.Account;
import app.microplan.store.ImportRecord;
import app.microplan.store.Settings;
import app.microplan.ui.journal.JournalListViewModel;
import app.microplan.ui.journal.JournalPrefetch;
import app.microplan.ui.journal.JournalSession;
import app.microplan.ui.journal.OpenedJournal;
import app.microplan.ui.journal.PlanEntry;
import app.microplan.ui.journal.SaveSummary;
import app.microplan.ui.plan.PlanViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;

/**
 * The window's state: which journal is open, which plan is selected (and its one PlanViewModel), the save
 * indicator, and the commands of the menus. Knows no Node.
 */
public final class MainViewModel {
    private final AppContext context;
    private final ReadOnlyObjectWrapper<JournalSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<JournalListViewModel> journal = new ReadOnlyObjectWrapper<>(this, "journal");
    private final ReadOnlyObjectWrapper<PlanViewModel> currentPlan = new ReadOnlyObjectWrapper<>(this, "currentPlan");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<SaveSummary> saveSummary =
            new ReadOnlyObjectWrapper<>(this, "saveSummary", SaveSummary.of(List.of()));
    private final ReadOnlyObjectWrapper<String> theme = new ReadOnlyObjectWrapper<>(this, "theme", "light");
    private final ReadOnlyBooleanWrapper canUndoDelete = new ReadOnlyBooleanWrapper(this, "canUndoDelete");
    private final ReadOnlyBooleanWrapper canUndoImport = new ReadOnlyBooleanWrapper(this, "canUndoImport");
    private final ReadOnlyStringWrapper undoImportText =
            new ReadOnlyStringWrapper(this, "undoImportText", "Undo last import");

    /* Held in fields so they can be removed when another journal is opened. */
    private final ChangeListener<PlanEntry> selectionListener = (obs, old, now) -> select(now);
    private final ListChangeListener<PlanEntry> otherPlansListener = this::otherPlansChanged;
    private final ChangeListener<Settings> settingsListener = (obs, old, now) -> settingsChanged(now);
    private final ChangeListener<SaveSummary> saveListener = (obs, old, now) -> saveSummary.set(now);
    private final ChangeListener<PlanEntry> deletedListener = (obs, old, now) -> canUndoDelete.set(now != null);
    private final ChangeListener<ImportRecord> importListener = (obs, old, now) -> lastImportChanged(now);
    private final ChangeListener<JournalSession.ReplacedPlans> replacedListener =
            (obs, old, now) -> replacedOnDisk(now.ids());
    private final ChangeListener<PlanEntry> restoredListener = (obs, old, now) -> {
        if (now != null && journal.get() != null) {
            journal.get().select(now);
        }
    };

    public MainViewModel(AppContext context) {
        this.context = context;
    }

    public AppContext context() {
        return context;
    }

    // ---- Properties ---------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<JournalSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public JournalSession getSession() {
        return session.get();
    }

    public ReadOnlyObjectProperty<JournalListViewModel> journalProperty() {
        return journal.getReadOnlyProperty();
    }

    public JournalListViewModel getJournal() {
        return journal.get();
    }

    /** The selected plan's one view model, shared by every plan panel; null when nothing is selected. */
    public ReadOnlyObjectProperty<PlanViewModel> currentPlanProperty() {
        return currentPlan.getReadOnlyProperty();
    }

    public PlanViewModel getCurrentPlan() {
        return currentPlan.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A short message for the status bar: what just happened, or what went wrong, in words. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveSummary> saveSummaryProperty() {
        return saveSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoDeleteProperty() {
        return canUndoDelete.getReadOnlyProperty();
    }

    /** There is an import on record that Undo last import takes back. */
    public ReadOnlyBooleanProperty canUndoImportProperty() {
        return canUndoImport.getReadOnlyProperty();
    }

    /** "Undo import of bybit.csv" — the menu item names the import it undoes. */
    public ReadOnlyStringProperty undoImportTextProperty() {
        return undoImportText.getReadOnlyProperty();
    }

    // ---- Commands -----------------------------------------------------------------------------------------

    /** Reads the journal in the background; the window shows progress until it is there. */
    public void openJournal(Path folder) {
        if (session.get() != null) {
            session.get().saveAll();
        }
        loading.set(true);
        notice.set("Opening " + folder + "…");
        context.tasks().submit("Opening the journal", progress -> {
            progress.update(-1, 1, "Reading " + folder);
            return JournalPrefetch.read(folder);
        }, this::opened, error -> {
            loading.set(false);
            notice.set("The journal could not be opened: " + message(error));
        });
    }

    public void newPlan() {
        whenOpen(s -> journal.get().select(s.newPlan()));
    }

    public void duplicateSelected() {
        whenOpen(s -> {
            PlanEntry selected = journal.get().getSelected();
            if (selected != null) {
                journal.get().select(s.duplicate(selected));
                notice.set("Duplicated as a new draft.");
            }
        });
    }

    /** Moves the selected plan to the journal's trash; Undo delete brings it back. */
    public void deleteSelected() {
        whenOpen(s -> {
            PlanEntry selected = journal.get().getSelected();
            if (selected == null) {
                return;
            }
            List<PlanEntry> shown = journal.get().shownPlans();
            int index = shown.indexOf(selected);
            s.delete(selected);
            journal.get().select(shown.isEmpty() ? null : shown.get(Math.min(index, shown.size() - 1)));
            notice.set("Plan moved to the trash.");
        });
    }

    public void undoDelete() {
        whenOpen(s -> {
            s.undoDelete();
            notice.set("Plan restored.");
        });
    }

    public void saveAll() {
        whenOpen(JournalSession::saveAll);
    }

    /** Takes the last import back as a whole; the status bar says what was undone, or why not. */
    public void undoLastImport() {
        whenOpen(s -> {
            notice.set("Undoing the import…");
            s.undoLastImport(notice::set, error -> notice.set("The import was not undone: " + message(error)));
        });
    }

    public void updateSettings(Settings settings) {
        whenOpen(s -> s.updateSettings(settings));
        theme.set(settings.theme());
    }

    public void setTheme(String value) {
        theme.set(value);
        whenOpen(s -> {
            Settings now = s.getSettings();
            if (!value.equals(now.theme())) {
                s.updateSettings(now.withTheme(value));
            }
        });
    }

    /** The folder the last checklist was exported to, kept in the journal's settings. */
    public Optional<Path> lastExportFolder() {
        JournalSession open = session.get();
        String folder = open == null ? null : open.getSettings().lastExportFolder();
        return folder == null ? Optional.empty() : Optional.of(Path.of(folder));
    }

    public void rememberExportFolder(Path folder) {
        whenOpen(s -> s.updateSettings(s.getSettings().withLastExportFolder(folder.toString())));
    }

    /** Something went wrong that nobody expected: say so briefly and save what can be saved. */
    public void reportUnexpected(Throwable error) {
        notice.set("Something went wrong (" + message(error) + "). Your plans are kept; details are in the log.");
        if (session.get() != null) {
            session.get().saveAll();
        }
    }

    // ---- Internals ----------------------------------------------------------------------------------------

    private void opened(OpenedJournal opened) {
        JournalSession old = session.get();
        if (old != null) {
            detach(old);
        }
        JournalSession fresh = new JournalSession(opened, context.tasks(), context.saveDebouncer(), context.clock());
        JournalListViewModel list = new JournalListViewModel(fresh.entries());
        fresh.entries().addListener(otherPlansListener);
        fresh.settingsProperty().addListener(settingsListener);
        fresh.saveSummaryProperty().addListener(saveListener);
        fresh.lastDeletedProperty().addListener(deletedListener);
        fresh.restoredEntryProperty().addListener(restoredListener);
        fresh.lastImportProperty().addListener(importListener);
        fresh.replacedOnDiskProperty().addListener(replacedListener);
        list.selectedProperty().addListener(selectionListener);
        theme.set(fresh.getSettings().theme());
        saveSummary.set(fresh.saveSummaryProperty().get());
        session.set(fresh);
        journal.set(list);
        loading.set(false);
        int count = fresh.entries().size();
        notice.set(count == 0 ? "New journal in " + fresh.folder() : count + (count == 1 ? " plan" : " plans") + " in "
                + fresh.folder());
        if (!list.shownPlans().isEmpty()) {
            list.select(list.shownPlans().get(0));
        }
        fresh.findLastImport();
    }

    private void lastImportChanged(ImportRecord record) {
        canUndoImport.set(record != null);
        undoImportText.set(record == null ? "Undo last import" : "Undo import of " + record.file());
    }

    /* An import (or its undo) rewrote plans on disk: the selected one is shown afresh, not edited from old state. */
    private void replacedOnDisk(Set<String> ids) {
        PlanEntry selected = journal.get() == null ? null : journal.get().getSelected();
        if (selected != null && ids.contains(selected.id())) {
            select(selected);
        }
    }

    private void detach(JournalSession old) {
        old.entries().removeListener(otherPlansListener);
        old.settingsProperty().removeListener(settingsListener);
        old.saveSummaryProperty().removeListener(saveListener);
        old.lastDeletedProperty().removeListener(deletedListener);
        old.restoredEntryProperty().removeListener(restoredListener);
        old.lastImportProperty().removeListener(importListener);
        old.replacedOnDiskProperty().removeListener(replacedListener);
        journal.get().selectedProperty().removeListener(selectionListener);
        currentPlan.set(null);
    }

    /** A new PlanViewModel for the selected plan; the old one is dropped with nothing left pointing at it. */
    private void select(PlanEntry entry) {
        JournalSession s = session.get();
        if (entry == null || s == null) {
            currentPlan.set(null);
            return;
        }
        PlanViewModel vm = new PlanViewModel(entry.getPlan(), entry.isReadOnly(), context.numbers(), context.clock(),
                s::snapshotFor, accountNames(s.getSettings()), plan -> s.planEdited(entry, plan));
        vm.refreshAccount(s.getSettings().policy(), accountNames(s.getSettings()));
        currentPlan.set(vm);
    }

    private void otherPlansChanged(ListChangeListener.Change<? extends PlanEntry> change) {
        PlanViewModel vm = currentPlan.get();
        PlanEntry selected = journal.get() == null ? null : journal.get().getSelected();
        boolean others = false;
        while (change.next()) {
            if (change.wasUpdated()) {
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    others |= change.getList().get(i) != selected;
                }
            } else {
                others = true;
            }
        }
        if (vm != null && others) {
            vm.refreshAccount(session.get().getSettings().policy(), accountNames(session.get().getSettings()));
        }
    }

    private void settingsChanged(Settings settings) {
        PlanViewModel vm = currentPlan.get();
        if (vm != null) {
            vm.refreshAccount(settings.policy(), accountNames(settings));
        }
    }

    private static List<String> accountNames(Settings settings) {
        return settings.accounts().stream().map(Account::name).toList();
    }

    private void whenOpen(java.util.function.Consumer<JournalSession> action) {
        if (session.get() != null) {
            action.accept(session.get());
        }
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
