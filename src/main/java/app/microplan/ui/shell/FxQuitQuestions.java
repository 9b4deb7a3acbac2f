package app.microplan.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The quit question as a dialog over the main window: Save elsewhere… / Discard / Cancel. */
final class FxQuitQuestions implements QuitQuestions {
    private static final ButtonType SAVE_ELSEWHERE = new ButtonType("Save elsewhere…", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    private final Window owner;

    FxQuitQuestions(Window owner) {
        this.owner = owner;
    }

    @Override
    public Answer ask(String heading, String details) {
        Alert alert = new Alert(Alert.AlertType.WARNING, details, SAVE_ELSEWHERE, DISCARD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Quit Microplan");
        alert.setHeaderText(heading);
        Optional<ButtonType> chosen = alert.showAndWait();
        if (chosen.isEmpty() || chosen.get() == ButtonType.CANCEL) {
            return Answer.CANCEL;
        }
        return chosen.get() == SAVE_ELSEWHERE ? Answer.SAVE_ELSEWHERE : Answer.DISCARD;
    }

    @Override
    public Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Save the unsaved plans in…");
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
