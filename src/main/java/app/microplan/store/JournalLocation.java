package app.microplan.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Which journal folder to use: the {@code --journal DIR} option if given, else the folder the setting
 * {@link Settings#journalFolder()} names, else the default folder ({@link JournalFolders#defaultFolder()}).
 * <p>
 * The setting is read from the {@code settings.json} in the default folder: that file is where a trader who moved
 * their journal (say into a synced folder) leaves the pointer to it. Reading it loads Jackson, about half a second
 * on a cold start, so the window {@link #resolve() resolves} the location off the FX thread, after its first frame.
 *
 * @param option        the folder given on the command line, or null
 * @param defaultFolder where the journal is when nothing says otherwise, and where the setting is looked for
 */
public record JournalLocation(Path option, Path defaultFolder) {
    private static final String OPTION = "--journal";

    public JournalLocation {
        if (defaultFolder == null) {
            throw new IllegalArgumentException("defaultFolder is required");
        }
    }

    /** The location the window's command line asks for: {@code --journal DIR}, {@code --journal=DIR} or none. */
    public static JournalLocation fromArguments(List<String> args) {
        return new JournalLocation(optionIn(args), JournalFolders.defaultFolder());
    }

    /** A folder chosen outright (Open journal folder…, tests). */
    public static JournalLocation given(Path folder) {
        return new JournalLocation(folder, JournalFolders.defaultFolder());
    }

    /**
     * The folder to open. Never fails: unreadable settings mean no setting, and the app says later what it could not
     * read.
     */
    public Path resolve() {
        if (option != null) {
            return expandHome(option.toString());
        }
        try {
            return resolve(JournalStore.openExisting(defaultFolder).loadSettings());
        } catch (StoreException e) {
            return defaultFolder;
        }
    }

    /** The folder to open, with the default folder's settings already read. */
    public Path resolve(Settings settingsInDefaultFolder) {
        if (option != null) {
            return expandHome(option.toString());
        }
        String setting = settingsInDefaultFolder == null ? null : settingsInDefaultFolder.journalFolder();
        if (setting != null && !setting.isBlank()) {
            return expandHome(setting.strip());
        }
        return defaultFolder;
    }

    /*
     * Written out, not the record's own: that one is linked on its first call, 17 ms of the FX thread as the window
     * takes the journal read ahead for it (decision 0029).
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof JournalLocation that && Objects.equals(option, that.option)
                && defaultFolder.equals(that.defaultFolder);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(option) + defaultFolder.hashCode();
    }

    /** How the status line names it while it opens: the folder given, or "your journal". */
    public String describe() {
        return option == null ? "your journal" : option.toString();
    }

    private static Path optionIn(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(OPTION) && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (arg.startsWith(OPTION + "=")) {
                return Path.of(arg.substring(OPTION.length() + 1));
            }
        }
        return null;
    }

    /** "~/Trading" as a trader types it in a shell or a settings field. */
    private static Path expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + path.substring(1));
        }
        return Path.of(path);
    }
}
