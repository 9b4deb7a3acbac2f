package app.microplan.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;

/** Material icons sized and coloured by the theme (style class {@code icon}), never by code. */
public final class Icons {
    private Icons() {
    }

    /**
     * Loads the icon fonts on a thread of their own. Ikonli loads the font of every icon pack it finds the first
     * time any icon is made (the four Material styles, about 1 MB), which took the window's thread tens of ms while
     * the journal list was being built; started with the content, this runs on the other core meanwhile
     * (decision 0024). An icon made before it ends waits for it.
     */
    public static void loadFontsAhead() {
        Thread loader = new Thread(IkonResolver::getInstance, "microplan-icon-fonts");
        loader.setDaemon(true);
        loader.start();
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }
}
