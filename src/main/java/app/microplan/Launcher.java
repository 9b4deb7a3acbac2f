package app.microplan;

import app.microplan.cli.MicroplanCommand;

/**
 * The jar's entry point. It must not extend {@code Application}: launched from the class path, such a main
 * class fails with "JavaFX runtime components are missing". A subcommand runs headless; anything else opens
 * the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            app.microplan.ui.App.main(args);
        } else {
            MicroplanCommand.main(args);
        }
    }

    /**
     * No arguments or the window's own option ({@code --journal}) open the window without asking the command line:
     * building picocli's model of every subcommand costs start-up time the window does not need.
     */
    static boolean opensWindow(String[] args) {
        if (args.length == 0 || args[0].equals("--journal") || args[0].startsWith("--journal=")) {
            return true;
        }
        return !MicroplanCommand.isSubcommand(args[0]);
    }
}
