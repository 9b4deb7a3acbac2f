package app.microplan.ui.shell;

import static app.microplan.ui.WindowInput.text;
import static app.microplan.ui.WindowInput.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.store.JournalStore;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.gauge.MarginGauge;
import app.microplan.ui.plan.ContractOption;
import app.microplan.ui.plan.PlanViewModel;
import atlantafx.base.controls.Message;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window, headless, on a temporary journal with saves running synchronously. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String EQUITY_LOWERED = "Back to draft: equity lowered to $4,000.00 — risk now $49.00"
            + " (1.23 %), above the 1.00 % cap; margin now 12.25 %, above the 10.00 % cap";

    @TempDir
    Path journal;

    private Stage stage;
    private MainWindow window;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage primary) {
        stage = primary;
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
    }

    @AfterEach
    void noExceptionEscaped() {
        assertThat(uncaught).isEmpty();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            window = new MainWindow(stage, AppContext.forTests(journal));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            stage.toFront();
        });
    }

    private void newPlan(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }



    /** The design's worked example 1, which has no fees: 0 % typed as the trader's own rate on both sides. */
    private static void typeExample1(FxRobot robot) {
        type(robot, "entry-price-1", "70000");
        type(robot, "stop", "69300");
        type(robot, "leverage", "10");
        type(robot, "risk-percent", "1");
        type(robot, "entry-fee", "0");
        type(robot, "exit-fee", "0");
    }

    private static void pickContract(FxRobot robot, String name) {
        ComboBox<ContractOption> contract = robot.lookup("#contract").queryComboBox();
        robot.interact(() -> contract.getSelectionModel().select(contract.getItems().stream()
                .filter(o -> o.label().equals(name)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node and every parent of it visible: what a person sees. */
    private static boolean shown(FxRobot robot, String id) {
        for (Node node = robot.lookup("#" + id).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String fieldError(FxRobot robot, String id) {
        Node field = robot.lookup("#" + id).query();
        Label error = (Label) ((Pane) field.getParent()).getChildren().get(2);
        return error.isVisible() ? error.getText() : "";
    }

    private static List<String> reasons(FxRobot robot) {
        Pane reasons = robot.lookup("#ready-reasons").queryAs(Pane.class);
        List<String> texts = new ArrayList<>();
        for (Node node : reasons.getChildren()) {
            texts.add(((Label) node).getText());
        }
        return texts;
    }

    /** In the open Preferences dialog: types the first account's equity and confirms with OK. */
    private static void setEquityInPreferences(FxRobot robot, String equity) {
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl field = robot.lookup("#account-equity-1").queryAs(TextInputControl.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(equity);
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "OK".equals(b.getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button markReady(FxRobot robot) {
        return robot.lookup("#mark-ready").queryButton();
    }

    @Test
    void example1TypedIntoTheSizingPanelGivesSevenContractsRisking49Dollars(FxRobot robot) {
        open(robot);
        newPlan(robot);

        typeExample1(robot);

        assertThat(robot.lookup(".equity").queryLabeled().getText()).isEqualTo("Equity $5,000.00");
        assertThat(text(robot, "position-size")).isEqualTo("7 contracts");
        assertThat(text(robot, "risk-amount")).isEqualTo("$49.00");
        assertThat(text(robot, "risk-percent-result")).startsWith("0.98 %");
        assertThat(text(robot, "margin")).startsWith("$490.00");
    }

    @Test
    void aPresetBringsItsFeesAndConventionAndACmeFutureHidesLeverageAndLiquidation(FxRobot robot) {
        open(robot);
        newPlan(robot);
        pickContract(robot, "Binance BTCUSDT perpetual");
        type(robot, "entry-price-1", "70000");
        type(robot, "stop", "69300");
        type(robot, "leverage", "10");

        assertThat(text(robot, "liquidation")).isEqualTo("≈ 63,253.1 (Binance formula)");
        assertThat(robot.lookup("#entry-fee").queryAs(TextInputControl.class).getPromptText()).isEqualTo("maker 0.02");
        assertThat(robot.lookup("#exit-fee").queryAs(TextInputControl.class).getPromptText()).isEqualTo("taker 0.05");
        assertThat(text(robot, "fees")).endsWith("USDT)");

        pickContract(robot, "CME Micro Bitcoin (0.1 BTC)");
        type(robot, "stop", "66500");
        type(robot, "entry-price-1", "70003");

        assertThat(shown(robot, "leverage")).isFalse();
        assertThat(shown(robot, "funding-rate")).isFalse();
        assertThat(shown(robot, "entry-fee")).isFalse();
        assertThat(shown(robot, "fee-per-contract")).isTrue();
        assertThat(robot.lookup("#fee-per-contract").queryAs(TextInputControl.class).getText()).isEqualTo("2.5");
        assertThat(shown(robot, "liquidation")).isFalse();
        assertThat(robot.lookup("#initial-margin-per-contract").queryAs(TextInputControl.class).getText())
                .isEqualTo("2,800");
        assertThat(fieldError(robot, "entry-price-1"))
                .isEqualTo("70,003 is not on the 5 tick: the nearest prices are 70,000 and 70,005");
        assertThat(markReady(robot).isDisabled()).isTrue();

        type(robot, "entry-price-1", "70000");
        assertThat(fieldError(robot, "entry-price-1")).isEmpty();
        assertThat(text(robot, "margin")).endsWith("($2,800.00 a contract)");
    }

    @Test
    void tenContractsDisableMarkReadyAndTheReasonGivesTheRiskInDollarsAndPercent(FxRobot robot) {
        open(robot);
        newPlan(robot);
        typeExample1(robot);

        type(robot, "size", "10");

        assertThat(markReady(robot).isDisabled()).isTrue();
        assertThat(reasons(robot)).anySatisfy(r -> assertThat(r).contains("$70.00").contains("1.40 %"));
    }

    @Test
    void otherOpenPlansPushingUtilizationTo10Point4PercentTurnTheGaugeRedAndRefuseMarkReady(FxRobot robot)
            throws Exception {
        JournalFixtures.write(journal, JournalFixtures.openPlanHolding("450", Instant.parse("2026-01-01T00:00:00Z")));
        open(robot);
        newPlan(robot);
        typeExample1(robot);
        type(robot, "size", "1");
        robot.clickOn("#mark-ready");

        MarginGauge gauge = robot.lookup("#margin-gauge").queryAs(MarginGauge.class);
        assertThat(gauge.getStyleClass()).contains("gauge-zone-danger");
        assertThat(text(robot, "gauge-value")).isEqualTo("10.40 %");
        assertThat(text(robot, "margin-split")).contains("This plan $70.00 + other plans $450.00 of $5,000.00");
        assertThat(markReady(robot).isDisabled()).isTrue();
        assertThat(window.viewModel().getCurrentPlan().getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(reasons(robot)).anySatisfy(r -> assertThat(r).contains("10.40 %").contains("not under"));
    }

    @Test
    void writtenSectionsAndFixedNumbersEnableMarkReadyAndEditingTheStopMakesItADraftAgain(FxRobot robot) {
        open(robot);
        newPlan(robot);
        typeExample1(robot);
        type(robot, "size", "10");
        assertThat(markReady(robot).isDisabled()).isTrue();

        type(robot, "entry-criteria", "4h close above 70,000");
        type(robot, "exit-strategy", "Stop 69,300, target 72,100");
        type(robot, "risk-rules", "Risk 1 %, never add to a loser");
        type(robot, "target-price-1", "72100");
        type(robot, "size", "");

        assertThat(reasons(robot)).noneMatch(r -> !r.startsWith("Warning"));
        assertThat(markReady(robot).isDisabled()).isFalse();
        robot.clickOn("#mark-ready");
        assertThat(text(robot, "plan-status")).isEqualTo("Ready");

        type(robot, "stop", "69400");

        assertThat(text(robot, "plan-status")).isEqualTo("Draft");
        assertThat(robot.lookup("#back-to-draft").query().isVisible()).isTrue();
    }

    @Test
    void anEditIsAutosavedAndSurvivesClosingAndReopeningTheJournal(FxRobot robot) throws Exception {
        open(robot);
        newPlan(robot);
        typeExample1(robot);
        type(robot, "notes", "Autosaved note");
        assertThat(text(robot, "save-indicator")).isEqualTo("Saved");

        robot.interact(() -> stage.hide());
        assertThat(JournalStore.open(journal).loadPlans().plans()).hasSize(1);
        open(robot);

        assertThat(robot.lookup("#stop").queryAs(TextInputControl.class).getText()).isEqualTo("69,300");
        assertThat(robot.lookup("#notes").queryAs(TextInputControl.class).getText()).isEqualTo("Autosaved note");
        assertThat(text(robot, "position-size")).isEqualTo("7 contracts");
    }

    @Test
    void lettersInThePriceShowADecorationAndAMessageButNoException(FxRobot robot) {
        open(robot);
        newPlan(robot);
        typeExample1(robot);

        type(robot, "stop", "abc");

        TextInputControl stop = robot.lookup("#stop").queryAs(TextInputControl.class);
        assertThat(Decorator.getDecorations(stop)).isNotEmpty();
        assertThat(stop.getPseudoClassStates().toString()).contains("danger");
        Label message = robot.lookup(".field-error").match(Node::isVisible).queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("“abc” is not a number");
        assertThat(robot.listTargetWindows()).hasSize(1);
        assertThat(markReady(robot).isDisabled()).isTrue();
    }

    @Test
    void theJournalsStatusPickerTicksStatusesByMouseAndKeyboardAndSaysWhichInItsTitle(FxRobot robot) throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, t),
                JournalFixtures.ethShortDraft(t.plusSeconds(60)), JournalFixtures.cmeCancelled(t.plusSeconds(120)));
        open(robot);
        MenuButton picker = robot.lookup("#status-filter").queryAs(MenuButton.class);
        ListView<?> list = robot.lookup("#journal-list").queryAs(ListView.class);
        assertThat(picker.getText()).isEqualTo("All statuses");

        // Ticked in the other order: the title still reads in the statuses' own order. The menu stays open.
        robot.clickOn("#status-filter");
        robot.clickOn("#status-filter-cancelled");
        robot.clickOn("#status-filter-ready");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picker.isShowing()).as("open while statuses are ticked").isTrue();
        assertThat(list.getItems()).hasSize(2);
        assertThat(picker.getText()).isEqualTo("Ready, Cancelled");
        assertThat(tick(robot, "ready").isSelected()).isTrue();
        assertThat(tick(robot, "draft").isSelected()).isFalse();

        // Clicked again: unticked, once.
        robot.clickOn("#status-filter-ready");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getText()).isEqualTo("Cancelled");
        assertThat(list.getItems()).hasSize(1);

        // The keyboard: the menu's first item is Draft; Enter ticks it and leaves the menu open.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(picker::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.isShowing()).isTrue();
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getText()).isEqualTo("Draft, Cancelled");
        assertThat(list.getItems()).hasSize(2);
        assertThat(picker.isShowing()).isTrue();
        // Space as well: Draft unticked again.
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getText()).isEqualTo("Cancelled");
        robot.type(KeyCode.ESCAPE);
    }

    private static CheckBox tick(FxRobot robot, String status) {
        return robot.lookup("#status-filter-" + status + " .check-box").queryAs(CheckBox.class);
    }

    @Test
    void switchingPlansAThousandTimesKeepsTheBindingsConstantAndLetsOldPlanModelsGo(FxRobot robot) throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, t),
                JournalFixtures.ethShortDraft(t.plusSeconds(60)), JournalFixtures.cmeCancelled(t.plusSeconds(120)));
        open(robot);
        List<WeakReference<PlanViewModel>> seen = new ArrayList<>();
        int[] bindings = new int[2];

        robot.interact(() -> {
            var list = window.viewModel().getJournal();
            list.select(list.shownPlans().get(0));
            bindings[0] = window.planArea().bindingCount();
            for (int i = 0; i < 1000; i++) {
                list.select(list.shownPlans().get(i % 3));
                if (i < 10) {
                    seen.add(new WeakReference<>(window.viewModel().getCurrentPlan()));
                }
            }
            list.select(list.shownPlans().get(0));
            bindings[1] = window.planArea().bindingCount();
        });

        assertThat(bindings[1]).isEqualTo(bindings[0]);
        for (int attempt = 0; attempt < 20 && seen.stream().anyMatch(r -> r.get() != null); attempt++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(seen).allMatch(r -> r.get() == null);
    }

    @Test
    void equityIsEditableInPreferencesAndResizesTheOpenDraft(FxRobot robot) throws Exception {
        open(robot);
        newPlan(robot);
        typeExample1(robot);

        robot.push(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        setEquityInPreferences(robot, "10000");

        assertThat(robot.lookup(".equity").queryLabeled().getText()).isEqualTo("Equity $10,000.00");
        assertThat(text(robot, "position-size")).isEqualTo("14 contracts");
        assertThat(JournalStore.open(journal).loadSettings().activeAccountOrFirst().equity())
                .isEqualByComparingTo("10000");
    }

    @Test
    void deleteMovesThePlanToTheTrashAndUndoDeleteBringsItBack(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-01-01T00:00:00Z")));
        open(robot);

        robot.clickOn("#delete-plan");
        assertThat(window.viewModel().getJournal().shownPlans()).isEmpty();
        assertThat(JournalStore.open(journal).loadPlans().plans()).isEmpty();

        robot.clickOn("#undo-delete");

        assertThat(window.viewModel().getJournal().shownPlans()).hasSize(1);
        assertThat(text(robot, "plan-title")).isEqualTo("Long BTC micro perpetual (0.01 BTC)");
    }

    @Test
    void theDarkThemeIsRememberedInTheJournalsSettings(FxRobot robot) throws Exception {
        open(robot);

        robot.clickOn("View").clickOn("Dark theme");

        assertThat(JournalStore.open(journal).loadSettings().theme()).isEqualTo("dark");
        assertThat(window.viewModel().themeProperty().get()).isEqualTo("dark");
    }

    @Test
    void theKeyboardAloneMovesThroughTheWrittenPlanAndReachesFieldsByMnemonic(FxRobot robot) {
        open(robot);
        newPlan(robot);
        TextInputControl thesis = robot.lookup("#thesis").queryAs(TextInputControl.class);
        robot.interact(thesis::requestFocus);

        robot.write("Breakout").push(KeyCode.TAB);

        assertThat(thesis.getText()).isEqualTo("Breakout");
        assertThat(robot.lookup("#entry-criteria").query().isFocused()).isTrue();
        robot.push(KeyCode.ALT, KeyCode.S);
        assertThat(robot.lookup("#stop").query().isFocused()).isTrue();
    }

    /** A READY plan whose rule breaks is a DRAFT at once, with the reason in the list, the header and the strip. */
    @Test
    void loweringTheEquityOfAReadyPlansAccountShowsItAsADraftWithTheReason(FxRobot robot) throws Exception {
        JournalFixtures.write(journal, JournalFixtures.example1(PlanStatus.READY, Instant.parse("2026-03-02T09:00:00Z")));
        open(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plan-status").queryLabeled().getText()).isEqualTo("Ready");

        robot.clickOn("#equity-link");
        setEquityInPreferences(robot, "4000");

        assertThat(robot.lookup("#plan-status").queryLabeled().getText()).isEqualTo("Draft");
        Message header = robot.lookup("#back-to-draft").queryAs(Message.class);
        assertThat(header.isVisible()).isTrue();
        assertThat(header.getDescription()).isEqualTo(EQUITY_LOWERED);
        assertThat(header.getGraphic()).as("its warning icon").isInstanceOf(FontIcon.class);
        assertThat(robot.lookup("#strip-back-to-draft").queryLabeled().getText()).isEqualTo(EQUITY_LOWERED);
        Label listReason = robot.lookup(".plan-cell-reason").match(Node::isVisible).queryAs(Label.class);
        assertThat(listReason.getText()).isEqualTo(EQUITY_LOWERED);
        assertThat(robot.lookup(".plan-cell .status-badge").queryLabeled().getText()).isEqualTo("Draft");
        assertThat(robot.lookup("#mark-ready").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#equity-link").queryLabeled().getText()).isEqualTo("Equity $4,000.00");
        assertThat(JournalStore.open(journal).loadPlans().plans().get(0).plan().backToDraftReason()).contains(EQUITY_LOWERED);
    }
}
