package app.microplan;

import app.microplan.cli.MicroplanCommand;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The jar's and the installed launcher's entry point. It must not extend {@code Application}: launched from the
 * class path, such a main class fails with "JavaFX runtime components are missing". No arguments or the window's
 * own option ({@code --journal DIR}) open the window; anything else is the command line's (a subcommand, --help,
 * or a mistake picocli explains in one line).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] given) {
        Optional<Integer> relaunched = Utf8Relaunch.ifNeeded(given.length);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        String[] args = Utf8Relaunch.arguments(given);
        if (!opensWindow(args)) {
            MicroplanCommand.main(args);
            return;
        }
        requireUsableJournalPath(args);
        Optional<Integer> withArchive = ArchiveRelaunch.ifWorthIt(given);
        if (withArchive.isPresent()) {
            System.exit(withArchive.get());
        }
        try {
            app.microplan.ui.App.main(args);
            ImageArchive.makeIfMissing();
        } catch (UnsupportedOperationException e) {
            // JavaFX's way of saying there is no screen to open a window on (e.g. over ssh without X forwarding).
            System.err.println("Microplan: the window cannot open here (" + e.getMessage()
                    + "). The commands run without a display: microplan --help");
            System.exit(2);
        }
    }

    /**
     * A journal path this Java cannot represent (characters beyond the locale's character set, under LANG=C when
     * Microplan could not start itself again in UTF-8) is one line naming it and the way out, not a stack trace.
     */
    private static void requireUsableJournalPath(String[] args) {
        String folder = args.length >= 2 && args[0].equals("--journal") ? args[1]
                : args.length >= 1 && args[0].startsWith("--journal=") ? args[0].substring("--journal=".length()) : null;
        if (folder == null) {
            return;
        }
        try {
            Path.of(folder);
        } catch (InvalidPathException e) {
            System.err.println("Microplan: --journal: the folder name " + folder + " cannot be used with this"
                    + " computer's character set (" + System.getProperty("sun.jnu.encoding") + "); start Microplan"
                    + " with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
            System.exit(2);
        }
    }

    /** Decided without building picocli's model of every subcommand, which would delay the window. */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || args[0].equals("--journal") || args[0].startsWith("--journal=");
    }
}
