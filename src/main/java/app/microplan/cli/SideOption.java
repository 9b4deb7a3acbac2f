package app.microplan.cli;

import app.microplan.domain.Direction;
import java.util.Locale;

/** The text of a --side option: "long" or "short", in any case. */
final class SideOption {
    private SideOption() {
    }

    static Direction parse(String side) {
        return switch (side.toLowerCase(Locale.ROOT)) {
            case "long" -> Direction.LONG;
            case "short" -> Direction.SHORT;
            default -> throw new BadInputException("--side: '" + side + "' is neither long nor short");
        };
    }
}
