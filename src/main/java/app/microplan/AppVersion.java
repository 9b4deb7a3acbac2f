package app.microplan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Microplan's version, as Maven built it: shown by Help ▸ About and by {@code microplan --version}. */
public final class AppVersion {
    private static final String UNKNOWN = "development build";

    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/app/microplan/version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            // Unfiltered (an IDE copying resources as they are): say so rather than show the placeholder.
            return version.isBlank() || version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
