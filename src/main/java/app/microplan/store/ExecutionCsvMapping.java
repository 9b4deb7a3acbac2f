package app.microplan.store;

import app.microplan.domain.QuantityUnit;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How to read one exchange's trade-history CSV: which header names the time, symbol, side, price, quantity
 * and fee columns have, how times are written, and how numbers are written. Remembered per source name
 * ("Bybit", "my broker") in {@code csv-mappings.json} so the trader maps a source once.
 *
 * @param feeColumn    optional: null or blank when the file has no fee column (fees are then zero)
 * @param timeFormat   {@value #ISO} (ISO-8601 with or without an offset), {@value #EPOCH_MILLIS},
 *                     {@value #EPOCH_SECONDS}, or a pattern such as {@code yyyy-MM-dd HH:mm:ss}
 * @param timeZone     the zone of times that carry no offset, such as {@code UTC} or {@code Europe/Berlin}
 * @param delimiter    the one character between fields: {@code ,} or {@code ;} or a tab
 * @param decimalComma numbers are written 1.234,5 rather than 1,234.5
 */
public record ExecutionCsvMapping(
        String source,
        String timeColumn,
        String symbolColumn,
        String sideColumn,
        String priceColumn,
        String quantityColumn,
        String feeColumn,
        String timeFormat,
        String timeZone,
        String delimiter,
        boolean decimalComma,
        QuantityUnit quantityUnit) {

    public static final String ISO = "ISO";
    public static final String EPOCH_MILLIS = "EPOCH_MILLIS";
    public static final String EPOCH_SECONDS = "EPOCH_SECONDS";

    public ExecutionCsvMapping {
        source = required(source, "source name");
        timeColumn = required(timeColumn, "time column");
        symbolColumn = required(symbolColumn, "symbol column");
        sideColumn = required(sideColumn, "side column");
        priceColumn = required(priceColumn, "price column");
        quantityColumn = required(quantityColumn, "quantity column");
        feeColumn = feeColumn == null || feeColumn.isBlank() ? null : feeColumn.strip();
        timeFormat = timeFormat == null || timeFormat.isBlank() ? ISO : timeFormat.strip();
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
        delimiter = delimiter == null || delimiter.isEmpty() ? "," : delimiter;
        quantityUnit = quantityUnit == null ? QuantityUnit.CONTRACTS : quantityUnit;
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException("the delimiter must be one character, was '" + delimiter + "'");
        }
        checkTimeFormat(timeFormat);
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + timeZone + "' is not a time zone (try UTC or Europe/Berlin)");
        }
    }

    /** A mapping whose columns are named like the fields, for a CSV written to match; times ISO, in UTC. */
    public static ExecutionCsvMapping standard(String source) {
        return new ExecutionCsvMapping(source, "time", "symbol", "side", "price", "quantity", "fee", ISO, "UTC", ",",
                false, QuantityUnit.CONTRACTS);
    }

    /** The columns this mapping reads, fee last when there is one. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(timeColumn, symbolColumn, sideColumn, priceColumn,
                quantityColumn));
        if (feeColumn != null) {
            columns.add(feeColumn);
        }
        return columns;
    }

    public char delimiterChar() {
        return delimiter.charAt(0);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is required");
        }
        return value.strip();
    }

    private static void checkTimeFormat(String format) {
        String upper = format.toUpperCase(Locale.ROOT);
        if (upper.equals(ISO) || upper.equals(EPOCH_MILLIS) || upper.equals(EPOCH_SECONDS)) {
            return;
        }
        try {
            DateTimeFormatter.ofPattern(format);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + format + "' is not a time pattern: " + e.getMessage());
        }
    }
}
