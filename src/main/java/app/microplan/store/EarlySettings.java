package app.microplan.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window's language and theme, read from {@code settings.json} before the first frame. The window's words are
 * chosen before any control is made and its first frame is painted in its theme's colours, and loading Jackson
 * there would cost about half a second of a cold start (see {@link JournalLocation}): the two fields are found in
 * the file's text instead. Anything unreadable means "the system's language" and the default theme (null); the full
 * settings are read, and their problems reported, after the first frame as before.
 *
 * @param language the language the settings name, or null for the system's
 * @param theme the theme the settings name, or null for the default
 */
public record EarlySettings(String language, String theme) {
    private static final Pattern LANGUAGE = Pattern.compile("\"language\"\\s*:\\s*\"([A-Za-z-]{2,12})\"");
    private static final Pattern THEME = Pattern.compile("\"theme\"\\s*:\\s*\"([A-Za-z-]{2,12})\"");
    private static final Pattern JOURNAL_FOLDER = Pattern.compile(
            "\"journalFolder\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final long LARGEST_SETTINGS = 1 << 20;

    /**
     * What the journal at {@code location} is set to. Without {@code --journal}, the default folder's settings may
     * point to a moved journal: its settings say it, and the default folder's fill in what they do not.
     */
    public static EarlySettings of(JournalLocation location) {
        if (location.option() != null) {
            return in(read(location.resolve(null)));
        }
        String settings = read(location.defaultFolder());
        EarlySettings here = in(settings);
        Path folder = movedTo(location, settings);
        if (folder.equals(location.defaultFolder())) {
            return here;
        }
        EarlySettings there = in(read(folder));
        return new EarlySettings(there.language != null ? there.language : here.language,
                there.theme != null ? there.theme : here.theme);
    }

    /**
     * The folder of the journal at {@code location}, the default folder's pointer to a moved journal found in the
     * settings' text: what {@link JournalLocation#resolve()} finds in all but a file it cannot read, without loading
     * Jackson. Only for work started before the first frame that is checked against the full reading later.
     */
    public static Path journalFolder(JournalLocation location) {
        return location.option() != null ? location.resolve(null) : movedTo(location, read(location.defaultFolder()));
    }

    /** The folder the default folder's settings text points to (the default folder when it points nowhere). */
    private static Path movedTo(JournalLocation location, String defaultFolderSettings) {
        Matcher moved = JOURNAL_FOLDER.matcher(defaultFolderSettings);
        String pointer = moved.find() ? unescape(moved.group(1)) : null;
        return location.resolve(new Settings(null, null, null, null, null, null, null, pointer, null, null));
    }

    private static EarlySettings in(String settings) {
        return new EarlySettings(find(LANGUAGE, settings), find(THEME, settings));
    }

    private static String find(Pattern field, String settings) {
        Matcher matcher = field.matcher(settings);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String read(Path folder) {
        Path file = folder.resolve("settings.json");
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > LARGEST_SETTINGS) {
                return "";
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String unescape(String json) {
        return json.replace("\\\\", "\u0000").replace("\\/", "/").replace("\\\"", "\"").replace("\u0000", "\\");
    }
}
