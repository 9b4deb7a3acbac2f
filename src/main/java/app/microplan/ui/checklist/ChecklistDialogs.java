package app.microplan.ui.checklist;

import app.microplan.ui.common.DialogFit;
import app.microplan.ui.common.Messages;
import app.microplan.checklist.ChecklistBuilder;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.TaskRunner;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the export dialog and the print preview for a plan, owned by the main window: what File ▸ Export
 * checklist… and File ▸ Print… call.
 */
public final class ChecklistDialogs {
    private ChecklistDialogs() {
    }

    /** The export runs on the app's background runner, one job at a time, so two exports never write one file. */
    public static Stage showExport(Window owner, TradePlan plan, ExportFolderMemory folders, TaskRunner tasks,
                                   SaveFileChooser chooser) {
        ExportChecklistViewModel viewModel = new ExportChecklistViewModel(plan, folders, tasks,
                ZoneId.systemDefault(), Locale.getDefault());
        return show(new Stage(), owner, Messages.text("export.title"), new Scene(new ExportChecklistView(viewModel, chooser)));
    }

    /** The preview prints through {@code printers}: the computer's in the app, a fake in tests. */
    public static Stage showPrintPreview(Window owner, TradePlan plan, PrinterService printers) {
        return showPrintPreview(owner, plan, printers, null);
    }

    /** @param exportInstead opens the export dialog, offered when no printer is set up (null: not offered) */
    public static Stage showPrintPreview(Window owner, TradePlan plan, PrinterService printers,
                                         Runnable exportInstead) {
        Stage stage = new Stage();
        PrintPreviewViewModel viewModel = new PrintPreviewViewModel(
                ChecklistBuilder.build(plan, ZoneId.systemDefault(), ExportChecklistViewModel.sheetWords()),
                (checklist, paper) -> printers.print(checklist, paper, stage), Locale.getDefault(), exportInstead);
        return show(stage, owner, Messages.text("print.title"), new Scene(new PrintPreviewView(viewModel), 760, 820));
    }

    private static Stage show(Stage stage, Window owner, String title, Scene scene) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setScene(scene);
        DialogFit.install(stage);
        stage.show();
        return stage;
    }
}
