package app.microplan.store;

import java.nio.file.Path;
import java.util.Locale;

/** Where the journal lives when nothing says otherwise: the operating system's per-user data folder. */
public final class JournalFolders {
    private JournalFolders() {
    }

    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Microplan");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Microplan");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("microplan");
    }
}
