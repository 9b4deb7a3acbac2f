package app.microplan.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** Small layout helpers shared by the views: stylesheets by name, section titles, style classes by state. */
public final class Styling {
    private Styling() {
    }

    /** Adds {@code app/microplan/ui/<path>} to the node's stylesheets. */
    public static void addStylesheet(Parent parent, String path) {
        parent.getStylesheets().add(Styling.class.getResource("/app/microplan/ui/" + path).toExternalForm());
    }

    public static Label sectionTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        return title;
    }

    public static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        return caption;
    }

    /** Keeps exactly one of {@code classes} on the node: the one for the current state. */
    public static void setOneOf(Node node, String chosen, String... classes) {
        node.getStyleClass().removeAll(classes);
        if (chosen != null) {
            node.getStyleClass().add(chosen);
        }
    }
}
