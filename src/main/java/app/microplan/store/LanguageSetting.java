package app.microplan.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window's language, read from {@code settings.json} before the first frame. The window's words are chosen
 * before any control is made, and loading Jackson there would cost about half a second of a cold start (see
 * {@link JournalLocation}): one field is found in the file's text instead. Anything unreadable means "the
 * system's language"; the full settings are read, and their problems reported, after the first frame as before.
 */
public final class LanguageSetting {
    private static final Pattern LANGUAGE = Pattern.compile("\"language\"\\s*:\\s*\"([A-Za-z-]{2,12})\"");
    private static final Pattern JOURNAL_FOLDER = Pattern.compile(
            "\"journalFolder\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final long LARGEST_SETTINGS = 1 << 20;

    private LanguageSetting() {
    }

    /**
     * The language the journal at {@code location} is set to, or null for the system's. Without {@code --journal},
     * the default folder's settings may point to a moved journal: its settings say the language.
     */
    public static String of(JournalLocation location) {
        if (location.option() != null) {
            return in(location.resolve(null));
        }
        String settings = read(location.defaultFolder());
        Matcher moved = JOURNAL_FOLDER.matcher(settings);
        if (moved.find() && !moved.group(1).isBlank()) {
            String there = in(location.resolve(new Settings(null, null, null, null, null, null, null,
                    unescape(moved.group(1)), null, null)));
            if (there != null) {
                return there;
            }
        }
        return languageIn(settings);
    }

    /** The language in {@code folder}'s settings, or null. */
    static String in(Path folder) {
        return languageIn(read(folder));
    }

    private static String languageIn(String settings) {
        Matcher matcher = LANGUAGE.matcher(settings);
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
