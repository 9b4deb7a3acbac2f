package app.microplan.ui.checklist;

import app.microplan.checklist.PaperSize;
import app.microplan.ui.common.Messages;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Print preview: the checklist on a sheet of the chosen paper, a paper choice and a Print button; with no printer,
 * "Export PDF instead" opens the export of the same checklist.
 */
public final class PrintPreviewView extends BorderPane {
    /** The sheet's margin in the preview, as a printer's default margins are about half an inch. */
    private static final double MARGIN = 36;

    private final PrintPreviewViewModel viewModel;
    private final StackPane sheet = new StackPane();

    public PrintPreviewView(PrintPreviewViewModel viewModel) {
        this.viewModel = viewModel;
        getStylesheets().add(ChecklistNode.STYLESHEET);
        getStyleClass().add("print-preview");

        ChoiceBox<PaperSize> paper = new ChoiceBox<>();
        paper.getItems().setAll(PaperSize.values());
        paper.valueProperty().bindBidirectional(viewModel.paperProperty());
        paper.setId("print-paper");
        Button print = new Button(Messages.text("print.print"));
        print.setId("print-button");
        print.setDefaultButton(true);
        print.setOnAction(e -> viewModel.print());
        Button exportInstead = new Button(Messages.text("print.exportInstead"));
        exportInstead.setId("print-export-instead");
        exportInstead.visibleProperty().bind(viewModel.exportOfferedProperty());
        exportInstead.managedProperty().bind(exportInstead.visibleProperty());
        exportInstead.setOnAction(e -> {
            getScene().getWindow().hide();
            viewModel.exportPdfInstead();
        });
        Label paperLabel = new Label(Messages.text("export.paper"));
        Button close = CloseButton.of("print-close", this);
        for (javafx.scene.control.Control fixed : List.of(paperLabel, paper, print, exportInstead, close)) {
            // The toolbar keeps its words: a long status never squeezes a button to "…".
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, paperLabel, paper, print, exportInstead, spacer, close);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("print-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(viewModel.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        viewModel.problemProperty().addListener((o, was, now) -> status.getStyleClass().setAll(
                now ? new String[] {"label", "export-status-error"} : new String[] {"label"}));
        // The status has a line of its own under the buttons, wrapping as it needs.
        VBox top = new VBox(6, bar, status);
        top.setPadding(new Insets(8, 12, 8, 12));
        setTop(top);

        sheet.getStyleClass().add("print-preview-sheet");
        sheet.setPadding(new Insets(MARGIN));
        StackPane area = new StackPane(sheet);
        area.getStyleClass().add("print-preview-paper-area");
        area.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(area);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        showSheet(viewModel.paperProperty().get());
        viewModel.paperProperty().addListener((o, was, now) -> showSheet(now));
    }

    private void showSheet(PaperSize paper) {
        double width = paper.widthPoints() - 2 * MARGIN;
        sheet.setMinWidth(paper.widthPoints());
        sheet.setMaxWidth(paper.widthPoints());
        sheet.setMinHeight(paper.heightPoints());
        sheet.getChildren().setAll(new ChecklistNode(viewModel.checklist(), width));
        StackPane.setAlignment(sheet.getChildren().get(0), Pos.TOP_LEFT);
    }
}
