package app.microplan.ui.plan;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.RowPool;
import app.microplan.ui.common.Styling;
import app.microplan.ui.common.TextAreas;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The written plan: thesis, the three sections the rules require, notes, the pre-trade checklist and tags. */
public final class WrittenPlanView extends VBox {
    private final TextArea thesis = area("thesis", Messages.text("written.thesisPrompt"), 2);
    private final TextArea entryCriteria = area("entry-criteria", Messages.text("written.entryCriteriaPrompt"), 3);
    private final TextArea exitStrategy = area("exit-strategy", Messages.text("written.exitStrategyPrompt"), 3);
    private final TextArea riskRules = area("risk-rules", Messages.text("written.riskRulesPrompt"), 3);
    private final TextArea notes = area("notes", Messages.text("written.notesPrompt"), 2);
    private final VBox checklistRows = new VBox();
    private final RowPool<HBox, ChecklistItemInput> checklist = new RowPool<>(checklistRows, WrittenPlanView::checklistRow,
            this::bindChecklistItem);
    private final TextField newItem = new TextField();
    private final Button addItem = new Button(null, Icons.of(Material2AL.ADD));
    private final TextField tags = new TextField();
    private PlanViewModel current;

    public WrittenPlanView() {
        getStyleClass().addAll("panel", "written-plan-view");
        checklistRows.getStyleClass().add("checklist");
        newItem.setPromptText(Messages.text("written.addItemPrompt"));
        newItem.setId("new-checklist-item");
        addItem.getStyleClass().addAll(Styles.BUTTON_ICON, "add-checklist-item");
        addItem.setTooltip(new Tooltip(Messages.text("written.addItemTip")));
        HBox addRow = new HBox(newItem, addItem);
        addRow.getStyleClass().add("input-row");
        HBox.setHgrow(newItem, Priority.ALWAYS);
        tags.setId("tags");
        tags.setPromptText(Messages.text("written.tagsPrompt"));
        getChildren().addAll(Styling.sectionTitle(Messages.text("written.title")),
                labelled(Messages.text("written.thesis"), thesis, false),
                labelled(Messages.text("written.entryCriteria"), entryCriteria, true),
                labelled(Messages.text("written.exitStrategy"), exitStrategy, true),
                labelled(Messages.text("written.riskRules"), riskRules, true),
                labelled(Messages.text("written.notes"), notes, false),
                Styling.sectionTitle(Messages.text("written.checklist")), checklistRows, addRow,
                labelled(Messages.text("written.tags"), tags, false));
    }

    private static TextArea area(String id, String prompt, int rows) {
        return TextAreas.prose(id, prompt, rows);
    }

    private static VBox labelled(String text, javafx.scene.control.Control control, boolean required) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        if (required) {
            Label mark = new Label(Messages.text("written.neededForReady"));
            mark.getStyleClass().add("required-mark");
            HBox head = new HBox(label, mark);
            head.getStyleClass().add("label-row");
            return box(head, control);
        }
        return box(label, control);
    }

    private static VBox box(javafx.scene.Node head, javafx.scene.control.Control control) {
        VBox box = new VBox(head, control);
        box.getStyleClass().add("text-section");
        return box;
    }

    private static HBox checklistRow() {
        CheckBox check = new CheckBox();
        check.setWrapText(true);
        Button remove = new Button(null, Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "row-remove");
        remove.setTooltip(new Tooltip(Messages.text("written.removeItem")));
        HBox row = new HBox(check, remove);
        row.getStyleClass().add("checklist-row");
        HBox.setHgrow(check, Priority.ALWAYS);
        check.setMaxWidth(Double.MAX_VALUE);
        return row;
    }

    private void bindChecklistItem(HBox row, ChecklistItemInput item, int index, BindingScope scope) {
        CheckBox check = (CheckBox) row.getChildren().get(0);
        Button remove = (Button) row.getChildren().get(1);
        check.setId("checklist-item-" + (index + 1));
        scope.bind(check.textProperty(), item.textProperty());
        scope.bindBidirectional(check.selectedProperty(), item.checkedProperty());
        PlanViewModel vm = current;
        remove.setOnAction(e -> vm.written().removeChecklistItem(item));
        scope.onClose(() -> remove.setOnAction(null));
        check.setDisable(vm.isReadOnly());
        scope.bind(remove.disableProperty(), vm.editableProperty().not());
    }

    public void bind(PlanViewModel vm, BindingScope scope) {
        current = vm;
        scope.onClose(() -> current = null);
        WrittenInputs written = vm.written();
        scope.bindBidirectional(thesis.textProperty(), written.thesisProperty());
        scope.bindBidirectional(entryCriteria.textProperty(), written.entryCriteriaProperty());
        scope.bindBidirectional(exitStrategy.textProperty(), written.exitStrategyProperty());
        scope.bindBidirectional(riskRules.textProperty(), written.riskRulesProperty());
        scope.bindBidirectional(notes.textProperty(), written.notesProperty());
        scope.bindBidirectional(tags.textProperty(), written.tagsProperty());
        checklist.bind(written.checklist(), scope);
        Runnable add = () -> {
            if (!newItem.getText().isBlank()) {
                written.addChecklistItem(newItem.getText().strip());
                newItem.clear();
            }
        };
        addItem.setOnAction(e -> add.run());
        newItem.setOnAction(e -> add.run());
        scope.onClose(() -> {
            addItem.setOnAction(null);
            newItem.setOnAction(null);
        });
        for (javafx.scene.control.TextInputControl text : new javafx.scene.control.TextInputControl[] {thesis,
                entryCriteria, exitStrategy, riskRules, notes, tags, newItem}) {
            text.setEditable(!vm.isReadOnly());
        }
        addItem.setDisable(vm.isReadOnly());
    }
}
