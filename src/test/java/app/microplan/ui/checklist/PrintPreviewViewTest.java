package app.microplan.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.checklist.Checklist;
import app.microplan.checklist.ChecklistBuilder;
import app.microplan.checklist.ChecklistFixtures;
import app.microplan.checklist.PaperSize;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The print preview shows the whole checklist and, with no printer, says so in words. */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewViewTest {
    private Checklist checklist;
    private Stage window;
    private int printRequests;
    private int exportsOpened;

    @Start
    void start(Stage stage) {
        window = stage;
        checklist = ChecklistBuilder.build(ChecklistFixtures.exampleOne(), ZoneOffset.UTC);
        PrintChecklistService noPrinter = new PrintChecklistService(() -> null);
        PrintPreviewViewModel viewModel = new PrintPreviewViewModel(checklist,
                (c, paper) -> {
                    printRequests++;
                    return noPrinter.print(c, paper, stage);
                }, Locale.UK, () -> exportsOpened++);
        stage.setScene(new Scene(new PrintPreviewView(viewModel), 760, 800));
        stage.show();
    }

    private static Set<String> shownTexts(FxRobot robot) {
        return robot.lookup(".checklist-page .label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
    }

    @Test
    void showsEveryNumberRuleAndBox(FxRobot robot) {
        Set<String> texts = shownTexts(robot);

        assertThat(texts).contains(checklist.title(), checklist.verdict());
        checklist.numbers().forEach(field -> assertThat(texts).contains(field.label(), field.value()));
        checklist.rules().forEach(rule -> assertThat(texts).contains(rule.state().name(), rule.title(), rule.message()));
        assertThat(robot.lookup(".checklist-page .check-box").queryAllAs(CheckBox.class))
                .extracting(CheckBox::getText, CheckBox::isSelected)
                .containsExactly(checklist.items().stream()
                        .map(item -> org.assertj.core.groups.Tuple.tuple(item.text(), item.checked())).toArray(
                                org.assertj.core.groups.Tuple[]::new));
        assertThat(robot.lookup(".rule-passed").queryAll()).hasSize(checklist.rules().size());
    }

    @Test
    void choosingLetterLaysTheSheetOutAtLetterWidth(FxRobot robot) {
        ChoiceBox<?> paper = robot.lookup("#print-paper").queryAs(ChoiceBox.class);
        robot.interact(() -> paper.getSelectionModel().select(paper.getItems().indexOf(PaperSize.LETTER)));
        WaitForAsyncUtils.waitForFxEvents();

        Node sheet = robot.lookup(".print-preview-sheet").query();
        assertThat(sheet.getLayoutBounds().getWidth()).isEqualTo(PaperSize.LETTER.widthPoints(), org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void printingWithNoPrinterSaysWhatToDoInstead(FxRobot robot) {
        robot.clickOn("#print-button");
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#print-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo(PrintOutcome.NO_PRINTER_MESSAGE);
        assertThat(status.getStyleClass()).contains("export-status-error");
    }

    @Test
    void withNoPrinterItOffersThePdfExportAndKeepsEveryButtonReadable(FxRobot robot) {
        assertThat(robot.lookup("#print-export-instead").queryButton().isVisible()).isFalse();

        robot.clickOn("#print-button");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#print-export-instead").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#print-export-instead").queryButton().getText()).isEqualTo("Export PDF instead…");
        assertThat(app.microplan.ui.LayoutProblems.under(window.getScene().getRoot())).isEmpty();
        for (String button : new String[] {"#print-button", "#print-export-instead", "#print-close"}) {
            javafx.scene.control.Button b = robot.lookup(button).queryButton();
            assertThat(b.getWidth()).as(button).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }

        robot.clickOn("#print-export-instead");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(exportsOpened).isEqualTo(1);
        assertThat(window.isShowing()).as("the preview makes way for the export").isFalse();
    }

    @Test
    void escapeClosesThePreviewWithoutPrinting(FxRobot robot) {
        assertThat(robot.lookup("#print-close").queryButton().getText()).isEqualTo("Close");

        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.isShowing()).isFalse();
        assertThat(printRequests).isZero();
    }
}
