package app.microplan.ui.checklist;

import app.microplan.ui.common.Messages;
import app.microplan.checklist.PaperSize;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/** Print preview: the checklist on a sheet of the chosen paper, a paper choice and a Print button. */
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
        Label status = new Label();
        status.setId("print-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.problemProperty().addListener((o, was, now) -> status.getStyleClass().setAll(
                now ? new String[] {"label", "export-status-error"} : new String[] {"label"}));
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(10, new Label(Messages.text("export.paper")), paper, print, CloseButton.of("print-close", this), status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        setTop(bar);

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
