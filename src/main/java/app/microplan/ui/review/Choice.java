package app.microplan.ui.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A named yes/no answer of the review: an emotion felt, a checklist item followed. */
public final class Choice {
    private final String name;
    private final BooleanProperty chosen;

    Choice(String name, boolean initially) {
        this.name = name;
        this.chosen = new SimpleBooleanProperty(this, name, initially);
    }

    public String name() {
        return name;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }

    public void setChosen(boolean value) {
        chosen.set(value);
    }
}
