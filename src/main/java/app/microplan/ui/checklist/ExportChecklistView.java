package app.microplan.ui.checklist;

import app.microplan.ui.common.Messages;
import app.microplan.checklist.ExportFormat;
import app.microplan.checklist.PaperSize;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Export checklist: format, paper, the file (typed or chosen) and the Export button with progress. */
public final class ExportChecklistView extends GridPane {

    public ExportChecklistView(ExportChecklistViewModel viewModel, SaveFileChooser chooser) {
        getStylesheets().add(ChecklistNode.STYLESHEET);
        getStyleClass().add("export-checklist");
        setHgap(10);
        setVgap(10);
        setPadding(new Insets(16));

        ToggleGroup formats = new ToggleGroup();
        RadioButton pdf = formatButton(ExportFormat.PDF, formats, viewModel);
        RadioButton markdown = formatButton(ExportFormat.MARKDOWN, formats, viewModel);
        addRow(0, new Label(Messages.text("export.format")), new HBox(16, pdf, markdown));

        ChoiceBox<PaperSize> paper = new ChoiceBox<>();
        paper.setId("export-paper");
        paper.getItems().setAll(PaperSize.values());
        paper.valueProperty().bindBidirectional(viewModel.paperProperty());
        // Paper only shapes a PDF: Markdown has no pages.
        paper.disableProperty().bind(viewModel.formatProperty().isNotEqualTo(ExportFormat.PDF));
        addRow(1, new Label(Messages.text("export.paper")), paper);

        TextField file = new TextField();
        file.setId("export-file");
        file.setPrefColumnCount(36);
        file.textProperty().bindBidirectional(viewModel.targetFileProperty());
        Button choose = new Button(Messages.text("export.choose"));
        choose.setId("export-choose");
        choose.setOnAction(e -> chooser.choose(getScene().getWindow(), viewModel.initialFolder(),
                fileNameOr(viewModel), viewModel.formatProperty().get()).ifPresent(viewModel::chooseTarget));
        HBox.setHgrow(file, Priority.ALWAYS);
        addRow(2, new Label(Messages.text("export.file")), new HBox(8, file, choose));

        Button export = new Button(Messages.text("export.export"));
        export.setId("export-button");
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.canExportProperty().not());
        export.setOnAction(e -> viewModel.export());
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        addRow(3, new Label(), new HBox(12, export, CloseButton.of("export-close", this), progress));

        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.failedProperty().addListener((o, was, now) -> {
            if (now) {
                status.getStyleClass().add("export-status-error");
            } else {
                status.getStyleClass().remove("export-status-error");
            }
        });
        add(status, 0, 4, 2, 1);
    }

    private static RadioButton formatButton(ExportFormat format, ToggleGroup group, ExportChecklistViewModel viewModel) {
        RadioButton button = new RadioButton(format == ExportFormat.PDF ? "PDF" : "Markdown");
        button.setId("export-format-" + format.extension());
        button.setToggleGroup(group);
        button.setSelected(viewModel.formatProperty().get() == format);
        button.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                viewModel.formatProperty().set(format);
            }
        });
        viewModel.formatProperty().addListener((o, was, now) -> button.setSelected(now == format));
        return button;
    }

    private static String fileNameOr(ExportChecklistViewModel viewModel) {
        String typed = viewModel.targetFileProperty().get().strip();
        try {
            return typed.isEmpty() ? viewModel.suggestedFileName() : Path.of(typed).getFileName().toString();
        } catch (RuntimeException e) {
            return viewModel.suggestedFileName();
        }
    }
}
