package app.microplan.ui.common;

import atlantafx.base.controls.CustomTextField;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A labelled number field with its unit and, when its view model's number is wrong, the marks of
 * {@link FieldValidation}. Made once per window; {@link #bind} attaches it to the selected plan's input.
 */
public final class NumberField extends VBox {
    private final Label label = new Label();
    private final CustomTextField field = new CustomTextField();
    private final Label error = FieldValidation.messageLabel();

    public NumberField(String labelText, String unit) {
        getStyleClass().add("number-field");
        label.setText(labelText);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        // A long label (German: "Mindest-Chance-Risiko-Verhältnis") takes a second line rather than end in "…".
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        field.getStyleClass().add("number-input");
        if (unit != null) {
            Label suffix = new Label(unit);
            suffix.getStyleClass().add("unit");
            field.setRight(suffix);
        }
        getChildren().addAll(label, field, error);
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
        scope.bindBidirectional(field.textProperty(), decimal.textProperty());
        FieldValidation.bind(field, error, decimal.errorProperty(), scope);
    }
}
