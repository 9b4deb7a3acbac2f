package app.microplan.cli;

import app.microplan.domain.NumberLimits;
import java.math.BigDecimal;
import picocli.CommandLine;

/** "PRICE" or "PRICE:AMOUNT" as typed after --entry and --target. */
record PriceQuantity(BigDecimal price, BigDecimal amount) {

    /** Reads the option text; a wrong number becomes picocli's one-line "Invalid value" error. */
    static final class Converter implements CommandLine.ITypeConverter<PriceQuantity> {
        @Override
        public PriceQuantity convert(String text) {
            String[] parts = text.split(":", -1);
            if (parts.length > 2) {
                throw new CommandLine.TypeConversionException("'" + shortened(text) + "' is not PRICE or PRICE:AMOUNT");
            }
            BigDecimal price = positive(parts[0], "price", text);
            BigDecimal amount = parts.length == 2 ? positive(parts[1], "amount after ':'", text) : null;
            return new PriceQuantity(price, amount);
        }

        private static BigDecimal positive(String number, String what, String text) {
            BigDecimal value;
            try {
                value = NumberLimits.parse(number);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("the " + what + ": " + e.getMessage());
            }
            if (value.signum() <= 0) {
                throw new CommandLine.TypeConversionException("'" + shortened(text) + "': the " + what
                        + " must be positive");
            }
            return value;
        }
    }

    /** A mistyped option can be thousands of characters long; the error line shows its start. */
    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
