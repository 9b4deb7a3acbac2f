package app.microplan.ui.checklist;

import app.microplan.checklist.ChecklistBuilder;
import app.microplan.domain.TradePlan;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the export dialog and the print preview for a plan, owned by the main window: what File ▸ Export
 * checklist… and File ▸ Print… call.
 */
public final class ChecklistDialogs {
    /** One background thread for exports: they are rare, and one at a time keeps two from writing one file. */
    private static final ExecutorService EXPORTS = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "checklist-export");
        thread.setDaemon(true);
        return thread;
    });

    private ChecklistDialogs() {
    }

    public static Stage showExport(Window owner, TradePlan plan, ExportFolderMemory folders) {
        ExportChecklistViewModel viewModel = new ExportChecklistViewModel(plan, folders, BackgroundTasks.on(EXPORTS),
                ZoneId.systemDefault(), Locale.getDefault());
        return show(new Stage(), owner, "Export checklist",
                new Scene(new ExportChecklistView(viewModel, SaveFileChooser.system())));
    }

    public static Stage showPrintPreview(Window owner, TradePlan plan) {
        PrintChecklistService service = new PrintChecklistService();
        Stage stage = new Stage();
        PrintPreviewViewModel viewModel = new PrintPreviewViewModel(
                ChecklistBuilder.build(plan, ZoneId.systemDefault()),
                (checklist, paper) -> service.print(checklist, paper, stage), Locale.getDefault());
        return show(stage, owner, "Print checklist", new Scene(new PrintPreviewView(viewModel), 760, 820));
    }

    private static Stage show(Stage stage, Window owner, String title, Scene scene) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
