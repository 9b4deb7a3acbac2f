package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.domain.Account;
import app.microplan.domain.TradePlan;
import app.microplan.store.ImportRecord;
import app.microplan.store.JournalLocation;
import app.microplan.store.Settings;
import app.microplan.ui.conflict.ConflictActions;
import app.microplan.ui.conflict.ConflictViewModel;
import app.microplan.ui.journal.ConflictState;
import app.microplan.ui.journal.JournalListViewModel;
import app.microplan.ui.journal.JournalPrefetch;
import app.microplan.ui.journal.JournalSession;
import app.microplan.ui.journal.OpenedJournal;
import app.microplan.ui.journal.PlanEntry;
import app.microplan.ui.journal.SaveState;
import app.microplan.ui.journal.SaveSummary;
import app.microplan.ui.journal.SummaryListViewModel;
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
import javafx.beans.value.ObservableValue;

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
    private final ReadOnlyObjectWrapper<SummaryListViewModel> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    /** The big journal whose plans are read once its list from the index is drawn; null when none waits. */
    private JournalLocation readPlansOncePreviewShown;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<SaveSummary> saveSummary =
            new ReadOnlyObjectWrapper<>(this, "saveSummary", SaveSummary.of(List.of()));
    private final ReadOnlyObjectWrapper<String> theme = new ReadOnlyObjectWrapper<>(this, "theme", "light");
    private final StatusOffer undoDeleteOffer;
    private final ReadOnlyObjectWrapper<Path> logFile = new ReadOnlyObjectWrapper<>(this, "logFile");
    private final ReadOnlyObjectWrapper<Path> noticeDetails = new ReadOnlyObjectWrapper<>(this, "noticeDetails");
    private final ReadOnlyObjectWrapper<ConflictViewModel> currentConflict =
            new ReadOnlyObjectWrapper<>(this, "currentConflict");
    /** The entry the current PlanViewModel edits, and the listener that re-selects it when its conflict changes. */
    private PlanEntry shownEntry;
    private final ChangeListener<ConflictState> conflictListener = (obs, old, now) -> select(shownEntry);
    private final ReadOnlyBooleanWrapper canUndoImport = new ReadOnlyBooleanWrapper(this, "canUndoImport");
    private final ReadOnlyStringWrapper undoImportText =
            new ReadOnlyStringWrapper(this, "undoImportText", Messages.text("menu.undoImport"));

    /* Held in fields so they can be removed when another journal is opened. */
    private final ChangeListener<PlanEntry> selectionListener = (obs, old, now) -> select(now);
    private final ChangeListener<Settings> settingsListener = (obs, old, now) -> settingsChanged(now);
    /* The journal re-checks the selected plan too (another plan marked ready, the equity lowered): show it. */
    private final ChangeListener<TradePlan> selectedPlanListener = (obs, old, now) -> {
        if (currentPlan.get() != null && now != null) {
            currentPlan.get().adopt(now);
        }
    };
    private PlanEntry selectedEntry;
    private final ChangeListener<SaveSummary> saveListener = (obs, old, now) -> saveSummary.set(now);
    private final ChangeListener<PlanEntry> deletedListener = (obs, old, now) -> offerUndoDelete(now);
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
        this.undoDeleteOffer = new StatusOffer(context.clock());
        // Whatever the status bar says next is a later action: the offer of the one before goes.
        notice.addListener((obs, old, now) -> undoDeleteOffer.withdraw());
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

    /** A big journal's list from its summary index while its plans are read; null otherwise. */
    public ReadOnlyObjectProperty<SummaryListViewModel> previewProperty() {
        return preview.getReadOnlyProperty();
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
        return undoDeleteOffer.openProperty();
    }

    /** The log file being written ({@code logs/} of the open journal), or null while there is none. */
    public ReadOnlyObjectProperty<Path> logFileProperty() {
        return logFile.getReadOnlyProperty();
    }

    /** The file the notice's details are in (the log, after an unexpected error), or null: the status bar's link. */
    public ReadOnlyObjectProperty<Path> noticeDetailsProperty() {
        return noticeDetails.getReadOnlyProperty();
    }

    /** The choice the selected plan waits for (another program saved or deleted it), or null. */
    public ReadOnlyObjectProperty<ConflictViewModel> currentConflictProperty() {
        return currentConflict.getReadOnlyProperty();
    }

    public ConflictViewModel getCurrentConflict() {
        return currentConflict.get();
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

    /** Reads the journal in {@code folder} in the background; the window shows progress until it is there. */
    public void openJournal(Path folder) {
        openJournal(JournalLocation.given(folder));
    }

    /**
     * Finds the journal (which may read the default folder's settings) and reads it, both in the background. A big
     * journal's list comes first from its summary index ({@link #previewProperty}) while its plans are read.
     */
    public void openJournal(JournalLocation location) {
        open(location, false);
    }

    /**
     * The app's start on a journal the window knows to be big: its list from the summary index first, and its plans
     * read once the window has drawn that list ({@link #previewShown}). Begun at once, their reading took both cores
     * from the window while it drew the list, and held the list up by a second (decision 0022).
     */
    public void openBigJournal(JournalLocation location) {
        open(location, true);
    }

    private void open(JournalLocation location, boolean plansAfterTheList) {
        if (session.get() != null) {
            session.get().saveAll();
        }
        loading.set(true);
        readPlansOncePreviewShown = null;
        say(Messages.text("main.opening", location.describe()));
        SummaryListViewModel readAlready = JournalPrefetch.listIfReadAlready(location);
        if (readAlready != null) {
            // In the frame being built: a frame of the window without it would style and lay out all but the list.
            showPreview(readAlready, location, plansAfterTheList);
        } else {
            // Made off the FX thread: sorting and filtering 100,000 summaries took 0.1-0.2 s.
            context.tasks().submit("Reading the journal's list", progress -> JournalPrefetch.list(location), list -> {
                if (list != null && loading.get()) {
                    showPreview(list, location, plansAfterTheList);
                } else if (plansAfterTheList) {
                    readPlans(location);
                }
            }, error -> {
                // Only a shortcut: reading the plans says what is wrong.
                if (plansAfterTheList) {
                    readPlans(location);
                }
            });
        }
        if (!plansAfterTheList) {
            readPlans(location);
        }
    }

    private void showPreview(SummaryListViewModel list, JournalLocation location, boolean plansAfterTheList) {
        readPlansOncePreviewShown = plansAfterTheList ? location : null;
        preview.set(list);
    }

    /** The window has drawn the journal's list from its index: the plans of a big journal at start are read now. */
    public void previewShown() {
        JournalLocation location = readPlansOncePreviewShown;
        readPlansOncePreviewShown = null;
        if (location != null) {
            readPlans(location);
        }
    }

    private void readPlans(JournalLocation location) {
        context.tasks().submit("Opening the journal", progress -> {
            progress.update(-1, 1, "Reading " + location.describe());
            OpenedJournal opened = JournalPrefetch.read(location);
            LogFile.writeInto(opened.store().folder());
            return opened;
        }, this::opened, error -> {
            preview.set(null);
            loading.set(false);
            say(Messages.text("main.openFailed", message(error)));
        });
    }

    public void newPlan() {
        undoDeleteOffer.withdraw();
        whenOpen(s -> journal.get().select(s.newPlan()));
    }

    public void duplicateSelected() {
        whenOpen(s -> {
            PlanEntry selected = journal.get().getSelected();
            if (selected != null) {
                journal.get().select(s.duplicate(selected));
                say(Messages.text("main.duplicated"));
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
            // Said first: the notice that comes after it takes the Undo delete link away (StatusOffer).
            say(Messages.text("main.trashed"));
            s.delete(selected);
            journal.get().select(shown.isEmpty() ? null : shown.get(Math.min(index, shown.size() - 1)));
        });
    }

    public void undoDelete() {
        if (!undoDeleteOffer.isOpen()) {
            return;
        }
        whenOpen(s -> {
            s.undoDelete();
            say(Messages.text("main.restored"));
        });
    }

    public void saveAll() {
        whenOpen(JournalSession::saveAll);
    }

    /** Takes the last import back as a whole; the status bar says what was undone, or why not. */
    public void undoLastImport() {
        whenOpen(s -> {
            notice.set(Messages.text("main.undoingImport"));
            s.undoLastImport(notice::set, error -> notice.set(Messages.text("main.importNotUndone", message(error))));
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

    /**
     * Quits unless that would lose work: everything waiting is saved first (and saves under way are waited for);
     * if a plan is still on no disk, or text the plan cannot hold is typed in a field, {@code questions} asks:
     * Save elsewhere… (then quit), Discard (quit), or Cancel (stay).
     */
    public void requestQuit(QuitQuestions questions, Runnable quit) {
        JournalSession s = session.get();
        if (s == null) {
            quit.run();
            return;
        }
        keepPendingInputs();
        s.saveAll();
        whenNotSaving(s, () -> decideQuit(s, questions, quit));
    }

    /**
     * Something went wrong that nobody expected: say so briefly, name the log file with the details (the status
     * bar's link opens it) and save what can be saved.
     */
    public void reportUnexpected(Throwable error) {
        Path log = logFile.get();
        say(Messages.text(log == null ? "main.unexpectedConsole" : "main.unexpectedLog", message(error)));
        noticeDetails.set(log);
        if (session.get() != null) {
            session.get().saveAll();
        }
    }

    /** Opens the file the notice names (the log) in the desktop's program for it. */
    public void openNoticeDetails() {
        if (noticeDetails.get() != null) {
            context.fileOpener().open(noticeDetails.get());
        }
    }

    // ---- Internals ----------------------------------------------------------------------------------------

    private void whenNotSaving(JournalSession s, Runnable then) {
        if (s.saveSummaryProperty().get().state() != SaveState.SAVING) {
            then.run();
            return;
        }
        s.saveSummaryProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends SaveSummary> obs, SaveSummary old, SaveSummary now) {
                if (now.state() != SaveState.SAVING) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }

    private void decideQuit(JournalSession s, QuitQuestions questions, Runnable quit) {
        UnsavedWork unsaved = UnsavedWork.in(s.entries());
        if (unsaved.isEmpty()) {
            quit.run();
            return;
        }
        switch (questions.ask(Messages.text("quit.unsavedHeading"), unsaved.details())) {
            case DISCARD -> quit.run();
            case CANCEL -> say(Messages.text("main.notQuit"));
            case SAVE_ELSEWHERE -> questions.chooseFolder().ifPresentOrElse(folder ->
                    context.tasks().submit("Saving elsewhere", p -> unsaved.saveInto(folder), written -> quit.run(),
                            error -> say(Messages.text("main.notSavedElsewhere", message(error)))),
                    () -> say(Messages.text("main.noFolder")));
        }
    }

    /** The shown plan's typed text that the plan cannot hold goes with its entry, to be shown again or asked about. */
    private void keepPendingInputs() {
        PlanViewModel vm = currentPlan.get();
        if (vm != null && shownEntry != null) {
            shownEntry.keepPendingInputs(vm.pendingInputs());
        }
    }

    private void opened(OpenedJournal opened) {
        JournalSession old = session.get();
        if (old != null) {
            detach(old);
        }
        JournalSession fresh = new JournalSession(opened, context.tasks(), context.saveDebouncer(), context.clock());
        JournalListViewModel list = new JournalListViewModel(fresh.entries());
        fresh.settingsProperty().addListener(settingsListener);
        fresh.saveSummaryProperty().addListener(saveListener);
        fresh.lastDeletedProperty().addListener(deletedListener);
        fresh.restoredEntryProperty().addListener(restoredListener);
        fresh.lastImportProperty().addListener(importListener);
        fresh.replacedOnDiskProperty().addListener(replacedListener);
        list.selectedProperty().addListener(selectionListener);
        theme.set(fresh.getSettings().theme());
        logFile.set(LogFile.current().orElse(null));
        saveSummary.set(fresh.saveSummaryProperty().get());
        SummaryListViewModel shownBefore = preview.get();
        if (shownBefore != null) {
            shownBefore.carryFilterTo(list);
        }
        session.set(fresh);
        journal.set(list);
        loading.set(false);
        int count = fresh.entries().size();
        say((count == 0 ? Messages.text("main.newJournal", fresh.folder())
                : Messages.text("main.plansIn", count, fresh.folder()))
                + OpeningNotes.of(fresh.conflictCount(), fresh.leftoversRemoved()));
        if (shownBefore != null) {
            preview.set(null);
            shownBefore.carrySelectionTo(list);
        } else if (!list.shownPlans().isEmpty()) {
            list.select(list.shownPlans().get(0));
        }
        fresh.findLastImport();
    }

    private void lastImportChanged(ImportRecord record) {
        canUndoImport.set(record != null);
        undoImportText.set(record == null ? Messages.text("menu.undoImport") : Messages.text("main.undoImportOf", record.file()));
    }

    /* An import (or its undo) rewrote plans on disk: the selected one is shown afresh, not edited from old state. */
    private void replacedOnDisk(Set<String> ids) {
        PlanEntry selected = journal.get() == null ? null : journal.get().getSelected();
        if (selected != null && ids.contains(selected.id())) {
            select(selected);
        }
    }

    private void detach(JournalSession old) {
        keepPendingInputs();
        if (shownEntry != null) {
            shownEntry.conflictProperty().removeListener(conflictListener);
            shownEntry = null;
        }
        currentConflict.set(null);
        old.settingsProperty().removeListener(settingsListener);
        old.saveSummaryProperty().removeListener(saveListener);
        old.lastDeletedProperty().removeListener(deletedListener);
        old.restoredEntryProperty().removeListener(restoredListener);
        old.lastImportProperty().removeListener(importListener);
        old.replacedOnDiskProperty().removeListener(replacedListener);
        journal.get().selectedProperty().removeListener(selectionListener);
        unwatchSelectedEntry();
        currentPlan.set(null);
    }

    private void unwatchSelectedEntry() {
        if (selectedEntry != null) {
            selectedEntry.planProperty().removeListener(selectedPlanListener);
            selectedEntry = null;
        }
    }

    /**
     * A new PlanViewModel for the selected plan; the old one is dropped with nothing left pointing at it (its typed
     * text the plan cannot hold stays with its entry). A plan waiting for a conflict choice is shown, not edited.
     */
    private void select(PlanEntry entry) {
        keepPendingInputs();
        if (shownEntry != null) {
            shownEntry.conflictProperty().removeListener(conflictListener);
        }
        shownEntry = entry;
        JournalSession s = session.get();
        unwatchSelectedEntry();
        if (entry == null || s == null) {
            currentConflict.set(null);
            currentPlan.set(null);
            return;
        }
        entry.conflictProperty().addListener(conflictListener);
        ConflictState conflict = entry.getConflict();
        PlanViewModel vm = new PlanViewModel(entry.getPlan(), entry.isReadOnly() || conflict != null,
                context.numbers(), context.clock(), s, accountNames(s.getSettings()),
                plan -> s.planEdited(entry, plan));
        vm.refreshAccount(s.getSettings().policy(), accountNames(s.getSettings()));
        vm.restorePendingInputs(entry.pendingInputs());
        if (conflict != null && !entry.isReadOnly()) {
            vm.explainReadOnly(Messages.text(conflict.isDeletedElsewhere() ? "main.keepOrLetGo" : "main.chooseVersion"));
        }
        currentConflict.set(conflict == null ? null : conflictModel(s, entry, conflict));
        selectedEntry = entry;
        entry.planProperty().addListener(selectedPlanListener);
        currentPlan.set(vm);
    }

    private ConflictViewModel conflictModel(JournalSession s, PlanEntry entry, ConflictState state) {
        ConflictActions actions = new ConflictActions() {
            @Override
            public void keepMine() {
                s.keepMine(entry);
                say(Messages.text(state.isDeletedElsewhere() ? "main.keptAgain" : "main.yoursKept"));
            }

            @Override
            public void keepTheirs() {
                s.keepTheirs(entry);
                say(Messages.text(state.isDeletedElsewhere() ? "main.noLongerListed" : "main.otherKept"));
            }

            @Override
            public void keepBoth() {
                s.keepBoth(entry);
                say(Messages.text("main.bothKept"));
            }
        };
        return state.isDeletedElsewhere() ? ConflictViewModel.deleted(actions)
                : ConflictViewModel.conflict(entry.getPlan(), state.theirs(),
                        state.conflict().file().getFileName().toString(), actions);
    }

    /** The journal re-checked every plan already; the shown plan takes the new accounts and risk limit. */
    private void settingsChanged(Settings settings) {
        PlanViewModel vm = currentPlan.get();
        if (vm != null) {
            vm.settingsChanged(settings.policy(), accountNames(settings));
        }
    }

    /** The cool-down's time left is worked out again as time passes. */
    public void clockTicked() {
        undoDeleteOffer.tick();
        PlanViewModel vm = currentPlan.get();
        if (vm != null) {
            vm.clockTicked();
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

    /** A new notice; it names no file unless the caller says so. */
    private void offerUndoDelete(PlanEntry deleted) {
        undoDeleteOffer.offer(deleted != null);
    }

    private void say(String text) {
        noticeDetails.set(null);
        notice.set(text);
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
