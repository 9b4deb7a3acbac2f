package app.microplan.cli;

import app.microplan.domain.MarginTier;
import app.microplan.domain.MarginTiers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The text of --tiers: CEILING:MMR:AMOUNT[:MAXLEV] per tier, comma-separated, smallest first; the last ceiling may be inf. */
final class TierList {
    private static final String OPTION = "--tiers";

    private TierList() {
    }

    static List<MarginTier> parse(String text) {
        List<MarginTier> tiers = new ArrayList<>();
        String[] items = text.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            tiers.add(tier(items[i].strip(), i + 1));
        }
        try {
            return new MarginTiers(tiers).tiers();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(OPTION + ": " + e.getMessage());
        }
    }

    private static MarginTier tier(String item, int number) {
        String[] parts = item.split(":", -1);
        if (parts.length < 3 || parts.length > 4) {
            throw new BadInputException(OPTION + ": tier " + number + " '" + item + "' is not CEILING:MMR:AMOUNT[:MAXLEV]");
        }
        BigDecimal ceiling = parts[0].strip().equalsIgnoreCase("inf") ? null : number(parts[0], "ceiling", number);
        BigDecimal rate = number(parts[1], "maintenance rate", number);
        BigDecimal amount = number(parts[2], "maintenance amount", number);
        BigDecimal maxLeverage = parts.length == 4 ? number(parts[3], "maximum leverage", number) : null;
        try {
            return new MarginTier(ceiling, rate, amount, maxLeverage);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(OPTION + ": tier " + number + ": " + e.getMessage());
        }
    }

    private static BigDecimal number(String text, String what, int tier) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(OPTION + ": tier " + tier + "'s " + what + " '" + text.strip() + "' is not a number");
        }
    }
}
