package app.microplan.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes a table's text columns to what their cells show, so no figure ends in "…": a column of numbers never gets
 * narrower than its widest figure, a column of words never narrower than its longest word (its cells wrap the
 * rest onto more lines), and each asks for the width of its longest line. The table's constrained resize policy
 * shares out the width between these bounds.
 */
final class ColumnFit {
    /** The cell's padding and the header's sort arrow, with a little air. */
    private static final double PADDING = 26;
    /** The theme's text size (AtlantaFX: 14 px), with a margin for bold figures and a different face. */
    private static final Font THEME_FONT = Font.font(Font.getDefault().getFamily(), 14);
    private static final double THEME_SCALE = 1.1;
    /** Room for a vertical scroll bar, which takes its width from the columns when the rows overflow. */
    private static final double SCROLL_BAR = 16;

    private ColumnFit() {
    }

    static <T> void follow(TableView<T> table, java.util.function.Predicate<TableColumn<T, ?>> wraps) {
        ListChangeListener<T> refit = c -> fit(table, wraps);
        // An invalidation listener: a change listener compares the lists with equals, and an empty list given for
        // another empty list would go unnoticed.
        ObservableList<?>[] followed = {null};
        table.itemsProperty().addListener(obs -> {
            ObservableList<T> now = table.getItems();
            if (followed[0] != null) {
                @SuppressWarnings("unchecked")
                ObservableList<T> old = (ObservableList<T>) followed[0];
                old.removeListener(refit);
            }
            if (now != null) {
                now.addListener(refit);
            }
            followed[0] = now;
            fit(table, wraps);
        });
        // Columns made after the rows (a file's headers read later) are fitted too.
        table.getColumns().addListener((ListChangeListener<TableColumn<T, ?>>) c -> fit(table, wraps));
        fit(table, wraps);
    }

    private static <T> void fit(TableView<T> table, java.util.function.Predicate<TableColumn<T, ?>> wraps) {
        ObservableList<T> items = table.getItems();
        int rows = items == null ? 0 : items.size();
        for (TableColumn<T, ?> column : table.getColumns()) {
            double line = width(column.getText());
            double word = line;
            for (int i = 0; i < rows; i++) {
                Object data = column.getCellData(i);
                if (data == null) {
                    continue;
                }
                String shown = data.toString();
                line = Math.max(line, width(shown));
                for (String part : shown.split("\\s+")) {
                    word = Math.max(word, width(part));
                }
            }
            boolean wrapping = wraps.test(column);
            column.setMinWidth(Math.ceil((wrapping ? word : line) * THEME_SCALE + PADDING));
            column.setPrefWidth(Math.ceil(line * THEME_SCALE + PADDING));
        }
    }

    /** The width a column needs to show {@code text} on one line, its header's or a cell's. */
    static double needed(String text) {
        return Math.ceil(width(text) * THEME_SCALE + PADDING);
    }

    /**
     * Shares the table's width out among its columns while their least widths fit in it, and lets the table scroll
     * sideways when they do not (a narrow window, long German headers): a constrained table would push its last
     * columns out of sight with no scroll bar. Stops when something else sets the table's policy.
     */
    static <T> void scrollWhenCrowded(TableView<T> table) {
        boolean[] ours = {true};
        boolean[] switching = {false};
        table.columnResizePolicyProperty().addListener(obs -> ours[0] &= switching[0]);
        Runnable choose = () -> {
            if (!ours[0]) {
                return;
            }
            double least = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
            var policy = table.getWidth() > 0 && least > room ? TableView.UNCONSTRAINED_RESIZE_POLICY
                    : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
            if (table.getColumnResizePolicy() != policy) {
                switching[0] = true;
                table.setColumnResizePolicy(policy);
                switching[0] = false;
            }
        };
        table.widthProperty().addListener(obs -> choose.run());
        table.getColumns().forEach(column -> column.minWidthProperty().addListener(obs -> choose.run()));
        table.getColumns().addListener((ListChangeListener<TableColumn<T, ?>>) c -> choose.run());
        choose.run();
    }

    private static double width(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(THEME_FONT);
        return measure.getLayoutBounds().getWidth();
    }
}
