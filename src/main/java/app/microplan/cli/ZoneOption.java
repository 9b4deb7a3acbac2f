package app.microplan.cli;

import java.time.DateTimeException;
import java.time.ZoneId;

/** {@code --zone}: the time zone days are counted in; this computer's when not given. */
final class ZoneOption {
    private ZoneOption() {
    }

    static ZoneId parse(String zone) {
        try {
            return zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new BadInputException("--zone: '" + zone + "' is not a time zone (try UTC or Europe/Berlin)");
        }
    }
}
