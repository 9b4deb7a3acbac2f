package app.microplan.ui.csvimport;

import app.microplan.ui.common.DialogFit;
import app.microplan.ui.common.Messages;
import app.microplan.ui.common.Styling;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the Import executions dialog over the main window. */
public final class CsvImportDialog {
    private static final String[] STYLESHEETS = {"shell/shell.css", "sizing/sizing.css", "review/review.css",
        "csvimport/csvimport.css"};

    private CsvImportDialog() {
    }

    public static Stage show(Window owner, CsvImportViewModel vm) {
        Stage stage = new Stage();
        CsvImportView view = new CsvImportView(vm, stage::close);
        for (String sheet : STYLESHEETS) {
            Styling.addStylesheet(view, sheet);
        }
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.text("import.title"));
        stage.setScene(new Scene(view, 1040, 720));
        DialogFit.install(stage);
        stage.show();
        return stage;
    }
}
