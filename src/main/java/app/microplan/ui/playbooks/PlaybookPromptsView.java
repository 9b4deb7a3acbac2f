package app.microplan.ui.playbooks;

import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Styling;
import app.microplan.ui.plan.PlanViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The playbook's prompts above the written plan, each with a box for the answer. Layout and bindings only. */
public final class PlaybookPromptsView extends VBox {

    public PlaybookPromptsView() {
        getStyleClass().addAll("panel", "playbook-prompts");
        setId("plan-playbook-prompts");
        managedProperty().bind(visibleProperty());
    }

    public void bind(PlanViewModel plan, BindingScope scope) {
        PlaybookPromptsViewModel vm = new PlaybookPromptsViewModel(plan);
        getChildren().clear();
        setVisible(vm.isShown());
        if (!vm.isShown()) {
            return;
        }
        getChildren().add(Styling.sectionTitle(vm.title()));
        int n = 0;
        for (PlaybookPromptsViewModel.PromptInput prompt : vm.prompts()) {
            n++;
            Label question = new Label(prompt.prompt());
            question.getStyleClass().add("field-label");
            question.setWrapText(true);
            TextArea answer = new TextArea();
            answer.setId("playbook-answer-" + n);
            answer.setPrefRowCount(2);
            answer.setWrapText(true);
            question.setLabelFor(answer);
            scope.bindBidirectional(answer.textProperty(), prompt.answer());
            scope.bind(answer.editableProperty(), vm.editableProperty());
            getChildren().addAll(question, answer);
        }
        scope.onClose(() -> getChildren().clear());
    }
}
