package app.microplan.ui.fills;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.NumberField;
import app.microplan.ui.common.RowPool;
import app.microplan.ui.common.Styling;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Fills tab: the entry fills that open a ready plan, the exit fills and funding that close an open one, the
 * fills on record, and Cancel for a plan never entered. Layout and bindings only.
 */
public final class FillsView extends BorderPane {
    private FillsViewModel current;
    private final Label heading = new Label();
    private final Label explanation = Styling.caption("");
    private final Label planned = new Label();
    private final GridPane recordedGrid = new GridPane();
    private final Label position = new Label();
    private final VBox recordedBox;
    private final Label entriesTitle = Styling.sectionTitle(Messages.text("fills.entryFills"));
    private final VBox entryRows = new VBox();
    private final RowPool<FillRow, FillInput> entries = new RowPool<>(entryRows, () -> new FillRow(false),
            (row, input, i, scope) -> row.bind(input, "entry", i + 1, () -> current.removeEntry(input), scope));
    private final Button addEntry = new Button(Messages.text("fills.addEntry"), Icons.of(Material2AL.ADD));
    private final VBox entryBox;
    private final VBox exitRows = new VBox();
    private final RowPool<FillRow, FillInput> exits = new RowPool<>(exitRows, () -> new FillRow(true),
            (row, input, i, scope) -> row.bind(input, "exit", i + 1, () -> current.removeExit(input), scope));
    private final Button addExit = new Button(Messages.text("fills.addExit"), Icons.of(Material2AL.ADD));
    private final NumberField funding = new NumberField(Messages.text("fills.fundingOverTrade"), null);
    private final RadioButton paid = new RadioButton(Messages.text("fills.paid"));
    private final RadioButton received = new RadioButton(Messages.text("fills.received"));
    private final VBox exitBox;
    private final Label problem = new Label();
    private final Button record = new Button(Messages.text("fills.openTrade"), Icons.of(Material2AL.CHECK_CIRCLE));
    private final Button cancel = new Button(Messages.text("fills.cancelPlan"), Icons.of(Material2AL.BLOCK));
    private final Label notice = new Label();
    private final HBox actions;
    private final Hyperlink toReview = new Hyperlink(Messages.text("fills.writeReview"), Icons.of(Material2MZ.RATE_REVIEW));
    private final CorrectionsPane corrections;
    private CorrectionsViewModel currentCorrections;

    /** @param showReview switches to the Review tab once the trade is closed */
    public FillsView(Runnable showReview) {
        getStyleClass().add("fills-pane");
        heading.getStyleClass().addAll(Styles.TITLE_4, "fills-heading");
        explanation.setId("fills-explanation");
        planned.setId("fills-planned");
        planned.getStyleClass().add("fills-planned");

        recordedGrid.getStyleClass().add("recorded-fills");
        recordedGrid.setId("recorded-fills");
        position.getStyleClass().add("fills-position");
        position.setId("fills-position");
        // The position in words runs long in German: it wraps rather than lose its last figures.
        position.setWrapText(true);
        position.setMinHeight(Region.USE_PREF_SIZE);
        recordedBox = new VBox(Styling.sectionTitle(Messages.text("fills.onRecord")), recordedGrid, position);
        recordedBox.getStyleClass().add("fills-section");

        addEntry.getStyleClass().addAll(Styles.FLAT, "add-row");
        addEntry.setId("add-entry-fill");
        entryBox = new VBox(entriesTitle, entryRows, addEntry);
        entryBox.getStyleClass().add("fills-section");

        addExit.getStyleClass().addAll(Styles.FLAT, "add-row");
        addExit.setId("add-exit-fill");
        funding.field().setId("funding");
        funding.setPrompt("0");
        ToggleGroup direction = new ToggleGroup();
        paid.setToggleGroup(direction);
        received.setToggleGroup(direction);
        paid.setSelected(true);
        received.setId("funding-received");
        HBox fundingSide = new HBox(paid, received);
        fundingSide.getStyleClass().add("funding-side");
        HBox fundingRow = new HBox(funding, fundingSide);
        fundingRow.getStyleClass().addAll("input-row", "funding-row");
        exitBox = new VBox(Styling.sectionTitle(Messages.text("fills.exitFills")), exitRows, addExit, fundingRow,
                Styling.caption(Messages.text("fills.fundingCaption")));
        exitBox.getStyleClass().add("fills-section");

        problem.getStyleClass().add("fills-problem");
        problem.setId("fills-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        record.getStyleClass().addAll(Styles.SUCCESS, "record-fills");
        record.setId("record-fills");
        cancel.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
        cancel.setId("cancel-plan");
        notice.getStyleClass().add("fills-notice");
        notice.setId("fills-notice");
        toReview.setId("to-review");
        toReview.setOnAction(e -> showReview.run());
        actions = new HBox(record, cancel, notice, toReview);
        actions.getStyleClass().add("fills-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        for (Node node : List.of(recordedBox, entryBox, exitBox, record, toReview, cancel)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        corrections = new CorrectionsPane();
        VBox form = new VBox(heading, explanation, planned, recordedBox, corrections, entryBox, exitBox);
        form.getStyleClass().addAll("panel", "fills-view");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("plan-column", Styles.FLAT);
        // The buttons stay in sight however many fills there are.
        VBox bar = new VBox(problem, actions);
        bar.getStyleClass().add("action-bar");
        setCenter(scroll);
        setBottom(bar);
    }

    public void bind(FillsViewModel vm, CorrectionsViewModel correctionsVm, BindingScope scope) {
        current = vm;
        currentCorrections = correctionsVm;
        entries.bind(vm.entries(), scope);
        exits.bind(vm.exits(), scope);
        funding.bind(vm.funding(), scope);
        scope.bindBidirectional(received.selectedProperty(), vm.fundingReceivedProperty());
        paid.setSelected(!vm.fundingReceivedProperty().get());
        scope.listen(vm.fundingReceivedProperty(), (obs, old, now) -> paid.setSelected(!now));
        addEntry.setOnAction(e -> vm.addEntry());
        addExit.setOnAction(e -> vm.addExit());
        record.setOnAction(e -> vm.record());
        cancel.setOnAction(e -> vm.cancelPlan());
        scope.onClose(() -> {
            addEntry.setOnAction(null);
            addExit.setOnAction(null);
            record.setOnAction(null);
            cancel.setOnAction(null);
            current = null;
        });
        scope.bind(record.textProperty(), vm.recordLabelProperty());
        scope.bind(record.disableProperty(), vm.canRecordProperty().not());
        scope.bind(cancel.visibleProperty(), vm.canCancelProperty());
        scope.bind(problem.textProperty(), vm.problemProperty());
        scope.bind(problem.visibleProperty(), vm.problemProperty().isNotNull());
        scope.bind(position.textProperty(), vm.positionProperty());
        scope.bind(planned.textProperty(), vm.plannedProperty());
        scope.bind(notice.textProperty(), vm.noticeProperty());
        showRecorded(vm);
        scope.listenList(vm.recorded(), (ListChangeListener<FillLine>) c -> showRecorded(vm));
        scope.listen(correctionsVm.availableProperty(), (obs, old, now) -> showRecorded(vm));
        scope.bind(heading.textProperty(), vm.stepHeadingProperty());
        scope.bind(explanation.textProperty(), vm.stepExplanationProperty());
        scope.bind(entriesTitle.textProperty(), vm.entriesTitleProperty());
        showStep(vm.getStep());
        scope.listen(vm.stepProperty(), (obs, old, now) -> showStep(now));
        BindingScope correctionScope = scope.child();
        corrections.bind(correctionsVm, vm.getStep(), correctionScope);
        scope.listen(vm.stepProperty(), (obs, old, now) -> {
            correctionScope.close();
            corrections.bind(correctionsVm, now, correctionScope);
        });
        scope.onClose(() -> currentCorrections = null);
        scope.bind(toReview.visibleProperty(), Bindings.createBooleanBinding(() -> vm.getStep() == TradeStep.CLOSED,
                vm.stepProperty()));
    }

    private static Button rowButton(String tip, org.kordamp.ikonli.Ikon icon, String id, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "row-remove");
        button.setId(id);
        button.setTooltip(new javafx.scene.control.Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /* Which parts of the form the step needs; the words come from the view model. */
    private void showStep(TradeStep step) {
        recordedBox.setVisible(step == TradeStep.EXIT || step == TradeStep.CLOSED);
        entryBox.setVisible(step == TradeStep.ENTRY || step == TradeStep.EXIT);
        exitBox.setVisible(step == TradeStep.EXIT);
        record.setVisible(step == TradeStep.ENTRY || step == TradeStep.EXIT);
    }

    private void showRecorded(FillsViewModel vm) {
        recordedGrid.getChildren().clear();
        String[] headers = {Messages.text("fills.col.fill"), Messages.text("fills.col.time"),
                Messages.text("fills.col.price"), Messages.text("fills.col.contracts"), Messages.text("fills.col.fee")};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c]);
            header.getStyleClass().add("recorded-header");
            recordedGrid.add(header, c, 0);
        }
        int row = 1;
        for (FillLine line : vm.recorded()) {
            String[] cells = {line.label(), line.time(), line.price(), line.contracts(), line.fee()};
            for (int c = 0; c < cells.length; c++) {
                Label cell = new Label(cells[c]);
                cell.getStyleClass().add(c >= 2 ? "recorded-number" : "recorded-cell");
                recordedGrid.add(cell, c, row);
            }
            CorrectionsViewModel correcting = currentCorrections;
            if (correcting != null && correcting.isAvailable()) {
                recordedGrid.add(rowButton(Messages.text("fills.edit"), Material2AL.EDIT, "recorded-edit-" + row,
                        () -> correcting.edit(line)), cells.length, row);
                recordedGrid.add(rowButton(Messages.text("fills.delete"), Material2AL.DELETE_OUTLINE, "recorded-delete-" + row,
                        () -> correcting.delete(line)), cells.length + 1, row);
            }
            row++;
        }
    }
}
