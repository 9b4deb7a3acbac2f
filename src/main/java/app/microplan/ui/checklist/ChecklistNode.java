package app.microplan.ui.checklist;

import app.microplan.ui.common.Messages;
import app.microplan.checklist.Checklist;
import app.microplan.checklist.SheetLadder;
import app.microplan.domain.RuleState;
import app.microplan.domain.ChecklistItem;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The checklist as a JavaFX node of a given width, the same content and order as the PDF: what the print
 * preview shows and what the printer prints. One flat column of rows, so printing can break pages between rows.
 */
public final class ChecklistNode extends VBox {
    public static final String STYLESHEET = ChecklistNode.class.getResource("checklist.css").toExternalForm();

    public ChecklistNode(Checklist checklist, double width) {
        getStyleClass().add("checklist-page");
        getStylesheets().add(STYLESHEET);
        setPrefWidth(width);
        setMinWidth(width);
        setMaxWidth(width);
        Label title = wrapped(checklist.title(), "checklist-title");
        title.setId("checklist-title");
        getChildren().add(title);
        getChildren().add(headerGrid(checklist.header(), width));
        Label verdict = wrapped(checklist.verdict(), "verdict", checklist.ready() ? "verdict-ready" : "verdict-blocked");
        verdict.setMaxWidth(Double.MAX_VALUE);
        VBox.setMargin(verdict, new Insets(8, 0, 0, 0));
        getChildren().add(verdict);
        heading(Messages.text("sheet.numbers"));
        for (Checklist.Field field : checklist.numbers()) {
            getChildren().add(fieldRow(field, width));
        }
        getChildren().add(wrapped(checklist.sizeNote(), "checklist-note"));
        if (!checklist.ladder().isEmpty()) {
            heading(Messages.text("sheet.priceLadder"));
            getChildren().add(ladderRow(SheetLadder.headings(checklist.words()), width, "checklist-label"));
            for (Checklist.LadderLine line : checklist.ladder()) {
                getChildren().add(ladderRow(line.text().cells(), width,
                        "ladder-" + line.kind().name().toLowerCase(java.util.Locale.ROOT)));
            }
            getChildren().add(wrapped(SheetLadder.note(checklist.words()), "checklist-note"));
        }
        heading(Messages.text("sheet.beforeYouEnter"));
        for (ChecklistItem item : checklist.items()) {
            getChildren().add(box(item));
        }
        heading(Messages.text("sheet.rules"));
        for (Checklist.RuleLine rule : checklist.rules()) {
            getChildren().add(ruleRow(rule, width));
        }
        heading(Messages.text("sheet.writtenPlan"));
        for (Checklist.Section section : checklist.sections()) {
            getChildren().add(wrapped(section.title(), "checklist-subheading"));
            // One label per paragraph: printing breaks pages between rows, so smaller rows split better.
            for (String paragraph : section.text().split("\n")) {
                getChildren().add(wrapped(paragraph, section.written() ? "checklist-text" : "checklist-not-written"));
            }
        }
    }

    private void heading(String text) {
        Label heading = wrapped(text, "checklist-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(heading);
    }

    private static Label wrapped(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    private static GridPane headerGrid(List<Checklist.Field> fields, double width) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        grid.getColumnConstraints().addAll(fixed(60), fixed(width / 2 - 68), fixed(60), fixed(width / 2 - 68));
        for (int i = 0; i < fields.size(); i++) {
            Checklist.Field field = fields.get(i);
            int column = (i % 2) * 2;
            grid.add(wrapped(field.label(), "checklist-label"), column, i / 2);
            grid.add(wrapped(field.value(), "checklist-header-value"), column + 1, i / 2);
        }
        return grid;
    }

    private static GridPane fieldRow(Checklist.Field field, double width) {
        GridPane row = new GridPane();
        row.setHgap(8);
        row.getColumnConstraints().addAll(fixed(122), fixed(width - 130));
        row.add(wrapped(field.label(), "checklist-label"), 0, 0);
        row.add(wrapped(field.value(), "checklist-value"), 1, 0);
        row.getStyleClass().add("checklist-field");
        return row;
    }

    /** One ladder row, its own node so that printing may break pages between rows, as the PDF's table. */
    private static GridPane ladderRow(List<String> cells, double width, String styleClass) {
        GridPane row = new GridPane();
        row.setHgap(4);
        double[] widths = {58, 0, 66, 34, 70, 66, 78};
        double figures = java.util.Arrays.stream(widths).sum() + 4 * (widths.length - 1);
        widths[1] = width - figures;
        for (int c = 0; c < cells.size(); c++) {
            row.getColumnConstraints().add(fixed(widths[c]));
            Label cell = new Label(cells.get(c));
            cell.getStyleClass().addAll("checklist-value", styleClass);
            if (c != 1) {
                GridPane.setHalignment(cell, javafx.geometry.HPos.RIGHT);
            }
            row.add(cell, c, 0);
        }
        row.getStyleClass().add("checklist-ladder-row");
        return row;
    }

    private static HBox ruleRow(Checklist.RuleLine rule, double width) {
        Label badge = new Label(rule.state().name());
        badge.getStyleClass().addAll("rule-badge", styleOf(rule.state()));
        Label title = wrapped(rule.title(), "rule-title");
        title.setMinWidth(160);
        title.setPrefWidth(160);
        Label message = wrapped(rule.message(), "rule-message");
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(width - 34 - 160 - 16);
        HBox row = new HBox(8, badge, title, message);
        row.getStyleClass().add("rule-row");
        return row;
    }

    static String styleOf(RuleState state) {
        return switch (state) {
            case PASS -> "rule-passed";
            case FAIL -> "rule-failed";
            case WARN -> "rule-warning";
        };
    }

    /** A real check box showing the plan's tick; it only shows, the plan is ticked in the editor. */
    private static CheckBox box(ChecklistItem item) {
        CheckBox box = new CheckBox(item.text());
        box.setSelected(item.checked());
        box.setWrapText(true);
        box.setMouseTransparent(true);
        box.setFocusTraversable(false);
        return box;
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints column = new ColumnConstraints(width);
        column.setMinWidth(width);
        column.setMaxWidth(width);
        return column;
    }
}
