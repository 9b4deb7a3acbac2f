package app.microplan.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's words in the trader's language: a key gives a text from {@code app/microplan/messages*.properties},
 * with numbers and names filled into its {@link MessageFormat} placeholders ({0}, {1}). A pattern with
 * placeholders writes an apostrophe twice ('') as MessageFormat asks; one without is shown as written.
 * <p>
 * One set of messages for the whole window, chosen before the window is built ({@link #use}) from the language in
 * the settings or else the system's: JabRef's {@code Localization.lang} and Bisq's {@code Res.get} work the same
 * way, and it spares every view from being handed a translator. Changing the language takes effect at the next
 * start, when every text is made again.
 * <p>
 * The command line and its JSON stay English and locale-free: they never use this class.
 */
public final class Messages {
    static final String BUNDLE = "app.microplan.messages";
    /* Without it, a French system asking for French would get the JVM's default language rather than English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile Messages current = forLanguage(null);

    private final ResourceBundle bundle;
    private final Locale textLocale;
    private final Locale numberLocale;

    private Messages(Locale textLocale, Locale numberLocale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, textLocale, NO_FALLBACK);
        this.textLocale = textLocale;
        this.numberLocale = numberLocale;
    }

    /**
     * The messages for a language chosen in Preferences ("de", "en"), or the system's language and number format
     * for null or blank. A chosen language brings its country's number format with it ("de": 9,80 %), so what a
     * German trader types and reads agree.
     */
    public static Messages forLanguage(String language) {
        if (language == null || language.isBlank()) {
            return new Messages(Locale.getDefault(Locale.Category.DISPLAY), Locale.getDefault(Locale.Category.FORMAT));
        }
        Language chosen = Language.of(language);
        return new Messages(chosen.locale(), chosen.numberLocale());
    }

    /** The window's messages. */
    public static Messages current() {
        return current;
    }

    /** Makes {@code messages} the window's: call before the window is built (tests put the default back after). */
    public static void use(Messages messages) {
        current = messages;
    }

    /** The text of {@code key} in the window's language, with {@code args} filled in. */
    public static String text(String key, Object... args) {
        return current.get(key, args);
    }

    /** The text of {@code key}, with {@code args} filled in; "!key!" for a key no bundle has, so it shows. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, numberLocale).format(args);
    }

    /**
     * The text of {@code key}, or {@code fallback} when no bundle has it: for names the domain gives (a rule's
     * title), so a rule added without its translation still reads in English.
     */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /**
     * A name as it reads inside a sentence: English lower-cases it ("Deleted entry."), German keeps its nouns
     * capitalised ("Gelöscht: Einstieg.").
     */
    public String inSentence(String name) {
        return "en".equals(textLocale.getLanguage()) ? name.toLowerCase(textLocale) : name;
    }

    /** The domain's wordings (rule reasons) in this language and number format. */
    public app.microplan.domain.WordingText wordingText() {
        return new app.microplan.domain.WordingText(bundle, numberLocale);
    }

    /** Whether a bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The language the texts are in. */
    public Locale textLocale() {
        return textLocale;
    }

    /** The locale numbers are typed and shown in. */
    public Locale numberLocale() {
        return numberLocale;
    }

    /** Figures (percentages, money, prices) as this window shows them. */
    public Figures figures() {
        return new Figures(numberLocale);
    }
}
