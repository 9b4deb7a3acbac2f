package app.microplan.ui.shell;

import static app.microplan.ui.WindowInput.text;
import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.ui.SampleEntries;
import app.microplan.ui.common.Messages;
import app.microplan.ui.playbooks.PlaybookResultsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TimeZone;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample journal set to German: the journal review's Playbooks tab reads German with German numbers, and the
 * week's review report saved from the Calendar tab is a German PDF.
 */
@ExtendWith(ApplicationExtension.class)
class GermanInsightsWindowTest {
    @TempDir
    Path journal;
    @TempDir
    Path reports;

    private Stage stage;
    private final TimeZone zoneBefore = TimeZone.getDefault();

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    /** The window counts days in the computer's time zone; the expected days below are UTC's. */
    @BeforeEach
    void inUtc() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void backToTheSystemsLanguage() {
        TimeZone.setDefault(zoneBefore);
        Messages.use(Messages.forLanguage(null));
    }

    private void openInGerman(FxRobot robot) throws Exception {
        SampleEntries.copyTo(journal);
        Files.copy(Path.of("assets/samples/journal/settings.json"), journal.resolve("settings.json"));
        GermanWindows.open(robot, stage, journal, AppContext.forTests(journal)
                .withSaveFileChooser((owner, initial, name, format) -> Optional.of(reports.resolve(name))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void tab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab-label").match(n -> ((Label) n).getText().equals(title)).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePlaybooksTabAndTheWeeksReportReadGerman(FxRobot robot) throws Exception {
        openInGerman(robot);

        tab(robot, "Playbooks");
        assertThat(text(robot, "playbook-summary")).isEqualTo("4 Playbooks · 36 Trades, 0 ohne Playbook");
        TableView<PlaybookResultsViewModel.PlaybookRow> results = robot.lookup("#playbook-results").queryAs(TableView.class);
        assertThat(results.getColumns()).extracting(c -> c.getText()).containsExactly("Playbook", "Trades",
                "Trefferquote", "Erwartungswert R", "Erwartungswert", "Profitfaktor", "Netto-G&V");
        assertThat(results.getItems().get(3).winRate()).isEqualTo("55,56 %");
        assertThat(results.getItems().get(3).expectancy()).isEqualTo("+26,84 $");
        TableView<PlaybookResultsViewModel.CriterionRow> criteria = robot.lookup("#playbook-criteria").queryAs(TableView.class);
        assertThat(criteria.getItems().get(0).verdict()).isEqualTo("Zahlt sich aus: 1,12 R je Trade, wenn abgehakt");
        assertThat(robot.lookup(".section-title").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(title -> title.startsWith("Welche Kriterien sich auszahlen"));

        tab(robot, "Kalender");
        robot.clickOn("#calendar-day-2026-02-02");
        robot.clickOn("#week-report");
        WaitForAsyncUtils.waitForFxEvents();
        Path report = reports.resolve("review-week-2026-02-02.pdf");
        assertThat(report).exists();
        assertThat(text(robot, "calendar-notice")).contains("2.–8. Februar 2026");
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Auswertung · Woche ab 2. Februar 2026", "Statistik", "Trefferquote", "Ruinrisiko",
                            "Seite 1 von")
                    .doesNotContain("Closed trades", "Page 1 of");
        }
    }
}
