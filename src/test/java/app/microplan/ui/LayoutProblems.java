package app.microplan.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What a trader could not read on screen: a Labeled whose shown text differs from its text (JavaFX ends a clipped
 * text in its ellipsis, "...") or that lies outside the window, or outside its scroll pane sideways (plan columns scroll only up
 * and down; a table that shows a sideways scroll bar is scrolled to). Checked are the labels that matter: buttons, the verdict, field labels every text with a digit and every column header.
 */
public final class LayoutProblems {
    private LayoutProblems() {
    }

    /** Every problem under {@code root}, as "what: why" lines; empty when all can be read. */
    public static List<String> under(Node root) {
        List<String> problems = new ArrayList<>();
        collect(root, problems);
        return problems;
    }

    private static void collect(Node node, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && matters(labeled)) {
            check(labeled, problems);
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), problems);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, problems);
            }
        }
    }

    static boolean matters(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return false;
        }
        return labeled instanceof ButtonBase || text.chars().anyMatch(Character::isDigit)
                || "ready-verdict".equals(labeled.getId()) || labeled.getStyleClass().contains("field-label")
                || labeled.getStyleClass().contains("status-badge") || inColumnHeader(labeled);
    }

    /* A table's column header names the figures below it ("Gewinnfaktor"): cut off, the column cannot be read. */
    private static boolean inColumnHeader(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof TableColumnHeader) {
                return true;
            }
        }
        return false;
    }

    private static void check(Labeled labeled, List<String> problems) {
        String name = (labeled.getId() == null ? labeled.getClass().getSimpleName() : "#" + labeled.getId())
                + " \"" + labeled.getText() + "\"";
        Node shown = labeled.lookup(".text");
        if (shown instanceof Text text) {
            String expected = labeled.isMnemonicParsing() ? withoutMnemonic(labeled.getText()) : labeled.getText();
            boolean clipped = text.getText().endsWith(labeled.getEllipsisString());
            // A wrapping label shows its text over several lines, the same text with line breaks; clipped, it ends in "…".
            if (!text.getText().equals(expected) && (clipped || !labeled.isWrapText())) {
                problems.add(name + ": shows \"" + text.getText() + "\"");
            }
        }
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        double width = labeled.getScene().getWidth();
        double height = labeled.getScene().getHeight();
        Node scroll = enclosingScroll(labeled);
        if (scroll == null) {
            if (bounds.getMinX() < -0.5 || bounds.getMinY() < -0.5 || bounds.getMaxX() > width + 0.5
                    || bounds.getMaxY() > height + 0.5) {
                problems.add(name + ": outside the " + width + "×" + height + " window at " + bounds);
            }
        } else {
            Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            // Sideways, what must be in view is the text (a cell's padding may pass the edge by a rounding pixel).
            Bounds seen = shown == null ? bounds : shown.localToScene(shown.getBoundsInLocal());
            if (!scrollsSideways(scroll) && (seen.getMinX() < viewport.getMinX() - 0.5
                    || seen.getMaxX() > viewport.getMaxX() + 0.5) || viewport.getMaxX() > width + 0.5) {
                problems.add(name + ": cut off sideways at " + bounds + " in its scroll area " + viewport);
            }
        }
    }

    /* A scroll pane, or the flow of a list or table: a row below its fold is scrolled to, not cut off. */
    private static Node enclosingScroll(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane || parent instanceof VirtualFlow<?>) {
                return parent;
            }
            // A column's header scrolls sideways with the table's rows.
            if (parent instanceof TableHeaderRow header && header.getParent() != null) {
                Node flow = header.getParent().lookup(".virtual-flow");
                if (flow != null) {
                    return flow;
                }
            }
        }
        return null;
    }

    /* A table wider than its view shows a sideways scroll bar: a column right of it is scrolled to, not cut off. */
    private static boolean scrollsSideways(Node scroll) {
        return scroll instanceof VirtualFlow<?> && scroll.lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> bar instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL
                        && b.isVisible() && b.getParent() == scroll);
    }

    /* What a label with mnemonic parsing shows: "_Stop" as "Stop". */
    private static String withoutMnemonic(String text) {
        int at = text.indexOf('_');
        return at < 0 || at == text.length() - 1 ? text : text.substring(0, at) + text.substring(at + 1);
    }
}
