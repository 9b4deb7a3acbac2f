package app.microplan.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Shows one row per item of a view model's list, reusing row controls: rows are made once and rebound, so
 * validators registered on their fields are never orphaned and focus stays where the trader is typing.
 */
public final class RowPool<R extends Node, T> {

    /** Attaches a row to an item until the scope closes. */
    @FunctionalInterface
    public interface RowBinder<R, T> {
        void bind(R row, T item, int index, BindingScope scope);
    }

    private final Pane container;
    private final Supplier<R> factory;
    private final RowBinder<R, T> binder;
    private final List<R> rows = new ArrayList<>();
    private BindingScope rowScope;

    public RowPool(Pane container, Supplier<R> factory, RowBinder<R, T> binder) {
        this.container = container;
        this.factory = factory;
        this.binder = binder;
    }

    /** Follows {@code items} until {@code scope} closes. */
    public void bind(ObservableList<T> items, BindingScope scope) {
        rowScope = scope.child();
        show(items);
        scope.listenList(items, (ListChangeListener<T>) change -> show(items));
        scope.onClose(() -> rows.forEach(r -> r.setVisible(false)));
    }

    public List<R> rows() {
        return rows;
    }

    /** The row showing item {@code index}. */
    public R row(int index) {
        return rows.get(index);
    }

    private void show(ObservableList<T> items) {
        rowScope.close();
        while (rows.size() < items.size()) {
            R row = factory.get();
            row.managedProperty().bind(row.visibleProperty());
            rows.add(row);
            container.getChildren().add(row);
        }
        for (int i = 0; i < rows.size(); i++) {
            boolean used = i < items.size();
            rows.get(i).setVisible(used);
            if (used) {
                binder.bind(rows.get(i), items.get(i), i, rowScope);
            }
        }
    }
}
