package app.microplan;

import app.microplan.cli.MicroplanCommand;

/**
 * The jar's and the installed launcher's entry point. It must not extend {@code Application}: launched from the
 * class path, such a main class fails with "JavaFX runtime components are missing". No arguments or the window's
 * own option ({@code --journal DIR}) open the window; anything else is the command line's (a subcommand, --help,
 * or a mistake picocli explains in one line).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (!opensWindow(args)) {
            MicroplanCommand.main(args);
            return;
        }
        try {
            app.microplan.ui.App.main(args);
        } catch (UnsupportedOperationException e) {
            // JavaFX's way of saying there is no screen to open a window on (e.g. over ssh without X forwarding).
            System.err.println("Microplan: the window cannot open here (" + e.getMessage()
                    + "). The commands run without a display: microplan --help");
            System.exit(2);
        }
    }

    /** Decided without building picocli's model of every subcommand, which would delay the window. */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || args[0].equals("--journal") || args[0].startsWith("--journal=");
    }
}
