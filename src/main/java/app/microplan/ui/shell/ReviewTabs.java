package app.microplan.ui.shell;

import app.microplan.checklist.ExportFormat;
import app.microplan.domain.SimulationRules;
import app.microplan.ui.calendar.CalendarView;
import app.microplan.ui.calendar.CalendarViewModel;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.Messages;
import app.microplan.ui.execution.ExecutionReviewView;
import app.microplan.ui.execution.ExecutionReviewViewModel;
import app.microplan.ui.journal.JournalSession;
import app.microplan.ui.playbooks.PlaybookLibrary;
import app.microplan.ui.playbooks.PlaybookResultsView;
import app.microplan.ui.playbooks.PlaybookResultsViewModel;
import app.microplan.ui.simulation.SimulationView;
import app.microplan.ui.simulation.SimulationViewModel;
import app.microplan.ui.stats.JournalReviewView;
import app.microplan.ui.stats.JournalReviewViewModel;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * What the journal review learns from the trades it shows, as tabs beside its statistics: Playbooks, Plan vs
 * execution, Risk of ruin and Calendar. Each tab follows the review's filtered rows and works only while it is
 * the tab shown. The review's own view is left as it is: its body becomes the first tab.
 *
 * <p>The account rules are the design's defaults ({@link SimulationRules}) until the settings carry them.
 */
final class ReviewTabs {
    private final TabPane tabs = new TabPane();
    private final PlaybookResultsViewModel playbooks;
    private final ExecutionReviewViewModel execution;
    private final SimulationViewModel simulation;
    private final CalendarViewModel calendar;
    private final PlaybookResultsView playbooksView = new PlaybookResultsView();
    private final ExecutionReviewView executionView = new ExecutionReviewView();
    private final SimulationView simulationView = new SimulationView();
    private final CalendarView calendarView = new CalendarView();
    private final MainViewModel vm;
    private final Stage stage;
    private final SessionPlaybooks library;
    private final JournalReviewViewModel review;
    private BindingScope scope = new BindingScope();

    ReviewTabs(JournalReviewView reviewView, JournalReviewViewModel review, MainViewModel vm, Stage stage,
               SessionPlaybooks library) {
        this.vm = vm;
        this.stage = stage;
        this.library = library;
        this.review = review;
        ZoneId zone = ZoneId.systemDefault();
        playbooks = new PlaybookResultsViewModel(vm.context().tasks());
        execution = new ExecutionReviewViewModel(vm.context().tasks(), zone);
        simulation = new SimulationViewModel(vm.context().tasks(), zone, vm.context().numbers());
        calendar = new CalendarViewModel(vm.context().tasks(), zone, SimulationRules.defaults());
        Node statistics = scrolling(reviewView.getCenter());
        tabs.getTabs().setAll(tab(Messages.text("reviewTabs.statistics"), "review-tab-statistics", statistics, Icons.of(Material2MZ.SHOW_CHART)),
                tab(Messages.text("playbook.title"), "review-tab-playbooks", scrolling(playbooksView), Icons.of(Material2MZ.MENU_BOOK)),
                tab(Messages.text("reviewTabs.execution"), "review-tab-execution", scrolling(executionView), Icons.of(Material2AL.COMPARE_ARROWS)),
                tab(Messages.text("reviewTabs.simulation"), "review-tab-simulation", scrolling(simulationView), Icons.of(Material2AL.CASINO)),
                tab(Messages.text("reviewTabs.calendar"), "review-tab-calendar", scrolling(calendarView), Icons.of(Material2AL.CALENDAR_TODAY)));
        tabs.getStyleClass().add(Styles.TABS_CLASSIC);
        tabs.setId("review-tabs");
        reviewView.setCenter(tabs);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showActive());
        execution.follow(review.rows());
        simulation.follow(review.rows());
        calendar.follow(review.rows());
    }

    /*
     * Each tab scrolls as a whole when the window is lower than what it needs (laptops, 1024×640): its parts keep
     * their minimum heights instead of being squeezed, and the content always fills the width it is given.
     */
    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll(Styles.FLAT, "review-tab-scroll");
        return scroll;
    }

    private static Tab tab(String title, String id, Node content, Node icon) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        tab.setGraphic(icon);
        return tab;
    }

    /** Binds the tabs to the open journal; called whenever the review is shown or another journal opens. */
    void attach(JournalSession session) {
        scope.close();
        scope = new BindingScope();
        PlaybookLibrary books = library.get();
        playbooks.follow(review.rows(), books == null ? FXCollections.observableArrayList() : books.playbooks());
        calendar.setPlaybooks(books == null ? java.util.List.of() : books.playbooks());
        // The equity sizing sees now (no plan left out): a starting balance plus the closed trades' P&L when the
        // account's equity follows the journal.
        simulation.setAccountEquity(name -> session.getSettings().accounts().stream()
                .filter(a -> a.name().equals(name)).findFirst().map(a -> session.snapshotFor(null, a.name()).equity()));
        playbooksView.bind(playbooks, scope);
        executionView.bind(execution, scope);
        simulationView.bind(simulation, scope);
        calendarView.bind(calendar, scope, this::chooseReportFile,
                () -> session.folder().getFileName() == null ? session.folder().toString()
                        : session.folder().getFileName().toString());
        showActive();
    }

    void detach() {
        scope.close();
        playbooks.setActive(false);
        execution.setActive(false);
        simulation.setActive(false);
        calendar.setActive(false);
    }

    /** Only the tab on screen works out its figures. */
    private void showActive() {
        int shown = tabs.getSelectionModel().getSelectedIndex();
        playbooks.setActive(shown == 1);
        execution.setActive(shown == 2);
        simulation.setActive(shown == 3);
        calendar.setActive(shown == 4);
    }

    private Optional<Path> chooseReportFile(String suggestedName) {
        Path folder = vm.lastExportFolder().filter(java.nio.file.Files::isDirectory)
                .orElse(Path.of(System.getProperty("user.home")));
        Optional<Path> chosen = vm.context().saveFileChooser().choose(stage, folder, suggestedName, ExportFormat.PDF);
        chosen.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(vm::rememberExportFolder);
        return chosen;
    }

    /** The tabs, for tests: which is shown. */
    TabPane tabs() {
        return tabs;
    }
}
