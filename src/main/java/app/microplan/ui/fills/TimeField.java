package app.microplan.ui.fills;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.FieldValidation;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** A labelled time field with its message under it, marked like the number fields beside it. */
final class TimeField extends VBox {
    private final TextField field = new TextField();
    private final Label error = FieldValidation.messageLabel();

    TimeField(String labelText) {
        getStyleClass().addAll("number-field", "time-field");
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        field.setPromptText(Messages.text("date.timePrompt"));
        getChildren().addAll(label, field, error);
    }

    TextField field() {
        return field;
    }

    void bind(TimeInput input, BindingScope scope) {
        scope.bindBidirectional(field.textProperty(), input.textProperty());
        FieldValidation.bind(field, error, input.errorProperty(), scope);
    }
}
