package app.microplan.domain;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moment inside a wording, passed as its parts as the import notes pass a date (decision 15): the English bundle
 * puts them together exactly as {@link Instant#toString()} writes them ("2026-03-02T10:00:00Z", which the command
 * line prints), the German as "02.03.2026 10:00:00 UTC". The parts are text, so no locale groups the year.
 */
final class InstantWording {
    /** Instant.toString() in UTC: year, month, day, hour, minute, seconds with any fraction. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(.+)Z");

    private InstantWording() {
    }

    /** The moment as a wording, or null for a year outside 0000–9999 (the refusal then stays English whole). */
    static Wording of(Instant instant) {
        Matcher parts = ISO.matcher(instant.toString());
        if (!parts.matches()) {
            return null;
        }
        return Wording.of("refusal.instant", parts.group(1), parts.group(2), parts.group(3), parts.group(4),
                parts.group(5), parts.group(6));
    }

    /** The wording of {@code key} with these moments, or null when one of them has none. */
    static Wording of(String key, Instant first, Instant second) {
        Wording one = of(first);
        Wording two = of(second);
        return one == null || two == null ? null : Wording.of(key, one, two);
    }
}
