package app.microplan.store;

import java.nio.file.Path;

/**
 * Which journal folder to use: the {@code --journal DIR} option if given, else the folder the setting
 * {@link Settings#journalFolder()} names, else {@link JournalFolders#defaultFolder()}.
 * <p>
 * The setting is read from the {@code settings.json} in the default folder: that file is where a trader who
 * moved their journal (say into a synced folder) leaves the pointer to it.
 */
public final class JournalLocation {
    private JournalLocation() {
    }

    public static Path resolve(Path option, Settings settingsInDefaultFolder) {
        if (option != null) {
            return expandHome(option.toString());
        }
        String setting = settingsInDefaultFolder == null ? null : settingsInDefaultFolder.journalFolder();
        if (setting != null && !setting.isBlank()) {
            return expandHome(setting.strip());
        }
        return JournalFolders.defaultFolder();
    }

    /**
     * Resolves with the settings found in the default folder. A default folder without readable settings simply
     * means no setting: this never fails, so the app can always start and say what it could not read later.
     */
    public static Path resolve(Path option) {
        if (option != null) {
            return resolve(option, null);
        }
        Path defaultFolder = JournalFolders.defaultFolder();
        try {
            return resolve(null, JournalStore.openExisting(defaultFolder).loadSettings());
        } catch (StoreException e) {
            return defaultFolder;
        }
    }

    /** "~/Trading" as a trader types it in a shell or a settings field. */
    private static Path expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + path.substring(1));
        }
        return Path.of(path);
    }
}
