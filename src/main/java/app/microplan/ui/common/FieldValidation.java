package app.microplan.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * The one way a field shows what its view model says is wrong with it: ControlsFX's error decoration on the field
 * (the mark in its corner, the message as the mark's tooltip), the theme's danger outline, and the message in
 * words under the field (never only in a tooltip). The view model's error text is the only input: no validator
 * here or in ControlsFX looks at the text on its own, so the screen cannot disagree with what the view model,
 * its tests and the rule book see.
 */
public final class FieldValidation {
    private static final ValidationDecoration DECORATION = new GraphicValidationDecoration();

    private FieldValidation() {
    }

    /** The label under a field that holds its message; hidden while there is none. */
    public static Label messageLabel() {
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        return message;
    }

    /** Shows {@code error} (null: nothing wrong) on {@code field} and in {@code message} until {@code scope} closes. */
    public static void bind(Control field, Label message, ObservableStringValue error, BindingScope scope) {
        show(field, message, error.get());
        scope.listen(error, (obs, old, now) -> show(field, message, now));
        scope.onClose(() -> show(field, message, null));
    }

    static void show(Control field, Label message, String error) {
        message.setText(error == null ? "" : error);
        message.setVisible(error != null);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, error != null);
        DECORATION.removeDecorations(field);
        if (error != null) {
            DECORATION.applyValidationDecoration(ValidationMessage.error(field, error));
        }
    }
}
