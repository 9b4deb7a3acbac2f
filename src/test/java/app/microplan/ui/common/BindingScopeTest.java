package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class BindingScopeTest {
    @Test
    void closingUndoesBindingsAndListeners() {
        StringProperty control = new SimpleStringProperty("");
        StringProperty model = new SimpleStringProperty("model");
        StringProperty label = new SimpleStringProperty("");
        int[] heard = {0};
        BindingScope scope = new BindingScope();
        scope.bindBidirectional(control, model);
        scope.bind(label, model);
        scope.listen(model, (obs, old, now) -> heard[0]++);

        scope.close();
        model.set("changed");

        assertThat(control.get()).isEqualTo("model");
        assertThat(label.isBound()).isFalse();
        assertThat(heard[0]).isZero();
        assertThat(scope.size()).isZero();
    }

    @Test
    void aChildIsClosedWithItsParent() {
        StringProperty label = new SimpleStringProperty("");
        StringProperty model = new SimpleStringProperty("x");
        BindingScope parent = new BindingScope();
        parent.child().bind(label, model);

        parent.close();

        assertThat(label.isBound()).isFalse();
    }
}
