package app.microplan.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
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
    /* Keys in a field's properties: the message it should be marked with, and whether it waits for its skin. */
    private static final String MESSAGE_KEY = "microplan.validation.message";
    private static final String WAITING_KEY = "microplan.validation.waitingForSkin";

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
        field.getProperties().put(MESSAGE_KEY, error);
        if (error == null) {
            return;
        }
        if (field.getSkin() != null) {
            DECORATION.applyValidationDecoration(ValidationMessage.error(field, error));
        } else {
            decorateOnceSkinned(field);
        }
    }

    /**
     * ControlsFX puts the mark among the control's skin's children; a control without a skin yet (a row made and
     * bound before it is on screen) would make it reach into JavaFX's internals by reflection, which JavaFX as
     * modules (mvn javafx:run, the installed app) refuses. So the mark waits for the skin, and the app needs no
     * --add-opens or --add-exports (docs/decisions/0010-controlsfx-validation-and-module-flags.md).
     */
    private static void decorateOnceSkinned(Control field) {
        if (field.getProperties().containsKey(WAITING_KEY)) {
            return;
        }
        field.getProperties().put(WAITING_KEY, Boolean.TRUE);
        field.skinProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable skin) {
                if (field.getSkin() == null) {
                    return;
                }
                field.skinProperty().removeListener(this);
                field.getProperties().remove(WAITING_KEY);
                Object error = field.getProperties().get(MESSAGE_KEY);
                if (error != null) {
                    DECORATION.applyValidationDecoration(ValidationMessage.error(field, error.toString()));
                }
            }
        });
    }
}
