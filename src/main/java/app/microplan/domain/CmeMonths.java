package app.microplan.domain;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CME futures symbols with a month code: the product root, one of the twelve month letters
 * (F G H J K M N Q U V X Z for January to December) and the year's last one or two digits. MBTZ5 is Micro
 * Bitcoin, December 2025; METH6 is Micro Ether, March 2026.
 */
public record CmeMonths(String root, YearMonth expiry) {
    private static final String MONTH_CODES = "FGHJKMNQUVXZ";
    private static final Pattern SYMBOL = Pattern.compile("([A-Z]{2,4}?)([FGHJKMNQUVXZ])(\\d{1,2})");

    /** The root and expiry of a month-coded symbol; empty when it is not one. */
    public static Optional<CmeMonths> parse(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        Matcher matcher = SYMBOL.matcher(symbol.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int month = MONTH_CODES.indexOf(matcher.group(2).charAt(0)) + 1;
        int digits = Integer.parseInt(matcher.group(3));
        int year = matcher.group(3).length() == 1 ? 2020 + digits : 2000 + digits;
        return Optional.of(new CmeMonths(matcher.group(1), YearMonth.of(year, month)));
    }

    public static char codeOf(Month month) {
        return MONTH_CODES.charAt(month.getValue() - 1);
    }

    /** The symbol as CME writes it, with a one-digit year: MBTZ5. */
    public String symbol() {
        return root + codeOf(expiry.getMonth()) + (expiry.getYear() % 10);
    }

    /** The preset renamed for this contract month ("CME Micro Bitcoin (0.1 BTC), Dec 2025"). */
    public ContractSpec applyTo(ContractSpec preset) {
        return preset.toBuilder().symbol(symbol())
                .name(preset.name() + ", " + expiry.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                        + expiry.getYear()).build();
    }
}
