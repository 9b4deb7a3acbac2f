package app.microplan.ui.shell;

import app.microplan.store.Settings;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Styling;
import app.microplan.ui.journal.JournalActions;
import app.microplan.ui.journal.JournalListView;
import app.microplan.ui.settings.PreferencesDialog;
import app.microplan.ui.settings.PreferencesViewModel;
import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/**
 * The main window: menus, the journal on the left, the selected plan on the right, the status bar. Built from
 * an {@link AppContext}, so tests open it on a temporary journal with synchronous saving.
 */
public final class MainWindow {
    private static final String[] STYLESHEETS = {"shell/shell.css", "journal/journal.css", "plan/plan.css",
        "sizing/sizing.css", "gauge/gauge.css", "rules/rules.css", "review/review.css", "stats/stats.css"};
    private final MainViewModel vm;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final JournalListView journal;
    private final PlanArea planArea;
    private final AppMenus menus;
    private final SplitPane split;
    private final Scene scene;
    private BindingScope journalScope = new BindingScope();

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.vm = new MainViewModel(context);
        journal = new JournalListView(new JournalActions() {
            @Override
            public void newPlan() {
                vm.newPlan();
            }

            @Override
            public void duplicateSelected() {
                vm.duplicateSelected();
            }

            @Override
            public void deleteSelected() {
                vm.deleteSelected();
            }
        });
        planArea = new PlanArea(vm::newPlan);
        menus = new AppMenus(vm, new WindowActions());
        menus.addToFileMenu(ChecklistMenuItems.create(vm, stage));
        split = new SplitPane(journal, planArea);
        split.getStyleClass().add("main-split");
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(journal, false);
        root.setTop(menus.bar());
        root.setCenter(split);
        root.setBottom(new StatusBarView(vm));
        root.getStyleClass().add("main-window");
        scene = new Scene(root, 1440, 900);
        // One set of stylesheets for the whole scene: JavaFX caches styles per set, so per-view sheets cost more.
        for (String layer : STYLESHEETS) {
            scene.getStylesheets().add(Styling.class.getResource("/app/microplan/ui/" + layer).toExternalForm());
        }
        ThemeManager.apply(vm.themeProperty().get(), scene);
        vm.themeProperty().addListener((obs, old, now) -> ThemeManager.apply(now, scene));
        vm.currentPlanProperty().addListener((obs, old, now) -> planArea.show(now));
        vm.journalProperty().addListener((obs, old, now) -> bindJournal());
        vm.loadingProperty().addListener((obs, old, now) -> journal.showLoading(now));
        stage.setTitle("Microplan");
        stage.setMinWidth(1100);
        stage.setMinHeight(700);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> vm.saveAll());
        JournalMenus.install(this, stage);
        journal.showLoading(true);
        vm.openJournal(context.journalFolder());
    }

    private void bindJournal() {
        journalScope.close();
        journalScope = new BindingScope();
        if (vm.getJournal() != null) {
            journal.bind(vm.getJournal(), vm.getSession(), journalScope);
            stage.setTitle("Microplan — " + vm.getSession().folder().getFileName());
        }
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public Scene scene() {
        return scene;
    }

    public PlanArea planArea() {
        return planArea;
    }

    /** Puts {@code view} in the main area in place of the journal and the plan; null brings those back. */
    public void showInMainArea(Node view) {
        root.setCenter(view == null ? split : view);
    }

    /** Where other features add their File items (Export checklist…, Print…). */
    public AppMenus menus() {
        return menus;
    }

    /** The menus' window-level actions: dialogs that need the stage. */
    private final class WindowActions implements AppMenus.WindowActions {
        @Override
        public void openJournalFolder() {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open journal folder");
            if (vm.getSession() != null) {
                File current = vm.getSession().folder().toFile();
                chooser.setInitialDirectory(current.isDirectory() ? current : null);
            }
            File chosen = chooser.showDialog(stage);
            if (chosen != null) {
                vm.openJournal(chosen.toPath());
            }
        }

        @Override
        public void preferences() {
            if (vm.getSession() == null) {
                return;
            }
            Settings settings = vm.getSession().getSettings();
            Path folder = vm.getSession().folder();
            PreferencesDialog dialog = new PreferencesDialog(stage,
                    new PreferencesViewModel(settings, vm.context().numbers()), folder, this::openJournalFolder);
            dialog.showAndWait().ifPresent(vm::updateSettings);
        }

        @Override
        public void about() {
            HelpDialogs.about(stage);
        }

        @Override
        public void shortcuts() {
            HelpDialogs.shortcuts(stage);
        }

        @Override
        public void quit() {
            vm.saveAll();
            stage.close();
            Platform.exit();
        }

        @Override
        public void focusSearch() {
            journal.lookup("#journal-search").requestFocus();
        }
    }
}
