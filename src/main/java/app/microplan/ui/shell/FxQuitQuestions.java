package app.microplan.ui.shell;

import app.microplan.ui.common.DialogFit;
import app.microplan.ui.common.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The quit question as a dialog over the main window: Save elsewhere… / Discard / Cancel. */
final class FxQuitQuestions implements QuitQuestions {
    private final Window owner;

    FxQuitQuestions(Window owner) {
        this.owner = owner;
    }

    @Override
    public Answer ask(String heading, String details) {
        // Made when asked, not once: the words follow the language chosen in Preferences.
        ButtonType saveElsewhere = new ButtonType(Messages.text("quit.saveElsewhere"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.text("quit.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, details, saveElsewhere, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("quit.title"));
        DialogFit.install(alert);
        // As wide as its buttons' words: "Anderswo speichern…" whole, not cut to the bar's even share.
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.setHeaderText(heading);
        Optional<ButtonType> chosen = alert.showAndWait();
        if (chosen.isEmpty() || chosen.get() == ButtonType.CANCEL) {
            return Answer.CANCEL;
        }
        return chosen.get() == saveElsewhere ? Answer.SAVE_ELSEWHERE : Answer.DISCARD;
    }

    @Override
    public Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.text("quit.chooseFolder"));
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
