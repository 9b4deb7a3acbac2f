package app.microplan.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/** Swaps AtlantaFX's Primer light and dark themes; the app's own stylesheets use only theme variables. */
final class ThemeManager {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private ThemeManager() {
    }

    static boolean isDark(String theme) {
        return "dark".equalsIgnoreCase(theme);
    }

    static void apply(String theme, Scene scene) {
        boolean dark = isDark(theme);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, dark);
        }
    }
}
