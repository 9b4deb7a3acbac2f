package app.microplan.ui.fills;

import app.microplan.ui.common.Messages;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.NumberField;
import app.microplan.ui.common.Styling;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Corrections on the Fills tab: the buttons that add a fill or funding payment to a closed trade, the form of the
 * correction being typed (a fill row or a funding row) with Save and Cancel, what the last correction did, and the
 * trade's history of changes. Layout and bindings only.
 */
final class CorrectionsPane extends VBox {
    private final Button addEntry = new Button(Messages.text("fills.addEntry"), Icons.of(Material2AL.ADD));
    private final Button addExit = new Button(Messages.text("fills.addExit"), Icons.of(Material2AL.ADD));
    private final Button addFunding = new Button(Messages.text("fills.addFunding"), Icons.of(Material2AL.ADD));
    /* A flow, not a row: the three German buttons ("Einstiegsausführung hinzufügen") wrap at 1024 px, whole. */
    private final FlowPane adds = new FlowPane(8, 4, addEntry, addExit, addFunding);
    private final Label title = new Label();
    private final FillRow entryRow;
    private final FillRow exitRow;
    private final TimeField fundingTime = new TimeField(Messages.text("fills.fundingTime"));
    private final NumberField fundingAmount;
    private final CheckBox fundingReceived = new CheckBox(Messages.text("fills.receivedNotPaid"));
    private final HBox fundingRow;
    private final Label problem = new Label();
    private final Button save = new Button(Messages.text("fills.saveCorrection"), Icons.of(Material2AL.CHECK_CIRCLE));
    private final Button cancel = new Button(Messages.text("fills.cancel"));
    private final VBox editor;
    private final Label notice = new Label();
    private final VBox historyLines = new VBox();
    private final VBox history;
    private BindingScope editing = new BindingScope();
    private CorrectionsViewModel model;

    CorrectionsPane() {
        getStyleClass().add("fills-section");
        entryRow = new FillRow(false);
        exitRow = new FillRow(true);
        fundingAmount = new NumberField(Messages.text("fills.amount"), null);
        addEntry.setId("correct-add-entry");
        addExit.setId("correct-add-exit");
        addFunding.setId("correct-add-funding");
        for (Button button : List.of(addEntry, addExit, addFunding)) {
            button.getStyleClass().addAll(Styles.FLAT, "add-row");
        }
        adds.getStyleClass().add("correction-adds");
        title.setId("correction-title");
        title.getStyleClass().add("correction-title");
        fundingTime.field().setId("correction-funding-time");
        fundingAmount.field().setId("correction-funding-amount");
        fundingReceived.setId("correction-funding-received");
        fundingRow = new HBox(fundingTime, fundingAmount, fundingReceived);
        fundingRow.getStyleClass().addAll("input-row", "funding-row");
        fundingRow.setAlignment(Pos.CENTER_LEFT);
        problem.setId("correction-problem");
        problem.getStyleClass().add("fills-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        save.setId("save-correction");
        save.getStyleClass().add(Styles.SUCCESS);
        cancel.setId("cancel-correction");
        cancel.getStyleClass().add(Styles.FLAT);
        HBox buttons = new HBox(save, cancel);
        buttons.getStyleClass().add("fills-actions");
        editor = new VBox(title, entryRow, exitRow, fundingRow, problem, buttons);
        editor.getStyleClass().add("correction-editor");
        notice.setId("correction-notice");
        notice.getStyleClass().add("fills-notice");
        notice.setWrapText(true);
        notice.managedProperty().bind(notice.visibleProperty());
        historyLines.setId("fills-history");
        history = new VBox(Styling.sectionTitle(Messages.text("fills.changes")), historyLines);
        for (Node node : List.of(adds, editor, entryRow, exitRow, fundingRow, history)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        getChildren().addAll(Styling.sectionTitle(Messages.text("fills.corrections")),
                Styling.caption(Messages.text("fills.correctionsCaption")), adds, editor, notice, history);
    }

    void bind(CorrectionsViewModel vm, TradeStep step, BindingScope scope) {
        model = vm;
        scope.bind(visibleProperty(), vm.availableProperty());
        managedProperty().bind(visibleProperty());
        scope.onClose(() -> managedProperty().unbind());
        adds.setVisible(step == TradeStep.CLOSED && vm.getEditing() == null);
        scope.listen(vm.editingProperty(), (obs, old, now) -> adds.setVisible(step == TradeStep.CLOSED && now == null));
        addEntry.setOnAction(e -> vm.addEntry());
        addExit.setOnAction(e -> vm.addExit());
        addFunding.setOnAction(e -> vm.addFunding());
        save.setOnAction(e -> vm.save());
        cancel.setOnAction(e -> vm.cancel());
        scope.onClose(() -> {
            for (Button button : List.of(addEntry, addExit, addFunding, save, cancel)) {
                button.setOnAction(null);
            }
            editing.close();
        });
        scope.bind(problem.textProperty(), vm.problemProperty());
        scope.bind(problem.visibleProperty(), vm.problemProperty().isNotNull());
        scope.bind(save.disableProperty(), vm.canSaveProperty().not());
        scope.bind(notice.textProperty(), vm.noticeProperty());
        scope.bind(notice.visibleProperty(), Bindings.isNotEmpty(vm.noticeProperty()));
        showEditing(vm.getEditing());
        scope.listen(vm.editingProperty(), (obs, old, now) -> showEditing(now));
        showHistory(vm.history());
        scope.listenList(vm.history(), (ListChangeListener<String>) c -> showHistory(vm.history()));
    }

    private void showEditing(CorrectionsViewModel.Correction correction) {
        editing.close();
        editing = new BindingScope();
        editor.setVisible(correction != null);
        if (correction == null) {
            return;
        }
        title.setText(correction.title());
        entryRow.setVisible(correction.kind() == FillKind.ENTRY);
        exitRow.setVisible(correction.kind() == FillKind.EXIT);
        fundingRow.setVisible(correction.kind() == FillKind.FUNDING);
        if (correction.isFill()) {
            FillRow row = correction.kind() == FillKind.ENTRY ? entryRow : exitRow;
            CorrectionsViewModel owner = model;
            row.bind(correction.fill(), "correction", 1, owner::cancel, editing);
        } else {
            fundingTime.bind(correction.funding().time(), editing);
            fundingAmount.bind(correction.funding().amount(), editing);
            editing.bindBidirectional(fundingReceived.selectedProperty(), correction.funding().receivedProperty());
        }
    }

    private void showHistory(List<String> lines) {
        historyLines.getChildren().setAll(lines.stream().map(line -> {
            Label label = Styling.caption(line);
            label.getStyleClass().add("history-line");
            return (Node) label;
        }).toList());
        history.setVisible(!lines.isEmpty());
    }
}
