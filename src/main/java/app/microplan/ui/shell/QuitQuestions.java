package app.microplan.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

/** What quitting asks when something would be lost; the window shows dialogs, tests answer directly. */
public interface QuitQuestions {
    enum Answer {
        /** Write what is not on disk into another folder, then quit. */
        SAVE_ELSEWHERE,
        /** Quit without it. */
        DISCARD,
        /** Stay. */
        CANCEL
    }

    Answer ask(String heading, String details);

    /** The folder for "Save elsewhere…"; empty when the trader closed the chooser. */
    Optional<Path> chooseFolder();
}
