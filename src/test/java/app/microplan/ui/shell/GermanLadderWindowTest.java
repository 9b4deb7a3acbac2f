package app.microplan.ui.shell;

import static app.microplan.ui.WindowInput.text;
import static app.microplan.ui.WindowInput.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.ContractPresets;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.PlanStatus;
import app.microplan.domain.Target;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.Messages;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The domain's texts in a German window (decision 15): the price ladder's rows, the position panel's liquidation
 * estimate, breakeven and size explanation, and the liquidation and tick reasons — German words, German numbers.
 */
@ExtendWith(ApplicationExtension.class)
class GermanLadderWindowTest {
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path journal;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void backToTheSystemsLanguage() {
        Messages.use(Messages.forLanguage(null));
    }

    /** Example 1 on Binance's BTCUSDT with its fees: liquidation ≈ 63,253.1 under the Binance formula. */
    private static TradePlan binanceExample(String entry) {
        TradeSetup setup = TradeSetup.builder().contract(ContractPresets.BINANCE_BTCUSDT)
                .direction(app.microplan.domain.Direction.LONG).entry(EntryLeg.limit(entry)).stop("69300")
                .target(Target.of("72100", "1")).leverage("10").build();
        return JournalFixtures.example1(PlanStatus.DRAFT, CREATED).withSetup(setup);
    }

    private void openInGerman(FxRobot robot, TradePlan plan) throws Exception {
        GermanWindows.openOnPlan(robot, stage, journal, plan);
    }

    @Test
    void theLadderAndThePositionNotesReadInGermanWithGermanNumbers(FxRobot robot) throws Exception {
        openInGerman(robot, binanceExample("70000"));

        assertThat(text(robot, "liquidation")).isEqualTo("≈ 63.253,1 (Binance-Formel)");
        assertThat(text(robot, "breakeven")).matches("70\\.\\d{3},\\d{2} \\(Gebühren beider Seiten\\)");
        assertThat(text(robot, "ladder-liquidation-label")).isEqualTo("Liquidation (geschätzt)");
        assertThat(text(robot, "ladder-liquidation-price")).isEqualTo("63.253,1");
        assertThat(text(robot, "ladder-stop-label")).isEqualTo("Stop · Ø Einstieg −1 %");
        assertThat(text(robot, "ladder-stop-price")).isEqualTo("69.300");
        assertThat(text(robot, "ladder-stop-pnl")).matches("−\\d+,\\d{2} USDT");
        assertThat(text(robot, "ladder-stop-r")).isEqualTo("-1,00");
        assertThat(text(robot, "ladder-breakeven-label")).isEqualTo("Break-even");
        assertThat(text(robot, "ladder-target-label")).isEqualTo("Ziel (100 %)");
        assertThat(text(robot, "ladder-stop-detail")).startsWith("Kapital ").contains(" · Margin-Verhältnis ")
                .endsWith(" % entfernt");
        assertThat(robot.lookup(".ladder-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Einstieg", "Ø Einstieg +5 %", "Ø Einstieg −2 %", "72.100")
                .noneMatch(cell -> cell.contains("Entry") || cell.contains("Target") || cell.contains("Breakeven"));
        assertThat(text(robot, "ladder-note")).startsWith("Ganze Position je Kurs geschlossen: Gebühren");
        assertThat(text(robot, "size-explanation")).startsWith("Das Risikobudget 50,00 USDT ÷ ")
                .contains("die Margin-Grenze von 10,00 % erlaubt");
        assertThat(robot.lookup("#rule-stop-before-liquidation").queryAs(Labeled.class).getTooltip().getText())
                .startsWith("Stop 69.300 kommt vor der Liquidation ≈ 63.253,1 (Binance-Formel)");
        assertThat(robot.lookup("#rule-price-on-tick").queryAs(Labeled.class).getTooltip().getText())
                .isEqualTo("Jeder Kurs liegt auf dem Tick von 0,1");
    }

    @Test
    void exitsPastTheEntriesAreRefusedOnTheFillsTabInGerman(FxRobot robot) throws Exception {
        TradePlan ready = JournalFixtures.example1(PlanStatus.READY, CREATED);
        TradePlan open = app.microplan.domain.TradeLifecycle.open(ready, java.util.List.of(
                app.microplan.domain.EntryFill.of("2026-03-02T09:30:00Z", "70000", "7", "0")), CREATED);
        openInGerman(robot, open);

        robot.clickOn("#fills-tab");
        type(robot, "fill-exit-time-1", "2026-03-03 14:00");
        type(robot, "fill-exit-price-1", "72.100");
        type(robot, "fill-exit-contracts-1", "8");
        type(robot, "fill-exit-fee-1", "0");

        assertThat(text(robot, "fills-problem"))
                .isEqualTo("Die Ausstiege schließen 8 Kontrakte, eingestiegen wurden aber nur 7.");
    }

    @Test
    void aLevelTooFarAwayAndTheInstrumentsComparisonReadInGerman(FxRobot robot) throws Exception {
        openInGerman(robot, binanceExample("70000"));

        type(robot, "ladder-level", "700.001");
        robot.interact(() -> robot.lookup("#ladder-add-level").queryAs(javafx.scene.control.Button.class).fire());

        assertThat(text(robot, "ladder-level-error"))
                .isEqualTo("700.001 ist mehr als zehnfach vom Ø Einstieg 70.000 entfernt");
        javafx.scene.layout.VBox instruments = robot.lookup("#instruments").queryAs(javafx.scene.layout.VBox.class);
        assertThat(robot.from(instruments).lookup(".label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .anySatisfy(name -> assertThat(name).endsWith(" (dieser Plan)"))
                .anySatisfy(line -> assertThat(line).contains(" · Liquidation ≈ 63.253,1 (Binance-Formel) · Kosten ")
                        .endsWith(" % des Nominalwerts"))
                .noneMatch(line -> line.contains("contract") || line.contains("notional"));
    }
}
