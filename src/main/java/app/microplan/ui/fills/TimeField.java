package app.microplan.ui.fills;

import app.microplan.ui.common.BindingScope;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** A labelled time field with its message under it, like the number fields beside it. */
final class TimeField extends VBox {
    private final TextField field = new TextField();
    private final Label error = new Label();

    TimeField(String labelText) {
        getStyleClass().addAll("number-field", "time-field");
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        field.setPromptText(TimeInput.PATTERN.toLowerCase());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(label, field, error);
    }

    TextField field() {
        return field;
    }

    void bind(TimeInput input, BindingScope scope) {
        scope.bindBidirectional(field.textProperty(), input.textProperty());
        scope.bind(error.textProperty(), input.errorProperty());
        scope.listen(input.errorProperty(), (obs, old, now) -> showError(now));
        showError(input.getError());
        scope.onClose(() -> showError(null));
    }

    private void showError(String message) {
        error.setVisible(message != null);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
    }
}
