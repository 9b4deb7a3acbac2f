package app.microplan.domain;

import java.util.Locale;
import java.util.ResourceBundle;

/** The window's bundles as the domain's wording tests read them: English (the root) and German, no fallback between. */
final class BundleWordings {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    static final WordingText ENGLISH = new WordingText(
            ResourceBundle.getBundle("app.microplan.messages", Locale.ROOT, NO_FALLBACK), Locale.US);
    static final WordingText GERMAN = new WordingText(
            ResourceBundle.getBundle("app.microplan.messages", Locale.GERMAN, NO_FALLBACK), Locale.GERMANY);

    private BundleWordings() {
    }
}
