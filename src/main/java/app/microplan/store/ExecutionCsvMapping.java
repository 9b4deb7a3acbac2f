package app.microplan.store;

import app.microplan.domain.QuantityUnit;
import app.microplan.domain.TradeSide;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How to read one exchange's trade-history CSV: which header names the time, symbol, side, price, quantity
 * and fee columns have, how times are written, and how numbers are written. Remembered in
 * {@code csv-mappings.json} by the signature of the file's header (the next export of the same kind has the same
 * header but another name), under a source name the trader chose ("my broker"), so a source is mapped once.
 *
 * @param feeColumn    optional: null or blank when the file has no fee column (fees are then zero)
 * @param timeFormat   {@value #ISO} (ISO-8601 with or without an offset), {@value #EPOCH_MILLIS},
 *                     {@value #EPOCH_SECONDS}, or a pattern such as {@code yyyy-MM-dd HH:mm:ss}
 * @param timeZone     the zone of times that carry no offset, such as {@code UTC} or {@code Europe/Berlin}
 * @param delimiter    the one character between fields: {@code ,} or {@code ;} or a tab
 * @param decimalComma numbers are written 1.234,5 rather than 1,234.5
 * @param headerSignature the header of the file the mapping was made for ({@link ImportLayouts#signature}), by
 *                     which the next file of that kind is recognised; null in mappings saved before it was kept
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
        QuantityUnit quantityUnit,
        String headerSignature) {

    public static final String ISO = ImportLayout.ISO;
    public static final String EPOCH_MILLIS = ImportLayout.EPOCH_MILLIS;
    public static final String EPOCH_SECONDS = ImportLayout.EPOCH_SECONDS;
    /** The side words a hand-mapped file may use. */
    private static final Map<String, TradeSide> SIDE_WORDS = Map.of("buy", TradeSide.BUY, "b", TradeSide.BUY,
            "bid", TradeSide.BUY, "long", TradeSide.BUY, "sell", TradeSide.SELL, "s", TradeSide.SELL,
            "ask", TradeSide.SELL, "short", TradeSide.SELL);

    /** A mapping not yet tied to a header. */
    public ExecutionCsvMapping(String source, String timeColumn, String symbolColumn, String sideColumn,
                               String priceColumn, String quantityColumn, String feeColumn, String timeFormat,
                               String timeZone, String delimiter, boolean decimalComma, QuantityUnit quantityUnit) {
        this(source, timeColumn, symbolColumn, sideColumn, priceColumn, quantityColumn, feeColumn, timeFormat,
                timeZone, delimiter, decimalComma, quantityUnit, null);
    }

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

    /** The same mapping, tied to the header of the file it was made for. */
    public ExecutionCsvMapping forHeader(List<String> header) {
        return new ExecutionCsvMapping(source, timeColumn, symbolColumn, sideColumn, priceColumn, quantityColumn,
                feeColumn, timeFormat, timeZone, delimiter, decimalComma, quantityUnit,
                ImportLayouts.signature(header));
    }

    /** The mapping as a layout, so a hand-mapped file is read like a known exchange's. */
    public ImportLayout toLayout() {
        ImportLayout.Columns names = new ImportLayout.Columns(timeColumn, symbolColumn, sideColumn, priceColumn,
                quantityColumn, feeColumn, null, null, null, null, null, null, null);
        return new ImportLayout("custom:" + source, "", source, "your own column mapping", columns(), null, names,
                List.of(timeFormat), "en-US", new ImportLayout.ZoneRule(ImportLayout.ZoneSource.FIXED, timeZone),
                delimiter, decimalComma, SIDE_WORDS, Map.of(), quantityUnit, Map.of(), null, Map.of(), false, false,
                "QUOTE");
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
