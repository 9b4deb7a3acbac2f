package app.microplan.ui.playbooks;

import app.microplan.ui.common.DialogFit;
import app.microplan.domain.Playbook;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.DecimalInput;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.NumberField;
import app.microplan.ui.common.Styling;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * View ▸ Playbooks…: the playbooks on the left, the selected one's rules on the right, Save to write them to
 * the journal. Layout and bindings only.
 */
public final class PlaybookEditorDialog extends Dialog<Void> {
    private static final ButtonType SAVE = new ButtonType(Messages.text("playbook.save"), ButtonBar.ButtonData.OK_DONE);
    private final BindingScope scope = new BindingScope();

    public PlaybookEditorDialog(Window owner, PlaybookEditorViewModel vm) {
        initOwner(owner);
        DialogFit.install(this);
        setTitle(Messages.text("playbook.title"));
        setHeaderText(Messages.text("playbook.header"));
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CLOSE);
        Styling.addStylesheet(getDialogPane(), "shell/shell.css");
        Styling.addStylesheet(getDialogPane(), "insights/insights.css");
        getDialogPane().getStyleClass().add("playbook-editor");

        ListView<Playbook> list = new ListView<>(vm.playbooks());
        list.setId("playbook-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Playbook item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        list.getSelectionModel().select(vm.selectedProperty().get());
        scope.listen(list.getSelectionModel().selectedItemProperty(), (obs, old, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        scope.listen(vm.selectedProperty(), (obs, old, now) -> list.getSelectionModel().select(now));
        Button add = new Button(Messages.text("playbook.add"), Icons.of(Material2AL.ADD));
        add.setId("add-playbook");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setOnAction(e -> vm.add());
        Button delete = new Button(Messages.text("playbook.delete"), Icons.of(Material2AL.DELETE_OUTLINE));
        delete.setId("delete-playbook");
        delete.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        delete.setOnAction(e -> vm.deleteSelected());
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        VBox left = new VBox(list, new HBox(add, delete));
        left.getStyleClass().add("playbook-list-pane");
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField name = text("playbook-name", vm.nameProperty());
        TextField description = text("playbook-description", vm.descriptionProperty());
        TextField tags = text("playbook-tags", vm.tagsProperty());
        TextArea checklist = area("playbook-checklist", vm.checklistProperty());
        TextArea prompts = area("playbook-prompts", vm.promptsProperty());
        NumberField risk = number(Messages.text("playbook.riskPerTrade"), "%", vm.riskPercent(), "playbook-risk");
        NumberField rewardRisk = number(Messages.text("playbook.minRewardRisk"), ":1", vm.minRewardRisk(), "playbook-reward-risk");
        Label errors = new Label();
        errors.setId("playbook-errors");
        errors.getStyleClass().add("field-error");
        errors.setWrapText(true);
        scope.bind(errors.textProperty(), Bindings.createStringBinding(() -> String.join("\n", vm.errors()),
                vm.errors()));
        VBox form = new VBox(
                Styling.labelled(Messages.text("playbook.name"), name, "text-section"),
                Styling.labelled(Messages.text("playbook.description"), description, "text-section"),
                new HBox(12, risk, rewardRisk),
                Styling.caption(Messages.text("playbook.riskCaption")),
                Styling.labelled(Messages.text("playbook.tags"), tags, "text-section"),
                Styling.labelled(Messages.text("playbook.checklist"), checklist, "text-section"),
                Styling.labelled(Messages.text("playbook.prompts"), prompts, "text-section"),
                errors);
        form.getStyleClass().add("playbook-form");
        form.disableProperty().bind(vm.selectedProperty().isNull());
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add(Styles.FLAT);

        Label status = new Label();
        status.setId("playbook-status");
        status.getStyleClass().add("fills-notice");
        scope.bind(status.textProperty(), Bindings.createStringBinding(() -> !vm.statusProperty().get().isEmpty()
                ? vm.statusProperty().get() : vm.dirtyProperty().get() ? Messages.text("playbook.notSaved") : "",
                vm.statusProperty(), vm.dirtyProperty()));
        BorderPane content = new BorderPane(formScroll, null, null, status, left);
        BorderPane.setAlignment(status, Pos.CENTER_LEFT);
        content.getStyleClass().add("playbook-editor-content");
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(860, 660);
        getDialogPane().setMinSize(640, 480);
        setResizable(true);
        Node save = getDialogPane().lookupButton(SAVE);
        save.setId("save-playbooks");
        save.disableProperty().bind(Bindings.isNotEmpty(vm.errors()).or(vm.dirtyProperty().not()));
        // Save writes and keeps the dialog open: the trader sees it saved, or why not.
        save.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.save();
        });
        setOnHidden(e -> {
            scope.close();
            vm.dispose();
        });
    }

    private TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        scope.bindBidirectional(field.textProperty(), property);
        return field;
    }

    private TextArea area(String id, javafx.beans.property.StringProperty property) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(4);
        area.setWrapText(true);
        scope.bindBidirectional(area.textProperty(), property);
        return area;
    }

    private NumberField number(String label, String unit, DecimalInput input, String id) {
        NumberField field = new NumberField(label, unit);
        field.field().setId(id);
        field.bind(input, scope);
        return field;
    }

}
