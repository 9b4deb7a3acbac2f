package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.ui.JournalFixtures;
import app.microplan.samples.SampleJournal;
import app.microplan.store.JournalStore;
import app.microplan.store.PlanSummary;
import app.microplan.store.UnsyncedPlanFiles;
import app.microplan.ui.common.HeldTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's start: the window's first frame has only the places of the bars, the journal and the plan; right after
 * it the selected plan's numbers, then the plan's other panels, the journal list and the real menus (at the latest a
 * second after the first frame); nothing moves when the bars come; the window gets its icon; start-up's end is
 * noticed.
 */
@ExtendWith(ApplicationExtension.class)
class QuickStartTest {
    private static final Instant T = Instant.parse("2026-03-02T09:30:00Z");

    @TempDir
    Path journal;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        // The headless screen is 1280×800: a window larger than it cannot be drawn there.
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void theFirstFrameHasNoControlNorStylesheetYetAndThePlanFollows(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, T));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        AtomicReference<String> sizeWhenStarted = new AtomicReference<>();
        AtomicInteger started = new AtomicInteger();
        robot.interact(() -> {
            window.set(MainWindow.showQuickly(stage, AppContext.forTests(journal)));
            StartupExit.whenStarted(window.get(), () -> {
                started.incrementAndGet();
                sizeWhenStarted.set(text(robot, "#position-size"));
            });
            // Still inside the event that showed the window: this is what its first frame shows.
            assertThat(stage.isShowing()).isTrue();
            assertThat(robot.lookup(Control.class::isInstance).tryQuery())
                    .as("no control in the first frame: each costs it a skin, styling and for words text layout")
                    .isEmpty();
            assertThat(stage.getScene().getStylesheets()).as("read after the first frame").isEmpty();
            assertThat(robot.lookup(".menu-bar-space").tryQuery()).isPresent();
            assertThat(robot.lookup(".content-space").tryQuery()).isPresent();
            assertThat(robot.lookup(".status-bar-space").tryQuery()).isPresent();
            assertThat(robot.lookup("#journal-list").tryQuery()).isEmpty();
            assertThat(robot.lookup(MenuBar.class::isInstance).tryQuery()).isEmpty();
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> started.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sizeWhenStarted.get()).as("the plan's numbers are there when start-up ends").isEqualTo("7 contracts");
        assertThat(robot.lookup("#journal-list").tryQuery()).isPresent();
        assertThat(robot.lookup(".menu-bar-space").tryQuery()).as("the real menus replace it").isEmpty();
        assertThat(robot.lookup(MenuBar.class::isInstance).tryQuery()).isPresent();
        assertThat(fileMenuItem(robot, "menu-new").getGraphic()).isNotNull();
        assertThat(text(robot, "#position-size")).isEqualTo("7 contracts");
        assertThat(started.get()).as("noticed once").isEqualTo(1);
    }

    @Test
    void thePlansNumbersAreDrawnAFrameBeforeItsOtherPanelsAndEveryPanelFollows(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, T));
        String inScene = startQuicklyRecordingTheFirstFrameThat(robot,
                window -> "7 contracts".equals(text(robot, "#position-size")),
                window -> present(window, "#stop") + " " + present(window, "#mark-ready") + " "
                        + present(window, "#new-checklist-item") + " " + present(window, "#journal-list") + " "
                        + present(window, ".ikonli-font-icon"));

        // Two columns at 1280 wide: the inputs come with the position under them (NumbersFirstTest has three).
        // The journal list, the real menus and the status bar come with the plan's other panels (decision 0019),
        // and every icon: the first one made loads the icon font (decision 0020).
        assertThat(inScene).as("stop field, Mark ready, written plan, journal list, icons with the first numbers")
                .isEqualTo("present absent absent absent absent");
        assertThat(robot.lookup(".tab-pane .tab .ikonli-font-icon").queryAll()).as("Plan, Fills, Review").hasSize(3);
        assertThat(robot.lookup("#journal-list").tryQuery()).as("the list follows before start-up ends").isPresent();
        assertThat(robot.lookup("#stop").tryQuery()).as("the inputs follow before start-up ends").isPresent();
        assertThat(robot.lookup("#mark-ready").tryQuery()).isPresent();
        assertThat(robot.lookup("#new-checklist-item").tryQuery()).isPresent();
        assertThat(robot.lookup("#stop").queryAs(TextInputControl.class).getText()).isEqualTo("69,300");
    }

    @Test
    void theWholeWindowAtOnceHasEveryPanelWithTheNumbers(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, T));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(new MainWindow(stage, AppContext.forTests(journal))));
        robot.interact(stage::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "7 contracts".equals(text(robot, "#position-size")));

        assertThat(window.get().planArea().panelsCompleteProperty().get()).isTrue();
        assertThat(robot.lookup("#stop").tryQuery()).isPresent();
        assertThat(robot.lookup("#mark-ready").tryQuery()).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBigJournalsListFromItsIndexIsShownBeforeItsPlansAreRead(FxRobot robot) throws Exception {
        UnsyncedPlanFiles.write(journal, new SampleJournal(7L, Instant.parse("2024-01-08T07:00:00Z"), "w").plans(520));
        HeldTasks tasks = new HeldTasks();
        robot.interact(() -> MainWindow.showQuickly(stage, AppContext.forTests(journal).withTasks(tasks)));
        // After the first frame the window shows the list from the index (at once when the start has read it by
        // then, else once a task has); it asks for the plans once it has drawn it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.pending() == 1);
        if (tasks.submitted().stream().anyMatch(task -> task.title().equals("Reading the journal's list"))) {
            robot.interact(tasks::finishNext);
        }

        ListView<PlanSummary> preview = robot.lookup("#journal-preview").queryAs(ListView.class);
        assertThat(preview.isVisible()).isTrue();
        assertThat(preview.getItems()).hasSize(520);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.pending() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".menu-bar-space").tryQuery()).as("the real menus after the list").isEmpty();

        robot.interact(tasks::finishAll);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#journal-list").queryAs(ListView.class).getItems()).hasSize(520);
        assertThat(robot.lookup("#journal-preview").tryQuery()).isEmpty();
    }

    @Test
    void aBigJournalsListIsDrawnBeforeThePlanAreaAndItsPlansAreReadAfterIt(FxRobot robot) throws Exception {
        UnsyncedPlanFiles.write(journal, new SampleJournal(7L, Instant.parse("2024-01-08T07:00:00Z"), "w").plans(520));

        String withTheList = startQuicklyRecordingTheFirstFrameThat(robot,
                window -> window.scene().lookup("#journal-preview") instanceof ListView<?> list
                        && !list.getItems().isEmpty(),
                window -> present(window, ".plan-area") + ", menus " + present(window, ".menu-bar-space")
                        + ", plan area and menus made: " + (window.planArea() != null || window.menus() != null)
                        + ", New " + present(window, "#new-plan") + ", status filter "
                        + present(window, "#status-filter"));

        // Not even made yet: making them took the cores from the index's reading (decision 0023), the list's New /
        // Duplicate / Delete the FX thread from its first frame (decision 0029). Its filters are there.
        assertThat(withTheList).as("the plan area and the menus' place in the list's first frame")
                .isEqualTo("absent, menus present, plan area and menus made: false, New absent, status filter present");
        assertThat(robot.lookup(".plan-area").tryQuery()).isPresent();
        assertThat(robot.lookup(".menu-bar-space").tryQuery()).as("the real menus after the list").isEmpty();
        assertThat(robot.lookup("#journal-list").queryAs(ListView.class).getItems().size()).isEqualTo(520);
        assertThat(text(robot, "#position-size")).as("the newest plan's numbers").isNotBlank();
        assertThat(robot.lookup("#new-plan").tryQuery()).as("New / Duplicate / Delete after the list").isPresent();
        assertThat(stage.getScene().getFocusOwner()).as("typing filters the list")
                .isSameAs(robot.lookup("#journal-search").query());
        assertThat(robot.lookup("#delete-plan").queryAs(Button.class).isDisabled()).as("a plan is selected").isFalse();
    }

    @Test
    void anEmptyJournalSaysNoPlanIsSelectedOnceItIsOpenNotWhileItIsRead(FxRobot robot) throws Exception {
        HeldTasks tasks = new HeldTasks();
        robot.interact(() -> MainWindow.showQuickly(stage, AppContext.forTests(journal).withTasks(tasks)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.pending() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#plan-empty").query().isVisible()).as("while the journal is read").isFalse();

        robot.interact(tasks::finishAll);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#plan-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#plan-empty .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("No plan selected");
        assertThat(robot.lookup("#plan-empty .ikonli-font-icon").queryAll()).as("its picture and New plan's").hasSize(2);
    }

    @Test
    void aJournalThatCannotBeOpenedStillGetsItsListMenusAndStatusBar(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(journal.resolve("plans.txt"), "not a journal");
        robot.interact(() -> MainWindow.showQuickly(stage, AppContext.forTests(notAFolder)));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(robot, "#journal-list"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".menu-bar-space").tryQuery()).isEmpty();
        assertThat(robot.lookup(MenuBar.class::isInstance).tryQuery()).isPresent();
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText()).as("the status bar says why").isNotBlank();
    }

    @Test
    void theBarsComeWhereTheirPlacesWereSoThePlanDoesNotMove(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, T));
        Bounds firstFrame = startQuicklyRecordingTheFirstFrameThat(robot, window -> true,
                window -> window.scene().lookup(".content-space").getBoundsInParent());

        assertThat(robot.lookup(MenuBar.class::isInstance).tryQuery()).isPresent();
        assertThat(robot.lookup(".main-split").query().getBoundsInParent())
                .as("between the real menu bar and status bar, as between their places in the first frame")
                .isEqualTo(firstFrame);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theFirstFramesPlacesHaveTheColoursOfTheRealBarsAndWindow(String theme, FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, T));
        JournalStore store = JournalStore.open(journal);
        store.saveSettings(store.loadSettings().withTheme(theme));
        AtomicReference<WritableImage> afterStart = new AtomicReference<>();
        AtomicReference<Paint> themedBackground = new AtomicReference<>();
        WritableImage firstFrame;
        try {
            // As the app starts it: the theme read from the settings before the first frame (EarlySettings).
            firstFrame = startQuicklyRecordingTheFirstFrameThat(robot, theme, window -> true,
                    window -> window.scene().snapshot(null));
            robot.interact(() -> {
                afterStart.set(stage.getScene().snapshot(null));
                themedBackground.set(((Region) stage.getScene().getRoot()).getBackground().getFills().get(0).getFill());
            });
        } finally {
            robot.interact(() -> ThemeManager.apply("light", null));
        }

        int right = (int) firstFrame.getWidth() - 3;
        int bottom = (int) firstFrame.getHeight() - 1;
        // The menu bar: its colour and the line under it; the status bar: the line over it and its colour.
        for (int y : new int[] {10, 37, bottom - 27, bottom - 13}) {
            assertThat(colour(firstFrame, right, y)).as("at %d, %d", right, y)
                    .isEqualTo(colour(afterStart.get(), right, y));
        }
        Color firstBackground = colour(firstFrame, right, bottom / 2);
        assertThat(colour(firstFrame, right, 10)).as("a bar, not the window's background")
                .isNotEqualTo(firstBackground);
        assertThat(firstBackground).as("the theme's window background").isEqualTo(themedBackground.get());
        assertThat(firstBackground.getBrightness() < 0.5).as("dark").isEqualTo("dark".equals(theme));
    }

    private static Color colour(WritableImage image, int x, int y) {
        return image.getPixelReader().getColor(x, y);
    }

    @Test
    void aJournalStillBeingReadAfterASecondShowsItsListOpeningAndTheMenus(FxRobot robot) throws Exception {
        HeldTasks tasks = new HeldTasks();
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, T));
        robot.interact(() -> MainWindow.showQuickly(stage, AppContext.forTests(journal).withTasks(tasks)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.pending() == 2);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shows(robot, "#journal-list"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#journal-loading").queryAs(Label.class).getText()).isEqualTo("Opening the journal…");
        assertThat(robot.lookup("#journal-loading").query().isVisible()).isTrue();
        assertThat(robot.lookup(MenuBar.class::isInstance).tryQuery()).isPresent();
        assertThat(robot.lookup(".menu-bar-space").tryQuery()).isEmpty();

        robot.interact(tasks::finishAll);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "7 contracts".equals(text(robot, "#position-size")));
        assertThat(robot.lookup("#journal-list").queryAs(ListView.class).getItems().size()).isEqualTo(1);
    }

    /**
     * Opens the window as the app does and waits for start-up's end; returns what {@code record} saw in the first
     * laid-out frame in which {@code when} held.
     */
    private <T> T startQuicklyRecordingTheFirstFrameThat(FxRobot robot, Predicate<MainWindow> when,
            Function<MainWindow, T> record) throws Exception {
        return startQuicklyRecordingTheFirstFrameThat(robot, null, when, record);
    }

    private <T> T startQuicklyRecordingTheFirstFrameThat(FxRobot robot, String theme, Predicate<MainWindow> when,
            Function<MainWindow, T> record) throws Exception {
        AtomicReference<T> recorded = new AtomicReference<>();
        AtomicInteger started = new AtomicInteger();
        robot.interact(() -> {
            MainWindow window = MainWindow.showQuickly(stage, AppContext.forTests(journal), theme);
            window.scene().addPostLayoutPulseListener(() -> {
                if (recorded.get() == null && when.test(window)) {
                    recorded.set(record.apply(window));
                }
            });
            StartupExit.whenStarted(window, started::incrementAndGet);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> started.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        return recorded.get();
    }

    /**
     * Whether the scene has a node for {@code query}, looked up on the FX thread: a lookup from the test's thread
     * can meet the scene graph while the window is changing it.
     */
    private static boolean shows(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().isPresent()).get();
    }

    private static String present(MainWindow window, String query) {
        return window.scene().lookup(query) == null ? "absent" : "present";
    }

    @Test
    void theWindowGetsTheMicroplanIconInEverySizeOnceItsContentIsThere(FxRobot robot) throws Exception {
        AtomicReference<String> topWhenIconsCame = new AtomicReference<>();
        AtomicReference<Stage> own = new AtomicReference<>();
        robot.interact(() -> {
            // A stage of its own: no other test's window can hand it icons.
            own.set(new Stage());
            own.get().setWidth(1280);
            own.get().setHeight(800);
            MainWindow window = MainWindow.showQuickly(own.get(), AppContext.forTests(journal));
            own.get().getIcons().addListener((ListChangeListener<Image>) change -> topWhenIconsCame.compareAndSet(null,
                    ((BorderPane) window.scene().getRoot()).getTop() instanceof MenuBar ? "menu bar" : "placeholder"));
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> own.get().getIcons().size() == 6);
            // The list's size changes before its listeners hear of it: the FX thread finishes that event first.
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(own.get().getIcons()).extracting(Image::getWidth)
                    .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
            assertThat(own.get().getIcons()).noneMatch(Image::isError);
            assertThat(topWhenIconsCame).as("the icon waits for the window's content").hasValue("menu bar");
        } finally {
            robot.interact(() -> own.get().close());
        }
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        return node instanceof Label label ? label.getText() : null;
    }

    private static MenuItem fileMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(MenuBar.class::isInstance).queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
