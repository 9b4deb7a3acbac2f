package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.domain.JournalEntry;
import app.microplan.store.CsvMappingStore;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.csvimport.CsvImportDialog;
import app.microplan.ui.csvimport.CsvImportViewModel;
import app.microplan.ui.journal.JournalSession;
import app.microplan.ui.journal.PlanEntry;
import app.microplan.ui.stats.JournalReviewView;
import app.microplan.ui.stats.JournalReviewViewModel;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The journal's menu items: File ▸ Import executions…, Undo last import and Export journal as CSV…, and View ▸ Journal review,
 * which puts the review (table, statistics, charts) in the main area. The review is built the first time it
 * is shown and follows the journal's plans only while it is on screen.
 */
final class JournalMenus {
    private final MainWindow window;
    private final MainViewModel vm;
    private final Stage stage;
    private final CheckMenuItem review = new CheckMenuItem(Messages.text("menu.journalReview"));
    private JournalReviewViewModel reviewModel;
    private JournalReviewView reviewView;
    private BindingScope reviewScope = new BindingScope();
    private final SessionPlaybooks playbooks;
    private ReviewTabs insights;

    private JournalMenus(MainWindow window, Stage stage, SessionPlaybooks playbooks) {
        this.window = window;
        this.vm = window.viewModel();
        this.stage = stage;
        this.playbooks = playbooks;
    }

    static void install(MainWindow window, Stage stage, SessionPlaybooks playbooks) {
        new JournalMenus(window, stage, playbooks).addItems();
    }

    private void addItems() {
        MenuItem importItem = new MenuItem(Messages.text("menu.importExecutions"));
        importItem.setId("menu-import-executions");
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importItem.setOnAction(e -> importExecutions());
        MenuItem export = new MenuItem(Messages.text("menu.exportCsv"));
        export.setId("menu-export-journal");
        export.setOnAction(e -> {
            showReview(true);
            exportShown();
        });
        MenuItem undoImport = new MenuItem(Messages.text("menu.undoImport"));
        undoImport.setId("menu-undo-import");
        undoImport.textProperty().bind(vm.undoImportTextProperty());
        undoImport.disableProperty().bind(vm.canUndoImportProperty().not());
        undoImport.setOnAction(e -> vm.undoLastImport());
        importItem.disableProperty().bind(vm.sessionProperty().isNull());
        export.disableProperty().bind(vm.sessionProperty().isNull());
        window.menus().addToFileMenu(importItem, undoImport, export);

        review.setId("menu-journal-review");
        review.setAccelerator(KeyCombination.keyCombination("Shortcut+J"));
        review.selectedProperty().addListener((obs, old, now) -> reviewShown(now));
        window.menus().addToViewMenu(review);
        vm.sessionProperty().addListener((obs, old, now) -> {
            if (review.isSelected()) {
                attach();
            }
        });
    }

    private void importExecutions() {
        JournalSession session = vm.getSession();
        if (session == null) {
            return;
        }
        vm.context().csvFileChooser().open(stage, "Import executions").ifPresent(file -> {
            CsvImportViewModel model = new CsvImportViewModel(file, new SessionImportTarget(session),
                    CsvMappingStore.in(session.folder()), vm.context().tasks(), vm.context().clock());
            CsvImportDialog.show(stage, model);
        });
    }

    /* The menu's check mark is the one switch: the menu, the accelerator and the Plans button all flip it. */
    private void showReview(boolean show) {
        review.setSelected(show);
    }

    private void reviewShown(boolean show) {
        if (!show) {
            reviewScope.close();
            if (reviewModel != null) {
                reviewModel.detach();
                insights.detach();
            }
            window.showInMainArea(null);
            return;
        }
        if (reviewView == null) {
            ZoneId zone = ZoneId.systemDefault();
            reviewModel = new JournalReviewViewModel(vm.context().tasks(), zone);
            reviewView = new JournalReviewView(zone, this::openPlan, this::exportShown, () -> showReview(false));
            insights = new ReviewTabs(reviewView, reviewModel, vm, stage, playbooks);
        }
        window.showInMainArea(reviewView);
        attach();
    }

    private void attach() {
        reviewScope.close();
        reviewScope = new BindingScope();
        if (vm.getSession() != null) {
            reviewView.bind(reviewModel, reviewScope);
            reviewModel.setUnreadable(vm.getSession().unreadablePlanFiles());
            reviewModel.breakevenBandProperty().set(vm.getSession().getSettings().breakevenBand());
            reviewScope.listen(vm.getSession().settingsProperty(),
                    (obs, old, now) -> reviewModel.breakevenBandProperty().set(now.breakevenBand()));
            reviewModel.attach(vm.getSession().entries(), PlanEntry::getPlan);
            insights.attach(vm.getSession());
        }
    }

    /** Back to the plans with the plan double-clicked in the table selected. */
    private void openPlan(JournalEntry entry) {
        JournalSession session = vm.getSession();
        if (session == null || vm.getJournal() == null) {
            return;
        }
        for (PlanEntry plan : session.entries()) {
            if (plan.id().equals(entry.id())) {
                showReview(false);
                if (!vm.getJournal().shownPlans().contains(plan)) {
                    vm.getJournal().statuses().clear();
                    vm.getJournal().searchTextProperty().set("");
                }
                vm.getJournal().select(plan);
                return;
            }
        }
    }

    private void exportShown() {
        vm.context().csvFileChooser().save(stage, "Export journal as CSV", "journal.csv")
                .ifPresent((Path file) -> reviewModel.exportCsv(reviewView.shownRows(), file));
    }
}
