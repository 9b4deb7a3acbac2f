package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A number field shows exactly what its view model's input says is wrong: the mark, the outline, the words. */
@ExtendWith(ApplicationExtension.class)
class FieldValidationTest {
    private final BindingScope scope = new BindingScope();
    private DecimalInput stop;
    private NumberField field;

    @Start
    void start(Stage stage) {
        stop = new DecimalInput("Stop", new LocaleNumbers(Locale.US), true, DecimalInput.positive());
        field = new NumberField("Stop", null);
        field.bind(stop, scope);
        stage.setScene(new Scene(new VBox(field), 300, 200));
        stage.show();
    }

    private boolean marked() {
        return !Decorator.getDecorations(field.field()).isEmpty()
                && field.field().getPseudoClassStates().toString().contains("danger")
                && field.errorLabel().isVisible();
    }

    @Test
    void aTextThatIsNotANumberIsMarkedWithTheViewModelsWords(FxRobot robot) {
        robot.interact(() -> stop.setText("abc"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(marked()).isTrue();
        assertThat(field.errorLabel().getText()).isEqualTo(stop.getError()).isEqualTo("“abc” is not a number");

        robot.interact(() -> stop.setText("69300"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Decorator.getDecorations(field.field())).isNullOrEmpty();
        assertThat(field.field().getPseudoClassStates().toString()).doesNotContain("danger");
        assertThat(field.errorLabel().isVisible()).isFalse();
    }

    @Test
    void aProblemTheViewModelFindsWithOtherFieldsMarksAValidNumberToo(FxRobot robot) {
        robot.interact(() -> {
            stop.setText("71000");
            stop.setProblem("A long’s stop must be below the entry");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(marked()).isTrue();
        assertThat(field.errorLabel().getText()).isEqualTo("A long’s stop must be below the entry");
    }

    @Test
    void closingTheBindingsClearsTheMarks(FxRobot robot) {
        robot.interact(() -> stop.setText("abc"));
        robot.interact(scope::close);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Decorator.getDecorations(field.field())).isNullOrEmpty();
        assertThat(field.errorLabel().isVisible()).isFalse();
    }
}
