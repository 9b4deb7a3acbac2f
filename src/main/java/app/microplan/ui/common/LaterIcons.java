package app.microplan.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;

/**
 * Icons a view gives its controls once asked to ({@link #show}), not when it is built: the first icon made loads the
 * icon font (80–110 ms), which the app's start keeps off the way to the plan's numbers (decision 0020). After
 * {@code show}, icons are given at once.
 */
public final class LaterIcons {
    private record Waiting(Consumer<Node> graphic, Ikon ikon) {
    }

    private final List<Waiting> waiting = new ArrayList<>();
    private boolean shown;

    /** Gives {@code control} the icon now if the icons are shown already, else when they are. */
    public void set(Labeled control, Ikon ikon) {
        set(control::setGraphic, ikon);
    }

    /** As {@link #set(Labeled, Ikon)} for anything with a graphic (a menu item, a tab). */
    public void set(Consumer<Node> graphic, Ikon ikon) {
        if (shown) {
            graphic.accept(Icons.of(ikon));
        } else {
            waiting.add(new Waiting(graphic, ikon));
        }
    }

    /** Gives every waiting control its icon; later ones get theirs at once. */
    public void show() {
        shown = true;
        waiting.forEach(w -> w.graphic().accept(Icons.of(w.ikon())));
        waiting.clear();
    }
}
