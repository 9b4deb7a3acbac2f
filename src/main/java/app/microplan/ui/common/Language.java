package app.microplan.ui.common;

import java.util.Locale;

/**
 * The languages the window is written in, as Preferences offers them. Each brings the number format of the country
 * its traders mostly live in.
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH, Locale.US),
    GERMAN("de", Locale.GERMAN, Locale.GERMANY);

    private final String code;
    private final Locale locale;
    private final Locale numberLocale;

    Language(String code, Locale locale, Locale numberLocale) {
        this.code = code;
        this.locale = locale;
        this.numberLocale = numberLocale;
    }

    /** The language of a code in the settings ("de", "de-AT"); English for a code the window has no texts for. */
    public static Language of(String code) {
        String language = Locale.forLanguageTag(code.strip()).getLanguage();
        for (Language candidate : values()) {
            if (candidate.code.equals(language)) {
                return candidate;
            }
        }
        return ENGLISH;
    }

    /** The code kept in {@code settings.json}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public Locale numberLocale() {
        return numberLocale;
    }

    /** The language's own name, as a speaker looks for it in a list: "Deutsch", "English". */
    public String nativeName() {
        String name = locale.getDisplayLanguage(locale);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
