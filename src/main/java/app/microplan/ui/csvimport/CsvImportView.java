package app.microplan.ui.csvimport;

import app.microplan.ui.common.Messages;
import app.microplan.domain.QuantityUnit;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.Styling;
import app.microplan.ui.common.TextColumns;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Import executions dialog: which file it is and the account it belongs to on top (the column mapping only for
 * a file Microplan does not know), the file's first rows, then what reading the whole file found (every problem of
 * every row) and what the import will do: which plan takes which trade, the unplanned trades, the duplicates.
 * Layout and bindings only; the dialog lives as long as its view model, so nothing needs undoing.
 */
public final class CsvImportView extends VBox {
    private static final String NO_FEE = Messages.text("import.noFeeColumn");

    public CsvImportView(CsvImportViewModel vm, Runnable close) {
        getStyleClass().add("csv-import");
        Label title = new Label(Messages.text("import.from", vm.file().getFileName()));
        title.getStyleClass().add(Styles.TITLE_4);

        Label layout = new Label();
        layout.setId("import-layout");
        layout.setWrapText(true);
        layout.textProperty().bind(vm.layoutTextProperty());
        ComboBox<String> account = new ComboBox<>(vm.accounts());
        account.setId("import-account");
        account.valueProperty().bindBidirectional(vm.accountProperty());
        TextField source = new TextField();
        source.setId("import-source");
        source.textProperty().bindBidirectional(vm.sourceProperty());
        ComboBox<CsvImportViewModel.Delimiter> delimiter = new ComboBox<>();
        delimiter.getItems().setAll(CsvImportViewModel.Delimiter.values());
        delimiter.setConverter(converter(CsvImportViewModel.Delimiter::label));
        delimiter.valueProperty().bindBidirectional(vm.delimiterProperty());
        delimiter.setId("import-delimiter");
        CheckBox decimalComma = new CheckBox(Messages.text("import.decimalComma"));
        decimalComma.selectedProperty().bindBidirectional(vm.decimalCommaProperty());
        decimalComma.setId("import-decimal-comma");
        ComboBox<String> timeFormat = new ComboBox<>();
        timeFormat.getItems().setAll(CsvImportViewModel.TIME_FORMATS);
        timeFormat.setEditable(true);
        timeFormat.valueProperty().bindBidirectional(vm.timeFormatProperty());
        timeFormat.setId("import-time-format");
        TextField timeZone = new TextField();
        timeZone.textProperty().bindBidirectional(vm.timeZoneProperty());
        timeZone.setId("import-time-zone");
        ComboBox<QuantityUnit> unit = new ComboBox<>();
        unit.getItems().setAll(QuantityUnit.values());
        unit.setConverter(converter(u -> Messages.text(u == QuantityUnit.CONTRACTS ? "import.unitContracts" : "import.unitCoins")));
        unit.valueProperty().bindBidirectional(vm.quantityUnitProperty());
        unit.setId("import-unit");

        GridPane mapping = new GridPane();
        mapping.getStyleClass().add("field-grid");
        mapping.addRow(0, labelled(Messages.text("import.mappingName"), source), labelled(Messages.text("import.delimiter"), delimiter),
                labelled(Messages.text("import.timeFormat"), timeFormat), labelled(Messages.text("import.timeZone"), timeZone),
                labelled(Messages.text("import.quantityCounts"), unit));
        mapping.addRow(1, column(Messages.text("import.col.time"), vm.timeColumnProperty(), vm.headers(), "time"),
                column(Messages.text("import.col.symbol"), vm.symbolColumnProperty(), vm.headers(), "symbol"),
                column(Messages.text("import.col.side"), vm.sideColumnProperty(), vm.headers(), "side"),
                column(Messages.text("import.col.price"), vm.priceColumnProperty(), vm.headers(), "price"),
                column(Messages.text("import.col.quantity"), vm.quantityColumnProperty(), vm.headers(), "quantity"));
        mapping.add(column(Messages.text("import.col.fee"), vm.feeColumnProperty(), vm.headers(), "fee"), 0, 2);
        mapping.add(labelled("", decimalComma), 1, 2);
        mapping.visibleProperty().bind(vm.knownLayoutProperty().not());
        mapping.managedProperty().bind(mapping.visibleProperty());
        HBox fileRow = new HBox(labelled(Messages.text("import.account"), account), layout);
        fileRow.getStyleClass().add("import-match-row");
        fileRow.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(layout, Priority.ALWAYS);

        Label mappingProblem = problem("import-mapping-problem");
        mappingProblem.textProperty().bind(vm.mappingProblemProperty());
        mappingProblem.visibleProperty().bind(vm.mappingProblemProperty().isNotNull());

        TableView<List<String>> preview = new TableView<>(vm.previewRows());
        preview.setId("import-preview");
        preview.getStyleClass().add(Styles.DENSE);
        preview.setPrefHeight(190);
        // The file as it is, often a dozen columns: each as wide as its figures, the table scrolling sideways.
        TextColumns.fitToContent(preview);
        preview.setPlaceholder(new Label(Messages.text("import.reading")));
        showColumns(preview, vm.headers());
        vm.headers().addListener((ListChangeListener<String>) c -> showColumns(preview, vm.headers()));

        Label readSummary = new Label();
        readSummary.setId("import-read-summary");
        readSummary.setWrapText(true);
        readSummary.textProperty().bind(vm.readSummaryProperty());
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("import-problems");
        problems.getStyleClass().addAll(Styles.DENSE, "import-problems");
        problems.setPrefHeight(110);
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        Label match = new Label();
        match.setId("import-match");
        match.setWrapText(true);
        match.textProperty().bind(vm.resultSummaryProperty());
        ListView<String> outcome = list(vm.outcome(), "import-outcome", 96);
        ListView<String> notes = list(vm.notes(), "import-notes", 72);
        notes.getStyleClass().add("import-notes");

        Button importButton = new Button(Messages.text("import.import"), Icons.of(Material2AL.FILE_UPLOAD));
        importButton.setId("import-button");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(vm.canImportProperty().not());
        importButton.setOnAction(e -> vm.importNow());
        Button cancel = new Button(Messages.text("fills.cancel"));
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Label notice = new Label();
        notice.setId("import-notice");
        notice.getStyleClass().add("fills-notice");
        notice.textProperty().bind(vm.noticeProperty());
        vm.importedProperty().addListener((obs, old, now) -> {
            if (now) {
                close.run();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(notice, spacer, cancel, importButton);
        actions.getStyleClass().add("fills-actions");
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox.setVgrow(preview, Priority.SOMETIMES);
        getChildren().addAll(title, Styling.caption(Messages.text("import.caption")), fileRow, mapping,
                mappingProblem, Styling.sectionTitle(Messages.text("import.firstRows")), preview, readSummary, problems,
                Styling.sectionTitle(Messages.text("import.whatItDoes")), match, outcome, notes, actions);
    }

    private static ListView<String> list(ObservableList<String> items, String id, double height) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add(Styles.DENSE);
        list.setPrefHeight(height);
        list.visibleProperty().bind(Bindings.isNotEmpty(items));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    /* One column per header: the preview shows the file as it is, whatever the mapping says. */
    private static void showColumns(TableView<List<String>> table, List<String> headers) {
        List<TableColumn<List<String>, String>> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(headers.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().size()
                    ? c.getValue().get(index) : ""));
            column.setSortable(false);
            columns.add(column);
        }
        table.getColumns().setAll(columns);
    }

    private static VBox column(String label, ObjectProperty<String> property, ObservableList<String> headers,
                               String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("import-" + id + "-column");
        box.setMaxWidth(Double.MAX_VALUE);
        boolean optional = "fee".equals(id);
        Runnable fill = () -> {
            String chosen = property.get();
            List<String> items = new ArrayList<>();
            if (optional) {
                items.add(null);
            }
            items.addAll(headers);
            box.getItems().setAll(items);
            box.setValue(chosen);
        };
        fill.run();
        headers.addListener((ListChangeListener<String>) c -> fill.run());
        box.setConverter(converter(v -> v));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? (optional ? NO_FEE : Messages.text("export.choose")) : item);
            }
        });
        box.valueProperty().bindBidirectional(property);
        return labelled(label, box);
    }

    private static VBox labelled(String text, Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        VBox box = new VBox(label, control);
        box.getStyleClass().add("number-field");
        return box;
    }

    private static Label problem(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("fills-problem");
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? NO_FEE : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
