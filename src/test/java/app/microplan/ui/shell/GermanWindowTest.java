package app.microplan.ui.shell;

import static app.microplan.ui.WindowInput.awaitShown;
import static app.microplan.ui.WindowInput.text;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.PlanStatus;
import app.microplan.store.Settings;
import app.microplan.ui.JournalFixtures;
import app.microplan.ui.common.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A journal set to German opens a German window with German numbers, as the app starts it. */
@ExtendWith(ApplicationExtension.class)
class GermanWindowTest {
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

    private void openInGerman(FxRobot robot, app.microplan.domain.TradePlan plan) throws Exception {
        window = GermanWindows.openOnPlan(robot, stage, journal, plan);
    }

    @Test
    void aClosedTradesReviewAndFillsReadInGermanWithGermanNumbers(FxRobot robot) throws Exception {
        // Example 1 traded: +$109.50, +2.13 R (the figures CorrectFillsTest reads in English).
        openInGerman(robot, JournalFixtures.closedExample1(Instant.parse("2026-03-01T08:00:00Z")));

        robot.clickOn("#review-tab");
        awaitShown(robot, "outcome-pnl");
        assertThat(text(robot, "outcome-pnl")).isEqualTo("+109,50 $");
        assertThat(text(robot, "outcome-r")).isEqualTo("+2,13 R");
        assertThat(text(robot, "outcome-verdict")).isIn("Plan eingehalten", "Vom Plan abgewichen");
        assertThat(text(robot, "outcome-planned-r")).isEqualTo("+2,23 R");
        assertThat(robot.lookup(".figure-name").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Eingegangenes Risiko", "Haltedauer", "Durchschnittlicher Einstieg");
        assertThat(robot.lookup(".section-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("ERGEBNIS", "IHRE NACHBETRACHTUNG", "EMOTIONEN");
        assertThat(text(robot, "save-review")).isEqualTo("Nachbetrachtung speichern");

        robot.clickOn("#fills-tab");
        awaitShown(robot, "fills-position");
        assertThat(robot.lookup(".fills-heading").queryAs(Labeled.class).getText()).isEqualTo("Trade geschlossen");
        assertThat(text(robot, "fills-position")).startsWith("Eingestiegen: 7 Kontrakte zu durchschnittlich 70.")
                .endsWith(" · glattgestellt");
        assertThat(robot.lookup(".recorded-header").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("Ausführung", "Zeit", "Preis", "Kontrakte", "Gebühr / Betrag");
        // Times in the German form: day, month, year.
        assertThat(robot.lookup(".recorded-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .anySatisfy(cell -> assertThat(cell).matches("\\d{2}\\.\\d{2}\\.2026 \\d{2}:\\d{2}"))
                .contains("Einstieg");
    }

    @Test
    void theExportDialogAndThePrintPreviewReadInGermanWithGermanReasons(FxRobot robot) throws Exception {
        openInGerman(robot, JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-01-01T00:00:00Z")));

        robot.clickOn("Datei").clickOn("Checkliste exportieren…");
        javafx.stage.Window export = robot.lookup("#export-button").query().getScene().getWindow();
        assertThat(((Stage) export).getTitle()).isEqualTo("Checkliste exportieren");
        assertThat(text(robot, "export-button")).isEqualTo("Exportieren");
        assertThat(text(robot, "export-close")).isEqualTo("Schließen");
        robot.clickOn("#export-close");

        robot.clickOn("Datei").clickOn("Drucken…");
        assertThat(((Stage) robot.lookup(".print-preview").query().getScene().getWindow()).getTitle())
                .isEqualTo("Checkliste drucken");
        // The rule reasons of the sheet: German words, German numbers.
        assertThat(robot.lookup(".rule-message").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Risiko 49,00 $ sind 0,98 % des Kapitals, innerhalb der Grenze von 1,00 %",
                        "Stop 69.300 liegt unter jedem Einstieg");
        assertThat(robot.lookup(".checklist-heading").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Die Zahlen", "Regeln");
        // The price ladder's column headings, rows and note in German too.
        List<String> sheetText = robot.lookup(".checklist-value").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertThat(sheetText).contains("Kurs", "Netto-G/V", "Kapital", "Bis Liquidation", "Ø Einstieg +5 %", "−49,00 $")
                .doesNotContain("Equity after", "To liquidation", "Avg entry +5 %", "−$49.00");
        robot.clickOn("#print-close");
    }

    @Test
    void example1ReadsInGermanWithTheMarginAs9Comma80Percent(FxRobot robot) throws Exception {
        openInGerman(robot, JournalFixtures.example1(PlanStatus.DRAFT, Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(text(robot, "gauge-value")).isEqualTo("9,80 %");
        assertThat(text(robot, "margin-split")).isEqualTo("Dieser Plan 490,00 $ + andere Pläne 0,00 $ bei 5.000,00 $"
                + " Kapital = 9,80 %, unter der Grenze von 10,00 %");
        assertThat(text(robot, "plan-status")).isEqualTo("Entwurf");
        assertThat(robot.lookup(".plan-cell-details").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .anySatisfy(details -> assertThat(details).contains("Risiko 0,98 %"));
        assertThat(robot.lookup("#margin-gauge").query().getAccessibleText())
                .startsWith("Margin-Auslastung 9,80 %: Dieser Plan 490,00 $");
        assertThat(robot.lookup("#rule-risk-cap").query().getAccessibleText())
                .startsWith("Risiko innerhalb der Grenze: erfüllt.");
        assertThat(text(robot, "mark-ready")).isEqualTo("Als _bereit markieren");
        assertThat(robot.lookup(".section-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Positionsgröße", "Schriftlicher Plan", "Margin-Auslastung");
        assertThat(robot.lookup("#stop").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("69.300");
        assertThat(text(robot, "ready-verdict"))
                .isEqualTo("Jede blockierende Regel ist erfüllt: Der Plan kann als bereit markiert werden.");
    }
}
