package app.microplan.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Every binding and listener a view makes to one view model, undone together when the view model leaves
 * (Bisq 2's pattern): the views live as long as the window while plans are switched all the time, so a
 * binding that outlived its plan would keep the plan's view model alive and leak.
 */
public final class BindingScope {
    private final List<Runnable> undo = new ArrayList<>();

    public <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        undo.add(target::unbind);
    }

    public <T> void bindBidirectional(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        undo.add(() -> control.unbindBidirectional(model));
    }

    public <T> void listen(ObservableValue<T> observable, ChangeListener<? super T> listener) {
        observable.addListener(listener);
        undo.add(() -> observable.removeListener(listener));
    }

    public void listen(Observable observable, InvalidationListener listener) {
        observable.addListener(listener);
        undo.add(() -> observable.removeListener(listener));
    }

    public <E> void listenList(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        undo.add(() -> list.removeListener(listener));
    }

    /** A scope closed with this one, or earlier on its own (the rows of a list that is rebuilt). */
    public BindingScope child() {
        BindingScope child = new BindingScope();
        undo.add(child::close);
        return child;
    }

    public void onClose(Runnable action) {
        undo.add(action);
    }

    /** How many bindings and listeners are held (children count as one each). */
    public int size() {
        return undo.size();
    }

    public void close() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
    }
}
