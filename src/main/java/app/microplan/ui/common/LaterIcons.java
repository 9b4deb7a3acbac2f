package app.microplan.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;

/**
 * Icons a view gives its buttons once asked to ({@link #show}), not when it is built: the first icon made loads the
 * icon font (80–110 ms), which the app's start keeps off the way to the plan's numbers (decision 0020). After
 * {@code show}, icons are given at once.
 */
public final class LaterIcons {
    private final Map<Labeled, Ikon> waiting = new LinkedHashMap<>();
    private boolean shown;

    /** Gives {@code control} the icon now if the icons are shown already, else when they are. */
    public void set(Labeled control, Ikon ikon) {
        if (shown) {
            control.setGraphic(Icons.of(ikon));
        } else {
            waiting.put(control, ikon);
        }
    }

    /** Gives every waiting control its icon; later ones get theirs at once. */
    public void show() {
        shown = true;
        waiting.forEach((control, ikon) -> control.setGraphic(Icons.of(ikon)));
        waiting.clear();
    }
}
