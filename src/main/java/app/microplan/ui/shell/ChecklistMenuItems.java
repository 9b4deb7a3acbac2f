package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import app.microplan.ui.checklist.ChecklistDialogs;
import app.microplan.ui.checklist.ExportFolderMemory;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** File ▸ Export checklist… and File ▸ Print… for the selected plan; disabled while no plan is selected. */
final class ChecklistMenuItems {
    private ChecklistMenuItems() {
    }

    static MenuItem[] create(MainViewModel vm, Window owner) {
        ExportFolderMemory folders = new ExportFolderMemory() {
            @Override
            public Optional<Path> lastFolder() {
                return vm.lastExportFolder();
            }

            @Override
            public void remember(Path folder) {
                vm.rememberExportFolder(folder);
            }
        };
        MenuItem export = new MenuItem(Messages.text("menu.exportChecklist"));
        export.setId("menu-export-checklist");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> ChecklistDialogs.showExport(owner, vm.getCurrentPlan().getPlan(), folders,
                vm.context().tasks(), vm.context().saveFileChooser()));
        MenuItem print = new MenuItem(Messages.text("menu.print"));
        print.setId("menu-print-checklist");
        print.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        print.setOnAction(e -> ChecklistDialogs.showPrintPreview(owner, vm.getCurrentPlan().getPlan(),
                vm.context().printers(), export::fire));
        // A listener rather than bind(…isNull()): these items are in the first frame, which is better off without
        // loading Bindings' some 80 classes.
        export.setDisable(vm.getCurrentPlan() == null);
        print.setDisable(vm.getCurrentPlan() == null);
        vm.currentPlanProperty().addListener((obs, old, now) -> {
            export.setDisable(now == null);
            print.setDisable(now == null);
        });
        return new MenuItem[] {export, print};
    }
}
