package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.store.Settings;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.Styling;
import app.microplan.ui.journal.JournalActions;
import app.microplan.ui.journal.JournalListView;
import app.microplan.ui.journal.JournalPrefetch;
import app.microplan.ui.journal.SummaryListViewModel;
import app.microplan.ui.settings.PreferencesDialog;
import app.microplan.ui.settings.PreferencesViewModel;
import java.io.File;
import java.nio.file.Path;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The main window: menus, the journal on the left, the selected plan on the right, the status bar. Built from
 * an {@link AppContext}, so tests open it on a temporary journal with synchronous saving.
 */
public final class MainWindow {
    private static final String[] STYLESHEETS = {"shell/shell.css", "journal/journal.css", "plan/plan.css",
        "sizing/sizing.css", "gauge/gauge.css", "rules/rules.css", "review/review.css", "stats/stats.css",
        "conflict/conflict.css", "insights/insights.css"};
    private static final double JOURNAL_WIDTH = 0.22;
    /** At the app's start, the journal list and the bars come with the plan's numbers or after this at the latest. */
    private static final Duration LIST_AT_THE_LATEST = Duration.seconds(1);
    /** Pulses after the journal list's first frame with rows before the plans are read and the plan area made. */
    private static final int PULSES_FOR_THE_LISTS_PAINTING = 3;
    /** How long the window waits at most for the journal's files to be counted (a few ms on a local disk). */
    private static final long BIG_JOURNAL_COUNT_WAIT_MILLIS = 100;
    private final MainViewModel vm;
    private final Stage stage;
    private final AppContext context;
    private final BorderPane root = new BorderPane();
    /** Made with the content, after the theme (see styleAndSplit). */
    private SplitPane split;
    /** Built after the first frame, with the content (the first frame has only the menu bar's place). */
    private AppMenus menus;
    private final Scene scene;
    private JournalListView journal;
    private PlanArea planArea;
    private final WindowActions actions = new WindowActions();
    private Timeline ticker;
    private BindingScope journalScope = new BindingScope();
    /** A big journal at the app's start: its list comes first, the plan area and the bars after it. */
    private boolean listFirst;
    private BindingScope previewScope = new BindingScope();
    private QuitQuestions quitQuestions;
    /** The app's start: the window's first frame before its content, the plan's numbers before its inputs. */
    private final boolean quickStart;

    /** The whole window at once, its journal opening: what tests drive. */
    public MainWindow(Stage stage, AppContext context) {
        this(stage, context, false, null);
    }

    private MainWindow(Stage stage, AppContext context, boolean contentLater, String theme) {
        this.stage = stage;
        this.context = context;
        this.quickStart = contentLater;
        this.vm = new MainViewModel(context);
        if (theme != null) {
            // The theme until the journal's settings are read (they name the same one).
            vm.setTheme(theme);
        }
        if (contentLater) {
            // The first frame: the bars' places and the journal's and plan's, with no stylesheet and no control yet.
            FirstFrame.fill(root, ThemeManager.isDark(vm.themeProperty().get()));
        }
        root.getStyleClass().add("main-window");
        WindowSize size = WindowSize.fitting(Screen.getPrimary().getVisualBounds());
        scene = new Scene(root, size.width(), size.height());
        stage.setTitle("Microplan");
        stage.setMinWidth(size.minWidth());
        stage.setMinHeight(size.minHeight());
        stage.setScene(scene);
        quitQuestions = new FxQuitQuestions(stage);
        // Closing the window is quitting: it asks first when work would be lost (the view model decides).
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        if (!contentLater) {
            buildContent();
        }
    }

    /**
     * For the app: shows the window at once, its first frame only the places of the bars, the journal and the plan,
     * and builds the plan panels and the journal list right after that frame. The window is on screen in little
     * more than a bare JavaFX window's time; the plan's numbers follow as soon as its journal is read.
     */
    public static MainWindow showQuickly(Stage stage, AppContext context) {
        return showQuickly(stage, context, null);
    }

    /**
     * The same in {@code theme}, the one the journal's settings name, read before the first frame (EarlySettings);
     * null for the default: the first frame is then already in it.
     */
    public static MainWindow showQuickly(Stage stage, AppContext context, String theme) {
        MainWindow window = new MainWindow(stage, context, true, theme);
        stage.show();
        AfterNextFrame.run(window.scene, window::buildContent);
        return window;
    }

    /**
     * The theme and stylesheets, the plan area, the journal list, the status bar and the menus' icons, bound to the
     * view model; then the journal is opened. These are what load the icon font and most control skins. At the
     * app's start (quickStart) the journal list and the bars follow the selected plan's numbers
     * ({@link #attachInStages}); with a big journal its list comes first, and the plan area and the menus are made
     * once it is drawn (decisions 0022 and 0023).
     */
    private void buildContent() {
        // Begun as the app started (App.launchApp): the rest is read on another core while this thread builds the
        // views, and openJournal below takes the result.
        JournalPrefetch.start(context.journal());
        Icons.loadFontsAhead();
        styleAndSplit();
        // A big journal (counted by now on the prefetch's thread): its list first; the plan area, the menus and the
        // bars once the list is drawn. It has no plan to show before the journal's plans are read, and they wait for
        // the list too; the first frame's places keep the bars' room. Made before, they took the cores from the
        // index's reading (decision 0023).
        listFirst = quickStart && JournalPrefetch.isBig(context.journal(), BIG_JOURNAL_COUNT_WAIT_MILLIS);
        if (!listFirst) {
            buildPlanAreaAndMenus();
        }
        vm.loadingProperty().addListener((obs, old, now) -> {
            if (!now) {
                completeAfterTheList();
                // After the opening's own event, in which its first plan (if any) is selected.
                Platform.runLater(planArea::showEmptyUnlessAPlan);
            }
        });
        vm.journalProperty().addListener((obs, old, now) -> showJournalInTitle());
        if (listFirst) {
            attachJournal();
            journal.awaitPreview();
            vm.openBigJournal(context.journal());
        } else {
            if (quickStart) {
                attachInStages();
            } else {
                attachJournalAndBars();
            }
            vm.openJournal(context.journal());
        }
    }

    /** The menus and the plan area, bound to the view model, with what the journal's and playbooks' menus add. */
    private void buildPlanAreaAndMenus() {
        menus = new AppMenus(vm, actions);
        menus.addToFileMenu(ChecklistMenuItems.create(vm, stage));
        planArea = new PlanArea(vm::newPlan);
        planArea.setOnEditAccount(actions::preferences);
        if (quickStart && !listFirst) {
            // Its place in the split, laid out now, tells how wide it will be.
            root.applyCss();
            root.layout();
            planArea.prepareNumbersFirst(((Region) split.getItems().get(1)).getWidth());
        }
        split.getItems().set(1, planArea);
        vm.currentPlanProperty().addListener((obs, old, now) -> {
            planArea.show(now);
            startClock();
        });
        vm.currentConflictProperty().addListener((obs, old, now) -> planArea.showConflict(now));
        SessionPlaybooks playbooks = new SessionPlaybooks(vm);
        JournalMenus.install(this, stage, playbooks);
        PlaybookMenus.install(this, stage, playbooks);
        SaveFailureNotice.install(vm, stage);
    }

    /**
     * A big journal's start ({@link #buildContent}): the plan area, the menus, the list's New / Duplicate / Delete
     * and the bars, once its list is drawn (or its plans are read, when the list could not be read first). Once.
     */
    private void completeAfterTheList() {
        if (!listFirst || planArea != null) {
            return;
        }
        buildPlanAreaAndMenus();
        journal.showActions();
        // What the journal's opening selected before the plan area was there.
        if (vm.currentPlanProperty().get() != null) {
            planArea.show(vm.currentPlanProperty().get());
            startClock();
        }
        if (vm.currentConflictProperty().get() != null) {
            planArea.showConflict(vm.currentConflictProperty().get());
        }
        attachBars();
    }

    /**
     * The theme, the app's stylesheets and the split between the journal's place and the plan's. The theme comes
     * before any control: the first control made would otherwise load and parse JavaFX's own theme (Modena), never
     * shown (decision 0020).
     */
    private void styleAndSplit() {
        ThemeManager.apply(vm.themeProperty().get(), null);
        vm.themeProperty().addListener((obs, old, now) -> ThemeManager.apply(now, scene));
        // One set of stylesheets for the whole scene: JavaFX caches styles per set, so per-view sheets cost more.
        // Added at once: each change of the scene's sheets has the whole scene's styles worked out again.
        String[] sheets = new String[STYLESHEETS.length];
        for (int i = 0; i < sheets.length; i++) {
            sheets[i] = Styling.class.getResource("/app/microplan/ui/" + STYLESHEETS[i]).toExternalForm();
        }
        scene.getStylesheets().addAll(sheets);
        split = new SplitPane();
        StackPane journalSpace = new StackPane();
        split.getItems().setAll(journalSpace, new StackPane());
        SplitPane.setResizableWithParent(journalSpace, false);
        split.getStyleClass().add("main-split");
        split.setDividerPositions(JOURNAL_WIDTH);
        root.setCenter(split);
    }

    /*
     * The app's start: while the journal is read, only the plan area joins the first frame's scene, so no frame
     * styles the journal list, the menus or the status bar before the selected plan's numbers are drawn (the
     * plan area's next frame, PlanArea); they are built and join right after that frame. On two cores this work
     * would otherwise hold up the plan's reading and then its numbers (decision 0019). A big journal's list from
     * its summary index is wanted at once: it brings them at once. A journal still being read a second after the
     * first frame brings them then (its list says "Opening the journal…"): the window never stays empty for long.
     */
    private void attachInStages() {
        PauseTransition stillReading = new PauseTransition(LIST_AT_THE_LATEST);
        stillReading.setOnFinished(e -> attachJournalAndBars());
        stillReading.play();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stillReading.stop());
        vm.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (!now) {
                    vm.loadingProperty().removeListener(this);
                    AfterNextFrame.run(scene, MainWindow.this::attachJournalAndBars);
                }
            }
        });
        vm.previewProperty().addListener((obs, old, now) -> {
            if (now != null) {
                attachJournalAndBars();
            }
        });
    }

    /** The journal list, the real menu bar and the status bar, showing the journal as it is now. Once. */
    private void attachJournalAndBars() {
        if (journal != null) {
            return;
        }
        attachJournal();
        attachBars();
    }

    /**
     * The real menu bar and the status bar in the first frame's places; at the app's start, the window's icon after
     * them: decoding and handing it over took CPU from the list's or the plan's first frame (decision 0024).
     */
    private void attachBars() {
        menus.showIcons();
        root.setTop(menus.bar());
        root.setBottom(new StatusBarView(vm));
        if (quickStart) {
            WindowIcon.applySoon(stage);
        }
    }

    /** The journal list, showing the journal as it is now. */
    private void attachJournal() {
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
        if (!listFirst) {
            journal.showActions();
        }
        split.getItems().set(0, journal);
        split.setDividerPositions(JOURNAL_WIDTH);
        SplitPane.setResizableWithParent(journal, false);
        vm.journalProperty().addListener((obs, old, now) -> bindJournal());
        vm.loadingProperty().addListener((obs, old, now) -> journal.showLoading(now));
        vm.previewProperty().addListener((obs, old, now) -> showPreview(now));
        journal.showLoading(vm.loadingProperty().get());
        if (vm.getJournal() != null) {
            bindJournal();
        }
        showPreview(vm.previewProperty().get());
    }

    /*
     * A cool-down's time left and its end are worked out again every half minute. Started with the first plan
     * shown (not in the first frame), stopped with the window so no closed window's model stays reachable.
     */
    private void startClock() {
        if (ticker != null) {
            return;
        }
        ticker = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.clockTicked()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> ticker.stop());
    }

    private void showPreview(SummaryListViewModel preview) {
        previewScope.close();
        previewScope = new BindingScope();
        if (preview != null) {
            journal.showPreview(preview, previewScope);
            // The plans' reading and the plan area wait until the list's frame is painted and on screen: started right
            // after its pulse they took the two cores from its painting (and, with JavaFX's software renderer, the FX
            // thread that puts its pixels on screen): 487 against 436 ms at 10,000 plans (decision 0026).
            AfterNextFrame.runAfterFrames(scene, PULSES_FOR_THE_LISTS_PAINTING, () -> {
                vm.previewShown();
                completeAfterTheList();
            });
        }
    }

    private void bindJournal() {
        journalScope.close();
        journalScope = new BindingScope();
        if (vm.getJournal() != null) {
            journal.bind(vm.getJournal(), vm.getSession(), journalScope);
        }
    }

    private void showJournalInTitle() {
        if (vm.getSession() != null) {
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

    /** What quitting asks when work would be lost: dialogs in the app, fixed answers in tests. */
    public void setQuitQuestions(QuitQuestions questions) {
        quitQuestions = questions;
    }

    private void quit() {
        vm.requestQuit(quitQuestions, () -> {
            stage.close();
            Platform.exit();
        });
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
            chooser.setTitle(Messages.text("dialog.openJournalFolder"));
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
            HelpDialogs.shortcuts(stage, menus.bar().getMenus());
        }

        @Override
        public void quit() {
            MainWindow.this.quit();
        }

        @Override
        public void focusSearch() {
            if (journal != null) {
                journal.focusSearch();
            }
        }
    }
}
