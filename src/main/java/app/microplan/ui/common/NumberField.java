package app.microplan.ui.common;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * A labelled number field with its unit, the ControlsFX error decoration and the message under the field
 * (never only a tooltip). Made once per window; {@link #bind} attaches it to the selected plan's input.
 */
public final class NumberField extends VBox {
    private final Label label = new Label();
    private final CustomTextField field = new CustomTextField();
    private final Label error = new Label();
    private final ValidationSupport validation;
    private DecimalInput input;

    public NumberField(String labelText, String unit, ValidationSupport validation) {
        this.validation = validation;
        getStyleClass().add("number-field");
        label.setText(labelText);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        field.getStyleClass().add("number-input");
        if (unit != null) {
            Label suffix = new Label(unit);
            suffix.getStyleClass().add("unit");
            field.setRight(suffix);
        }
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(label, field, error);
        validation.registerValidator(field, false, (control, text) -> ValidationResult.fromErrorIf(control,
                input == null ? "" : String.valueOf(input.getError()), input != null && input.hasError()));
    }

    public CustomTextField field() {
        return field;
    }

    public Label label() {
        return label;
    }

    public Label errorLabel() {
        return error;
    }

    public void setPrompt(String prompt) {
        field.setPromptText(prompt);
    }

    /** Shows and edits {@code decimal} until {@code scope} closes. */
    public void bind(DecimalInput decimal, BindingScope scope) {
        input = decimal;
        scope.bindBidirectional(field.textProperty(), decimal.textProperty());
        scope.bind(error.textProperty(), decimal.errorProperty());
        scope.listen(decimal.errorProperty(), (obs, old, now) -> showError(now));
        showError(decimal.getError());
        scope.onClose(() -> {
            input = null;
            showError(null);
        });
    }

    private void showError(String message) {
        error.setVisible(message != null);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
        validation.revalidate(field);
    }
}
