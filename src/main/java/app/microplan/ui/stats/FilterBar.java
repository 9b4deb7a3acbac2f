package app.microplan.ui.stats;

import app.microplan.ui.common.DateText;
import app.microplan.ui.common.Messages;
import app.microplan.domain.Direction;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.StatusPicker;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The journal review's filter: status, symbol, side, tag, date range and words, with Closed trades and Clear. */
final class FilterBar extends FlowPane {
    private final StatusPicker statuses = new StatusPicker("filter-status");
    private final ComboBox<String> symbol = new ComboBox<>();
    private final ComboBox<Direction> side = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final CustomTextField text = new CustomTextField();
    private final Button closedTrades = new Button(Messages.text("filter.closedTrades"));
    private final Button clear = new Button(Messages.text("filter.clear"), Icons.of(Material2AL.CLEAR_ALL));
    private final Label problem = new Label();

    FilterBar() {
        getStyleClass().add("filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        symbol.setId("filter-symbol");
        symbol.setConverter(converter(s -> s));
        side.getItems().setAll(nullAnd(List.of(Direction.values())));
        side.setConverter(converter(Direction::label));
        side.setButtonCell(allCell(Messages.text("filter.bothSides"), Direction::label));
        side.setId("filter-side");
        tag.setId("filter-tag");
        tag.setConverter(converter(s -> s));
        from.setPromptText(Messages.text("filter.from"));
        from.setId("filter-from");
        to.setPromptText(Messages.text("filter.to"));
        to.setId("filter-to");
        for (DatePicker picker : List.of(from, to)) {
            picker.getStyleClass().add("filter-date");
            // ISO as well as the language's own form: the picker's own converter read only the JVM's locale.
            picker.setConverter(DateText.converter());
        }
        text.setPromptText(Messages.text("filter.words"));
        text.setLeft(Icons.of(Material2MZ.SEARCH));
        text.setId("filter-text");
        text.getStyleClass().add("filter-text");
        closedTrades.setId("filter-closed");
        closedTrades.getStyleClass().add(Styles.FLAT);
        clear.setId("filter-clear");
        clear.getStyleClass().add(Styles.FLAT);
        problem.getStyleClass().add("fills-problem");
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(statuses.control(), symbol, side, tag, from, to, text, closedTrades, clear, problem);
    }

    void bind(JournalReviewViewModel vm, BindingScope scope) {
        showChoices(symbol, vm.symbols(), Messages.text("filter.allSymbols"));
        showChoices(tag, vm.tags(), Messages.text("filter.allTags"));
        scope.listenList(vm.symbols(),
                (ListChangeListener<String>) c -> showChoices(symbol, vm.symbols(), Messages.text("filter.allSymbols")));
        scope.listenList(vm.tags(), (ListChangeListener<String>) c -> showChoices(tag, vm.tags(), Messages.text("filter.allTags")));
        scope.bindBidirectional(symbol.valueProperty(), vm.symbolProperty());
        scope.bindBidirectional(side.valueProperty(), vm.sideProperty());
        scope.bindBidirectional(tag.valueProperty(), vm.tagProperty());
        scope.bindBidirectional(from.valueProperty(), vm.fromProperty());
        scope.bindBidirectional(to.valueProperty(), vm.toProperty());
        scope.bindBidirectional(text.textProperty(), vm.textProperty());
        statuses.bind(vm.statuses(), scope);
        scope.bind(problem.textProperty(), vm.filterProblemProperty());
        scope.bind(problem.visibleProperty(), vm.filterProblemProperty().isNotNull());
        closedTrades.setOnAction(e -> vm.showClosedTrades());
        clear.setOnAction(e -> vm.clearFilters());
    }

    /* "All …" is the null choice at the top; the chosen value stays chosen when the list is refreshed. */
    private static void showChoices(ComboBox<String> box, ObservableList<String> values, String all) {
        String chosen = box.getValue();
        box.getItems().setAll(nullAnd(values));
        box.setValue(chosen);
        box.setPromptText(all);
        box.setButtonCell(allCell(all, v -> v));
    }

    /* A picker's null choice reads "All symbols" (or "Both sides") in the closed picker, not a blank. */
    private static <T> ListCell<T> allCell(String all, Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? all : text.apply(item));
            }
        };
    }

    private static <T> List<T> nullAnd(List<T> values) {
        List<T> withAll = new ArrayList<>();
        withAll.add(null);
        withAll.addAll(values);
        return withAll;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? Messages.text("filter.all") : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
