package app.microplan.ui.shell;

import app.microplan.store.JournalFolders;
import java.nio.file.Path;
import java.util.List;

/** Which journal folder to open: {@code --journal DIR} if given, else the user's data folder. */
public final class JournalLocation {
    private JournalLocation() {
    }

    public static Path resolve(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--journal") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (arg.startsWith("--journal=")) {
                return Path.of(arg.substring("--journal=".length()));
            }
        }
        return JournalFolders.defaultFolder();
    }
}
