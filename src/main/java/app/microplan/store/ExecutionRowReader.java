package app.microplan.store;

import app.microplan.domain.Execution;
import app.microplan.domain.NumberLimits;
import app.microplan.domain.TradeSide;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads one CSV record into an {@link Execution} through a mapping; each failure names the column and the text. */
final class ExecutionRowReader {
    /** Longer than any price or fee an exchange writes; parsing a cell of a million digits would itself be slow. */
    private static final int MAX_NUMBER_LENGTH = 100;
    private final ExecutionCsvMapping mapping;
    private final ZoneId zone;
    private final DateTimeFormatter pattern;
    private final int time;
    private final int symbol;
    private final int side;
    private final int price;
    private final int quantity;
    private final int fee;

    /** Finds the mapping's columns in the header (ignoring case and surrounding spaces). */
    ExecutionRowReader(ExecutionCsvMapping mapping, List<String> header) {
        this.mapping = mapping;
        this.zone = mapping.zone();
        String format = mapping.timeFormat().toUpperCase(Locale.ROOT);
        this.pattern = format.equals(ExecutionCsvMapping.ISO) || format.equals(ExecutionCsvMapping.EPOCH_MILLIS)
                || format.equals(ExecutionCsvMapping.EPOCH_SECONDS) ? null
                : DateTimeFormatter.ofPattern(mapping.timeFormat(), Locale.ROOT);
        List<String> missing = new ArrayList<>();
        time = column(header, mapping.timeColumn(), missing);
        symbol = column(header, mapping.symbolColumn(), missing);
        side = column(header, mapping.sideColumn(), missing);
        price = column(header, mapping.priceColumn(), missing);
        quantity = column(header, mapping.quantityColumn(), missing);
        fee = mapping.feeColumn() == null ? -1 : column(header, mapping.feeColumn(), missing);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header has no column " + String.join(", ", missing)
                    + " (it has " + String.join(", ", header) + ")");
        }
    }

    Execution read(List<String> record) {
        BigDecimal feeAmount = fee < 0 || cell(record, fee).isBlank() ? BigDecimal.ZERO : number(record, fee, "fee");
        return new Execution(time(cell(record, time)), text(record, symbol, "symbol"), side(cell(record, side)),
                positive(record, price, "price"), positive(record, quantity, "quantity"), feeAmount);
    }

    private static int column(List<String> header, String name, List<String> missing) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        missing.add("'" + name + "'");
        return -1;
    }

    private static String cell(List<String> record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static String text(List<String> record, int index, String what) {
        String value = cell(record, index);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return value;
    }

    private Instant time(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("time is empty");
        }
        try {
            return switch (mapping.timeFormat().toUpperCase(Locale.ROOT)) {
                case ExecutionCsvMapping.EPOCH_MILLIS -> Instant.ofEpochMilli(Long.parseLong(text));
                case ExecutionCsvMapping.EPOCH_SECONDS -> Instant.ofEpochSecond(Long.parseLong(text));
                case ExecutionCsvMapping.ISO -> iso(text);
                default -> LocalDateTime.parse(text, pattern).atZone(zone).toInstant();
            };
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("time '" + text + "' does not match the format " + mapping.timeFormat());
        }
    }

    /** ISO-8601 with an offset ("2026-01-05T14:30:00Z") or without one, then taken in the mapping's zone. */
    private Instant iso(String text) {
        String normalized = text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(normalized).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(normalized).atZone(zone).toInstant();
        }
    }

    private static TradeSide side(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "buy", "b", "bid" -> TradeSide.BUY;
            case "sell", "s", "ask" -> TradeSide.SELL;
            default -> throw new IllegalArgumentException("side '" + text + "' is neither buy nor sell");
        };
    }

    private BigDecimal positive(List<String> record, int index, String what) {
        BigDecimal value = number(record, index, what);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be above 0, was " + cell(record, index));
        }
        return value;
    }

    private BigDecimal number(List<String> record, int index, String what) {
        String text = cell(record, index);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new IllegalArgumentException(what + " '" + shortened(text) + "' is too long to be a number");
        }
        String digits = text.replace(" ", "").replace("\u00A0", "").replace("'", "");
        digits = mapping.decimalComma() ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        BigDecimal value;
        try {
            value = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + shortened(text) + "' is not a number");
        }
        Optional<String> outOfRange = NumberLimits.problem(value);
        if (outOfRange.isPresent()) {
            throw new IllegalArgumentException(what + ": " + outOfRange.get());
        }
        return value;
    }

    /** A cell of thousands of characters is named by its start: the message stays one line. */
    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
