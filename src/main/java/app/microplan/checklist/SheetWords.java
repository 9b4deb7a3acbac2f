package app.microplan.checklist;

import app.microplan.domain.LocaleFigures;
import app.microplan.domain.WordingText;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and number format of a checklist sheet (decision 15): English for the command line's {@code export},
 * the window's language when the window exports or prints. They come from the window's message bundle
 * ({@code app/microplan/messages*.properties}, keys {@code sheet.*}), whose English texts are the sheet's as it has
 * always read, so an English export is byte for byte what it was.
 */
public final class SheetWords {
    private static final String BUNDLE = "app.microplan.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final SheetWords ENGLISH = new SheetWords(Locale.ROOT, Locale.US);

    private final ResourceBundle bundle;
    private final Locale numberLocale;
    private final boolean german;

    private SheetWords(Locale textLocale, Locale numberLocale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, textLocale, NO_FALLBACK);
        this.numberLocale = numberLocale;
        this.german = Locale.GERMAN.getLanguage().equals(textLocale.getLanguage());
    }

    /** The command line's sheet. */
    public static SheetWords english() {
        return ENGLISH;
    }

    /** The sheet in a language the window speaks ("de"); English for any other. */
    public static SheetWords of(String language) {
        return "de".equals(Locale.forLanguageTag(language).getLanguage()) ? new SheetWords(Locale.GERMAN, Locale.GERMANY)
                : ENGLISH;
    }

    /** The text of {@code key} with {@code args} filled in. */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, numberLocale).format(args);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has none (a rule added without its words). */
    public String textOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public LocaleFigures figures() {
        return new LocaleFigures(numberLocale);
    }

    public WordingText wordings() {
        return new WordingText(bundle, numberLocale);
    }

    /** Whether this is the command line's English, whose texts some callers keep exactly as the domain writes them. */
    public boolean isEnglish() {
        return !german;
    }

    /** The language of the words, for month and weekday names. */
    public Locale language() {
        return german ? Locale.GERMAN : Locale.ENGLISH;
    }

    /** "." / ",". */
    public char decimalSeparator() {
        return DecimalFormatSymbols.getInstance(numberLocale).getDecimalSeparator();
    }

    /** A count with thousands grouped: "1,000" / "1.000". */
    public String grouped(long value) {
        return NumberFormat.getIntegerInstance(numberLocale).format(value);
    }

    /** "2026-02-01" / "01.02.2026". */
    public DateTimeFormatter date() {
        return DateTimeFormatter.ofPattern(german ? "dd.MM.yyyy" : "yyyy-MM-dd");
    }

    /** "2026-02-01 09:30" / "01.02.2026 09:30". */
    public DateTimeFormatter dateTime() {
        return DateTimeFormatter.ofPattern(german ? "dd.MM.yyyy HH:mm" : "yyyy-MM-dd HH:mm");
    }
}
