package app.microplan.ui.plan;

import app.microplan.domain.ChecklistItem;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One pre-trade checklist line, ticked or not. */
public final class ChecklistItemInput {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");

    public ChecklistItemInput(ChecklistItem item) {
        text.set(item.text());
        checked.set(item.checked());
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    /** The item, or null when its text was cleared. */
    ChecklistItem toItem() {
        return text.get() == null || text.get().isBlank() ? null : new ChecklistItem(text.get().strip(), checked.get());
    }
}
