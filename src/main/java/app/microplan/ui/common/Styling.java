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

    /** A field label above its control, the label pointing at it (for mnemonics and screen readers). */
    public static javafx.scene.layout.VBox labelled(String text, Node control, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(label, control);
        box.getStyleClass().add(styleClass);
        return box;
    }

    /** Keeps exactly one of {@code classes} on the node: the one for the current state. */
    public static void setOneOf(Node node, String chosen, String... classes) {
        node.getStyleClass().removeAll(classes);
        if (chosen != null) {
            node.getStyleClass().add(chosen);
        }
    }
}
