package app.microplan.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** Read-only table columns of text worked out by a view model: the small tables of the review's tabs. */
public final class TextColumns {
    private TextColumns() {
    }

    /** A column showing {@code value} of each row; numbers right-aligned when {@code number} is set. */
    public static <T> TableColumn<T, String> of(String title, Function<T, String> value, boolean number) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        if (number) {
            column.getStyleClass().add("number-column");
        } else {
            // Words wrap onto more lines (the row grows) rather than end in "…"; figures keep their width (ColumnFit).
            column.setCellFactory(c -> new WrappingCell<>());
        }
        return column;
    }

    /** A table that fills its width with its columns, with a placeholder in words when it has no rows. */
    @SafeVarargs
    public static <T> TableView<T> table(String id, String emptyText, TableColumn<T, String>... columns) {
        java.util.List<TableColumn<T, String>> list = new java.util.ArrayList<>(columns.length);
        for (TableColumn<T, String> column : columns) {
            list.add(column);
        }
        return table(id, emptyText, list);
    }

    /** {@link #table(String, String, TableColumn[])} for columns made in a loop. */
    public static <T> TableView<T> table(String id, String emptyText, java.util.List<TableColumn<T, String>> columns) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Styling.caption(emptyText));
        table.getStyleClass().add("insight-table");
        ColumnFit.follow(table, column -> !column.getStyleClass().contains("number-column"));
        ColumnFit.scrollWhenCrowded(table);
        return table;
    }

    /** Lets {@code table} scroll sideways when its columns' least widths no longer fit it (see ColumnFit). */
    public static void scrollWhenCrowded(TableView<?> table) {
        ColumnFit.scrollWhenCrowded(table);
    }

    /** {@code width}, or more when a column showing {@code text} needs more (German: "Eingehalten", a date). */
    public static double atLeastFor(String text, double width) {
        return Math.max(width, ColumnFit.needed(text));
    }

    /**
     * Columns as wide as their header and their widest value, the table scrolling sideways when they do not all
     * fit: a file shown as it is (the import's preview), where every figure must read whole.
     */
    public static <T> void fitToContent(TableView<T> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ColumnFit.follow(table, column -> false);
    }

    /*
     * A text cell that wraps at spaces, as a Text wrapped to the column's width: a table row takes the height of
     * its tallest cell's graphic (a wrapping label would keep one line and end in "…").
     */
    private static final class WrappingCell<T> extends TableCell<T, String> {
        /** The cell's padding left and right in the theme. */
        private static final double PADDING = 16;
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("wrapping-cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setText(null);
            setGraphic(empty || item == null ? null : text);
        }
    }
}
