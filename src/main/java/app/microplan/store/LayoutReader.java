package app.microplan.store;

import app.microplan.domain.Execution;
import app.microplan.domain.FundingPayment;
import app.microplan.domain.InstrumentKey;
import app.microplan.domain.QuantityUnit;
import app.microplan.domain.SymbolFunding;
import app.microplan.domain.TradeSide;
import app.microplan.domain.WordedRefusal;
import app.microplan.domain.Wording;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of a file through an {@link ImportLayout}: each row becomes an execution, a funding payment, or
 * a skipped line of another kind — or, for every cell that cannot be read, a {@link RowProblem} naming the row and
 * the column (all of a row's problems, not the first).
 */
final class LayoutReader {
    private static final Pattern UTC_OFFSET = Pattern.compile("UTC\\s*([+-−]\\s*\\d{1,2}(?::?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> DOLLARS = Set.of("USD", "USDT", "USDC", "BUSD", "FDUSD", "TUSD", "DAI");

    private final ImportLayout layout;
    private final ImportLayout.Columns names;
    private final List<String> header;
    private final int headerIndex;
    private final ZoneId zone;
    private final String zoneText;
    private final List<DateTimeFormatter> formatters = new ArrayList<>();
    private final Pattern inverse;
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final int time;
    private final int symbol;
    private final int side;
    private final int price;
    private final int quantity;
    private final int fee;
    private final int tradeId;
    private final int kind;
    private final int unit;
    private final int currency;
    private final int funding;
    private final int fundingPrice;
    private final int multiplier;

    LayoutReader(ImportLayout layout, List<List<String>> records, int headerIndex, String fileName) {
        this.layout = layout;
        this.names = layout.columns();
        this.header = records.get(headerIndex);
        this.headerIndex = headerIndex;
        time = column(names.time());
        symbol = column(names.symbol());
        side = column(names.side());
        price = column(names.price());
        quantity = column(names.quantity());
        fee = column(names.fee());
        tradeId = column(names.tradeId());
        kind = column(names.kind());
        unit = column(names.unit());
        currency = column(names.currency());
        funding = column(names.funding());
        fundingPrice = column(names.fundingPrice());
        multiplier = column(names.multiplier());
        ZoneFound found = zone(records.subList(0, headerIndex), fileName);
        this.zone = found.zone();
        this.zoneText = found.text();
        Locale locale = Locale.forLanguageTag(layout.timeLocale());
        for (String format : layout.timeFormats()) {
            if (!isSpecial(format)) {
                formatters.add(DateTimeFormatter.ofPattern(format, locale));
            }
        }
        inverse = layout.inverseSymbols() == null ? null : Pattern.compile(layout.inverseSymbols());
    }

    /** Every row after the header, read. */
    CsvImport read(List<List<String>> records) {
        List<String> missing = missingColumns();
        if (!missing.isEmpty()) {
            return CsvImport.unreadable(layout, new RowProblem(headerIndex + 1, null, "the header has no column "
                    + String.join(", ", missing) + " (it has " + String.join(", ", header) + ")",
                    Wording.of("import.problem.missingColumns", String.join(", ", missing), String.join(", ", header))));
        }
        List<ImportedExecution> executions = new ArrayList<>();
        List<ImportedFunding> fundingRows = new ArrayList<>();
        int rows = 0;
        for (int index = headerIndex + 1; index < records.size(); index++) {
            List<String> record = records.get(index);
            if (isBlank(record)) {
                continue;
            }
            rows++;
            Row row = new Row(index + 1, record);
            ImportLayout.RowKind rowKind = row.kind();
            if (rowKind == ImportLayout.RowKind.TRADE) {
                Execution execution = row.execution();
                if (execution != null) {
                    executions.add(new ImportedExecution(row.number, execution));
                }
            } else if (rowKind == ImportLayout.RowKind.FUNDING) {
                SymbolFunding payment = row.funding();
                if (payment != null) {
                    fundingRows.add(new ImportedFunding(row.number, payment));
                }
            }
        }
        if (rows == 0) {
            problems.add(new RowProblem(headerIndex + 2, null, "the file has a header but no rows",
                    Wording.of("import.problem.noRows")));
        }
        return new CsvImport(layout, zoneText, rows, executions, fundingRows, skipped, problems, warnings);
    }

    private static boolean isBlank(List<String> record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private List<String> missingColumns() {
        List<String> missing = new ArrayList<>();
        boolean trades = layout.kinds().isEmpty() || layout.kinds().containsValue(ImportLayout.RowKind.TRADE);
        boolean fundingRows = layout.kinds().containsValue(ImportLayout.RowKind.FUNDING);
        requireColumn(names.time(), time, missing);
        requireColumn(names.symbol(), symbol, missing);
        if (!layout.kinds().isEmpty()) {
            requireColumn(names.kind(), kind, missing);
        }
        if (trades) {
            requireColumn(names.side(), side, missing);
            requireColumn(names.price(), price, missing);
            requireColumn(names.quantity(), quantity, missing);
        }
        if (fundingRows) {
            requireColumn(names.funding(), funding, missing);
        }
        if (names.fee() != null && fee < 0 && layout.isCustom()) {
            missing.add("'" + names.fee() + "'");
        }
        return missing;
    }

    private static void requireColumn(String name, int index, List<String> missing) {
        if (index < 0) {
            missing.add("'" + (name == null ? "(not mapped)" : name) + "'");
        }
    }

    // ---- One row --------------------------------------------------------------------------------------------

    /** A row being read: each field reads its cell, and a cell that cannot be read adds a problem. */
    private final class Row {
        private final int number;
        private final List<String> cells;
        private boolean bad;

        Row(int number, List<String> cells) {
            this.number = number;
            this.cells = cells;
        }

        ImportLayout.RowKind kind() {
            if (layout.kinds().isEmpty()) {
                return ImportLayout.RowKind.TRADE;
            }
            String word = cell(kind).toLowerCase(Locale.ROOT);
            ImportLayout.RowKind found = layout.kinds().get(word);
            if (found == null) {
                found = layout.kinds().get("*");
            }
            if (found == null) {
                problem(names.kind(), "'" + cell(kind) + "' is not a row type this file has",
                        Wording.of("import.problem.notRowType", cell(kind)));
                return ImportLayout.RowKind.SKIP;
            }
            if (found == ImportLayout.RowKind.SKIP) {
                skipped.merge(word.isEmpty() ? "(no type)" : word, 1, Integer::sum);
            }
            return found;
        }

        Execution execution() {
            Instant at = time();
            String instrument = text(symbol, names.symbol());
            TradeSide tradeSide = side();
            BigDecimal fillPrice = positive(price, names.price());
            BigDecimal amount = quantity();
            QuantityUnit counted = unit(instrument);
            BigDecimal value = contractValue(instrument, counted);
            BigDecimal paid = fee(instrument, fillPrice, counted);
            if (bad) {
                return null;
            }
            return new Execution(at, instrument, tradeSide, fillPrice, amount, paid, cell(tradeId), counted, value);
        }

        SymbolFunding funding() {
            Instant at = time();
            String instrument = text(symbol, names.symbol());
            CellNumbers.Parsed amount = number(funding, names.funding());
            if (bad) {
                return null;
            }
            if (amount.value().signum() == 0) {
                skipped.merge("funding of 0", 1, Integer::sum);
                return null;
            }
            BigDecimal paid = layout.fundingReceivedPositive() ? amount.value().negate() : amount.value();
            BigDecimal inQuote = inQuote(paid, amountCurrency(amount.unit(), instrument, unit(instrument)),
                    instrument, conversionPrice(), names.funding());
            if (bad || inQuote == null) {
                return null;
            }
            return new SymbolFunding(instrument, new FundingPayment(at, inQuote, cell(tradeId)));
        }

        private Instant time() {
            String text = cell(time);
            if (text.isEmpty()) {
                problem(names.time(), "is empty", Wording.of("import.problem.empty"));
                return null;
            }
            for (String format : layout.timeFormats()) {
                Instant parsed = special(format, text);
                if (parsed != null) {
                    return parsed;
                }
            }
            for (DateTimeFormatter formatter : formatters) {
                try {
                    return LocalDateTime.parse(text, formatter).atZone(zone).toInstant();
                } catch (DateTimeException e) {
                    // try the next pattern
                }
            }
            problem(names.time(), "'" + text + "' does not match " + String.join(" or ", layout.timeFormats()),
                    Wording.of("import.problem.timeFormat", text, eitherOf(layout.timeFormats())));
            return null;
        }

        private Instant special(String format, String text) {
            try {
                return switch (format.toUpperCase(Locale.ROOT)) {
                    case ImportLayout.EPOCH_MILLIS -> Instant.ofEpochMilli(Long.parseLong(text));
                    case ImportLayout.EPOCH_SECONDS -> Instant.ofEpochSecond(Long.parseLong(text));
                    case ImportLayout.ISO -> iso(text);
                    default -> null;
                };
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }

        /** ISO-8601 with an offset ("2026-01-05T14:30:00Z") or without one, then taken in the file's zone. */
        private Instant iso(String text) {
            String normalized = text.replace(' ', 'T');
            try {
                return OffsetDateTime.parse(normalized).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(normalized).atZone(zone).toInstant();
            }
        }

        private TradeSide side() {
            String text = cell(side);
            TradeSide found = layout.sides().get(text.toLowerCase(Locale.ROOT));
            if (found == null) {
                List<String> sides = layout.sides().keySet().stream().sorted().toList();
                problem(names.side(), text.isEmpty() ? "is empty" : "'" + text + "' is "
                        + (layout.isCustom() ? "neither buy nor sell" : "not a side this file uses ("
                        + String.join(", ", sides) + ")"), text.isEmpty() ? Wording.of("import.problem.empty")
                        : layout.isCustom() ? Wording.of("import.problem.notBuyOrSell", text)
                        : Wording.of("import.problem.notASide", text, String.join(", ", sides)));
            }
            return found;
        }

        private BigDecimal quantity() {
            CellNumbers.Parsed parsed = number(quantity, names.quantity());
            if (parsed == null) {
                return null;
            }
            // Exchanges that sign quantities (a sell written −2) say the side in its own column too.
            BigDecimal value = layout.isCustom() ? parsed.value() : parsed.value().abs();
            if (value.signum() <= 0) {
                problem(names.quantity(), "must be above 0, was " + cell(quantity),
                        Wording.of("import.problem.notAboveZero", cell(quantity)));
                return null;
            }
            return value;
        }

        private QuantityUnit unit(String instrument) {
            if (instrument != null && inverse != null && inverse.matcher(instrument.toUpperCase(Locale.ROOT)).matches()) {
                return QuantityUnit.USD;
            }
            if (unit >= 0 && !layout.unitWords().isEmpty()) {
                QuantityUnit word = layout.unitWords().get(cell(unit).toLowerCase(Locale.ROOT));
                return word != null ? word : layout.unitWords().getOrDefault("*", layout.quantityUnit());
            }
            return layout.quantityUnit();
        }

        private BigDecimal contractValue(String instrument, QuantityUnit counted) {
            if (counted != QuantityUnit.CONTRACTS || instrument == null) {
                return null;
            }
            if (multiplier >= 0 && !cell(multiplier).isEmpty()) {
                return positive(multiplier, names.multiplier());
            }
            String upper = instrument.strip().toUpperCase(Locale.ROOT);
            String value = layout.contractValues().get(upper);
            String root = InstrumentKey.ofSymbol(instrument).futuresRoot();
            if (value == null && root != null) {
                value = layout.contractValues().get(root);
            }
            return value == null ? null : new BigDecimal(value);
        }

        private BigDecimal fee(String instrument, BigDecimal fillPrice, QuantityUnit counted) {
            if (fee < 0 || cell(fee).isEmpty()) {
                return BigDecimal.ZERO;
            }
            CellNumbers.Parsed parsed = number(fee, names.fee());
            if (parsed == null || instrument == null || fillPrice == null) {
                return BigDecimal.ZERO;
            }
            BigDecimal paid = layout.feePaidNegative() ? parsed.value().negate() : parsed.value();
            BigDecimal inQuote = inQuote(paid, amountCurrency(parsed.unit(), instrument, counted), instrument,
                    fillPrice, names.fee());
            return inQuote == null ? BigDecimal.ZERO : inQuote;
        }

        private BigDecimal conversionPrice() {
            int column = fundingPrice >= 0 ? fundingPrice : price;
            if (column < 0 || cell(column).isEmpty()) {
                return null;
            }
            CellNumbers.Parsed parsed = number(column, header.get(column));
            return parsed == null || parsed.value().signum() <= 0 ? null : parsed.value();
        }

        /** The amount's currency: written after the number, in its own column, or by the layout's rule. */
        private String amountCurrency(String cellUnit, String instrument, QuantityUnit counted) {
            if (cellUnit != null) {
                return cellUnit;
            }
            if (currency >= 0 && !cell(currency).isEmpty()) {
                return cell(currency).toUpperCase(Locale.ROOT);
            }
            InstrumentKey key = InstrumentKey.ofSymbol(instrument);
            return switch (layout.amountCurrency()) {
                case "BASE" -> key.base();
                case "INVERSE_BASE" -> counted == QuantityUnit.USD ? key.base() : key.quote();
                default -> key.quote();
            };
        }

        /**
         * The amount in the quote currency: dollar stablecoins count as dollars; the traded coin is turned into
         * money at {@code price}; any other currency (a fee paid in BNB) cannot be, and counts as 0 with a warning.
         */
        private BigDecimal inQuote(BigDecimal amount, String amountCurrency, String instrument, BigDecimal atPrice,
                                   String column) {
            String upper = amountCurrency.toUpperCase(Locale.ROOT);
            if (DOLLARS.contains(upper)) {
                return amount;
            }
            if (upper.equals(InstrumentKey.ofSymbol(instrument).base())) {
                if (atPrice == null) {
                    problem(column, "is in " + upper + " and the row has no price to turn it into money",
                            Wording.of("import.problem.noPrice", upper));
                    return null;
                }
                return amount.multiply(atPrice);
            }
            warnings.add("row " + number + ", " + column + ": " + amount.abs().toPlainString() + " " + upper
                    + " cannot be turned into money without a price of " + upper
                    + "; it counts as 0 (correct it on the Fills tab)");
            return BigDecimal.ZERO;
        }

        private BigDecimal positive(int index, String name) {
            CellNumbers.Parsed parsed = number(index, name);
            if (parsed == null) {
                return null;
            }
            if (parsed.value().signum() <= 0) {
                problem(name, "must be above 0, was " + cell(index),
                        Wording.of("import.problem.notAboveZero", cell(index)));
                return null;
            }
            return parsed.value();
        }

        private CellNumbers.Parsed number(int index, String name) {
            try {
                return CellNumbers.parse(cell(index), layout.decimalComma());
            } catch (IllegalArgumentException e) {
                problem(name, e.getMessage(), WordedRefusal.of(e).orElse(null));
                return null;
            }
        }

        private String text(int index, String name) {
            String value = cell(index);
            if (value.isEmpty()) {
                problem(name, "is empty", Wording.of("import.problem.empty"));
                return null;
            }
            return value;
        }

        private String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
        }

        /** "a or b or c", as the English joins them: each "or" a wording of its own. */
        private static Object eitherOf(List<String> formats) {
            Object text = formats.get(formats.size() - 1);
            for (int i = formats.size() - 2; i >= 0; i--) {
                text = Wording.of("import.problem.or", formats.get(i), text);
            }
            return text;
        }

        private void problem(String column, String reason) {
            problem(column, reason, null);
        }

        /** A problem with its reason also as a wording, for the window's language (decision 15). */
        private void problem(String column, String reason, Wording wording) {
            bad = true;
            problems.add(new RowProblem(number, displayName(column), reason, wording));
        }
    }

    // ---- The file's zone ------------------------------------------------------------------------------------

    private record ZoneFound(ZoneId zone, String text) {
    }

    private ZoneFound zone(List<List<String>> preamble, String fileName) {
        ImportLayout.ZoneRule rule = layout.zone();
        ZoneId fallback = ZoneId.of(rule.zone());
        return switch (rule.source()) {
            case FIXED -> new ZoneFound(fallback, rule.zone());
            case LOCAL -> new ZoneFound(ZoneId.systemDefault(), ZoneId.systemDefault().getId()
                    + ", this computer's zone (the exporting program writes local times)");
            case HEADER -> offsetIn(time >= 0 ? header.get(time) : "", "from the header", fallback);
            case PREAMBLE -> offsetIn(String.join(",", preamble.stream().map(r -> String.join(",", r)).toList()),
                    "from the line above the header", fallback);
            case FILE_NAME -> offsetIn(fileName == null ? "" : fileName, "from the file name", fallback);
        };
    }

    private static ZoneFound offsetIn(String text, String where, ZoneId fallback) {
        Matcher matcher = UTC_OFFSET.matcher(text);
        if (!matcher.find()) {
            return new ZoneFound(fallback, fallback.getId() + " (no zone " + where + ")");
        }
        String offset = matcher.group(1) == null ? "" : matcher.group(1).replace('−', '-').replace(" ", "");
        ZoneId zone = offset.isEmpty() ? ZoneOffset.UTC : ZoneOffset.of(offset);
        return new ZoneFound(zone, "UTC" + (offset.isEmpty() ? "" : zone.getId()) + ", " + where);
    }

    // ---- Columns --------------------------------------------------------------------------------------------

    private int column(String name) {
        return ImportLayouts.indexOf(header, name);
    }

    /** The header as the file writes it ("Transaction Time(UTC+10)"), for a problem's column. */
    private String displayName(String name) {
        int index = column(name);
        return index >= 0 ? header.get(index).strip() : name;
    }

    private static boolean isSpecial(String format) {
        String upper = format.toUpperCase(Locale.ROOT);
        return upper.equals(ImportLayout.ISO) || upper.equals(ImportLayout.EPOCH_MILLIS)
                || upper.equals(ImportLayout.EPOCH_SECONDS);
    }
}
