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
        if (args.length > 0 && MicroplanCommand.isSubcommand(args[0])) {
            MicroplanCommand.main(args);
        } else {
            app.microplan.ui.App.main(args);
        }
    }
}
