package app.microplan.store;

import app.microplan.domain.QuantityUnit;
import app.microplan.domain.TradeSide;
import java.util.List;
import java.util.Map;

/**
 * How to read one kind of exchange file, as data: the header it is recognised by, which column holds what, how
 * times, numbers and signs are written, what the side and row-type words mean, what the quantity counts. The
 * built-in descriptions are in {@code import-layouts.json} (one per exchange file, no code per exchange); a column
 * mapping the trader made for any other file becomes one too ({@link ExecutionCsvMapping#toLayout}).
 *
 * @param id             a stable name ("binance-usdm-trades")
 * @param exchange       who writes the file ("Binance")
 * @param name           what the exchange calls it ("USD-M futures trade history")
 * @param exportPath     where in the exchange's site or program the file is exported, for the README and help
 * @param header         the column names the file is recognised by, every one required; {@code *} at the end of
 *                       a name matches any rest ("Transaction Time(UTC*)")
 * @param preamble       a pattern a line before the header must contain (OKX's account line), or null
 * @param columns        which header names the fields are read from
 * @param timeFormats    patterns tried in order; also {@code ISO}, {@code EPOCH_MILLIS}, {@code EPOCH_SECONDS}
 * @param timeLocale     the language of month and AM/PM words in the times ("en-US")
 * @param zone           where the time zone of the times comes from
 * @param delimiter      the character between fields
 * @param decimalComma   numbers are written 1.234,5
 * @param sides          side words (lower case) and the side each means; "open long" → BUY
 * @param kinds          row-type words (lower case) and what such a row is; {@code *} for every other word;
 *                       empty when every row is an execution
 * @param quantityUnit   what the quantity counts, unless {@code unitWords} or {@code inverseSymbols} say otherwise
 * @param unitWords      words of the unit column (lower case) and the unit each means; {@code *} for the rest
 * @param inverseSymbols a pattern for symbols counted in US dollars of face value (Deribit's inverse
 *                       perpetuals), or null
 * @param contractValues coins per exchange contract, by symbol or futures root ("MBT": 0.1), for files that count
 *                       contracts without saying their value
 * @param feePaidNegative fees are written negative when paid (OKX, Interactive Brokers)
 * @param fundingReceivedPositive funding is written positive when received (Binance, Deribit)
 * @param amountCurrency the currency of fee and funding amounts when neither a column nor the cell says: QUOTE,
 *                       BASE, or INVERSE_BASE (the coin for inverse symbols, the quote otherwise)
 */
public record ImportLayout(
        String id,
        String exchange,
        String name,
        String exportPath,
        List<String> header,
        String preamble,
        Columns columns,
        List<String> timeFormats,
        String timeLocale,
        ZoneRule zone,
        String delimiter,
        boolean decimalComma,
        Map<String, TradeSide> sides,
        Map<String, RowKind> kinds,
        QuantityUnit quantityUnit,
        Map<String, QuantityUnit> unitWords,
        String inverseSymbols,
        Map<String, String> contractValues,
        boolean feePaidNegative,
        boolean fundingReceivedPositive,
        String amountCurrency) {

    public static final String ISO = "ISO";
    public static final String EPOCH_MILLIS = "EPOCH_MILLIS";
    public static final String EPOCH_SECONDS = "EPOCH_SECONDS";

    /** What a row of the file is. */
    public enum RowKind { TRADE, FUNDING, SKIP }

    /** Where the zone of times without an offset comes from. */
    public enum ZoneSource {
        /** Always {@link ZoneRule#zone}. */
        FIXED,
        /** The offset written in a header cell ("Transaction Time(UTC+10)"). */
        HEADER,
        /** The offset written in the line before the header ("Time Zone:UTC+8"). */
        PREAMBLE,
        /** The offset written in the file's name ("…(UTC-6).csv"). */
        FILE_NAME,
        /** The zone of the computer the file was exported on, taken to be this one. */
        LOCAL
    }

    /**
     * @param zone the zone when the source says nothing (or for FIXED): "UTC", "America/New_York"
     */
    public record ZoneRule(ZoneSource source, String zone) {
        public ZoneRule {
            source = source == null ? ZoneSource.FIXED : source;
            zone = zone == null || zone.isBlank() ? "UTC" : zone;
        }
    }

    /**
     * The header names the fields come from; null where the file has no such column.
     *
     * @param kind         the row-type column ("type", "Type")
     * @param unit         the column saying what the quantity counts (OKX's "Trading Unit")
     * @param currency     the currency of fee and funding amounts ("Fee Unit", "Asset", "Currency")
     * @param funding      the funding amount of a funding row
     * @param fundingPrice the price to turn coin funding into money (Deribit's "Index Price")
     * @param multiplier   coins per contract (Interactive Brokers' "Multiplier")
     */
    public record Columns(String time, String symbol, String side, String price, String quantity, String fee,
                          String tradeId, String kind, String unit, String currency, String funding,
                          String fundingPrice, String multiplier) {
    }

    public ImportLayout {
        header = List.copyOf(header);
        timeFormats = timeFormats == null || timeFormats.isEmpty() ? List.of(ISO) : List.copyOf(timeFormats);
        timeLocale = timeLocale == null ? "en-US" : timeLocale;
        zone = zone == null ? new ZoneRule(ZoneSource.FIXED, "UTC") : zone;
        delimiter = delimiter == null || delimiter.isEmpty() ? "," : delimiter;
        sides = sides == null ? Map.of() : Map.copyOf(sides);
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        quantityUnit = quantityUnit == null ? QuantityUnit.CONTRACTS : quantityUnit;
        unitWords = unitWords == null ? Map.of() : Map.copyOf(unitWords);
        contractValues = contractValues == null ? Map.of() : Map.copyOf(contractValues);
        amountCurrency = amountCurrency == null ? "QUOTE" : amountCurrency;
    }

    /** "Binance USD-M futures trade history" */
    public String title() {
        return exchange == null || exchange.isBlank() ? name : exchange + " " + name;
    }

    public char delimiterChar() {
        return delimiter.charAt(0);
    }

    /** True for a layout the trader mapped themselves rather than one Microplan knows. */
    public boolean isCustom() {
        return id.startsWith("custom:");
    }
}
