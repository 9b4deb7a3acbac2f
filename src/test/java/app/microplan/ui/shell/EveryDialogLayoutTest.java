package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.ui.CsvFileAnswer;
import app.microplan.ui.LayoutProblems;
import app.microplan.ui.SampleEntries;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog and secondary window the main window opens, over a main window of 1280×720 and of 1024×640, in
 * English and in German: each fits inside the window it belongs to, shows every button, figure, verdict and field
 * label whole, has a Close or Cancel button, and Escape closes it.
 */
@ExtendWith(ApplicationExtension.class)
class EveryDialogLayoutTest {
    /** A trade history the import dialog reads and previews (Bybit's export, as the importer tests use it). */
    private static final Path HISTORY = Path.of("src/test/resources/app/microplan/store/exchanges/bybit-trades.csv");

    @TempDir
    Path journal;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void backToTheSystemsLanguage() {
        Messages.use(Messages.forLanguage(null));
    }

    /** What opens each dialog, as the trader does it: the menu item, its key, or the rule's own link. */
    private Map<String, Runnable> dialogs(FxRobot robot) {
        Map<String, Runnable> open = new LinkedHashMap<>();
        open.put("Preferences", () -> fire("menu-preferences"));
        open.put("Export checklist", () -> fire("menu-export-checklist"));
        open.put("Print preview", () -> fire("menu-print-checklist"));
        open.put("Import executions", () -> fire("menu-import-executions"));
        open.put("Playbooks", () -> fire("menu-playbooks"));
        open.put("Keyboard shortcuts (F1)", () -> robot.push(KeyCode.F1));
        open.put("About", () -> Platform.runLater(() -> HelpDialogs.about(stage)));
        open.put("Quit with unsaved work", () -> Platform.runLater(() -> new FxQuitQuestions(stage)
                .ask(Messages.text("quit.unsavedHeading"), "• BTCUSDT long, 1 Feb 2026: " + "x".repeat(20))));
        return open;
    }

    /* Fired later, not inside interact(): a dialog shown with showAndWait would hold interact() until it closes. */
    private void fire(String id) {
        Platform.runLater(() -> menuItem(id).fire());
    }

    private MenuItem menuItem(String id) {
        List<MenuItem> all = new ArrayList<>();
        window.menus().bar().getMenus().forEach(menu -> collect(menu.getItems(), all));
        return all.stream().filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item #" + id));
    }

    private static void collect(List<MenuItem> items, List<MenuItem> into) {
        for (MenuItem item : items) {
            into.add(item);
            if (item instanceof javafx.scene.control.Menu menu) {
                collect(menu.getItems(), into);
            }
        }
    }

    private List<String> problemsOfEveryDialog(FxRobot robot, String language, double width, double height)
            throws Exception {
        SampleEntries.copyTo(journal);
        robot.interact(() -> {
            Messages.use(Messages.forLanguage(language));
            window = new MainWindow(stage, AppContext.forTests(journal)
                    .withNumbers(new LocaleNumbers(Messages.current().numberLocale()))
                    .withCsvFileChooser(CsvFileAnswer.opening(HISTORY)));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> EveryTabLayoutTest.selectAClosedTrade(window));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        dialogs(robot).forEach((name, open) -> problems.addAll(check(robot, name, open)));
        return problems;
    }

    private List<String> check(FxRobot robot, String name, Runnable open) {
        open.run();
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> opened = others();
        List<String> problems = new ArrayList<>();
        if (opened.size() != 1) {
            problems.add(name + ": " + opened.size() + " windows opened, expected one");
            robot.interact(() -> opened.forEach(Window::hide));
            return problems;
        }
        Window dialog = opened.get(0);
        robot.interact(() -> {
            dialog.getScene().getRoot().applyCss();
            dialog.getScene().getRoot().layout();
            if (dialog.getX() < stage.getX() - 0.5 || dialog.getY() < stage.getY() - 0.5
                    || dialog.getX() + dialog.getWidth() > stage.getX() + stage.getWidth() + 0.5
                    || dialog.getY() + dialog.getHeight() > stage.getY() + stage.getHeight() + 0.5) {
                problems.add(name + ": " + dialog.getWidth() + "×" + dialog.getHeight() + " at " + dialog.getX()
                        + "," + dialog.getY() + " does not fit its " + stage.getWidth() + "×" + stage.getHeight()
                        + " window");
            }
            LayoutProblems.under(dialog.getScene().getRoot()).forEach(p -> problems.add(name + " › " + p));
            boolean cancel = dialog.getScene().getRoot().lookupAll(".button").stream()
                    .filter(Node::isVisible).anyMatch(n -> n instanceof Button b && b.isCancelButton());
            if (!cancel) {
                problems.add(name + ": no Close or Cancel button");
            }
            dialog.requestFocus();
        });
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        if (dialog.isShowing()) {
            problems.add(name + ": Escape does not close it");
            robot.interact(dialog::hide);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return problems;
    }

    private List<Window> others() {
        List<Window> shown = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> Window.getWindows().stream()
                .filter(Window::isShowing).filter(w -> w != stage).filter(w -> w instanceof Stage)
                .forEach(shown::add));
        return shown;
    }

    @Test
    void inEnglishAt1280By720EveryDialogFitsAndReadsWhole(FxRobot robot) throws Exception {
        assertThat(problemsOfEveryDialog(robot, "en", 1280, 720)).isEmpty();
    }

    @Test
    void inEnglishAt1024By640EveryDialogFitsAndReadsWhole(FxRobot robot) throws Exception {
        assertThat(problemsOfEveryDialog(robot, "en", 1024, 640)).isEmpty();
    }

    @Test
    void inGermanAt1280By720EveryDialogFitsAndReadsWhole(FxRobot robot) throws Exception {
        assertThat(problemsOfEveryDialog(robot, "de", 1280, 720)).isEmpty();
    }

    @Test
    void inGermanAt1024By640EveryDialogFitsAndReadsWhole(FxRobot robot) throws Exception {
        assertThat(problemsOfEveryDialog(robot, "de", 1024, 640)).isEmpty();
    }
}
