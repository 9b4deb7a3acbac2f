package app.microplan.ui.csvimport;

import java.util.List;
import java.util.Locale;

/**
 * Picks the header an exchange most likely gave a field ("Exec Qty" for the quantity, "Trading Fee" for the
 * fee), so a new source starts mapped and the trader only corrects what was guessed wrong.
 */
final class ColumnGuess {
    static final List<String> TIME = List.of("time", "timestamp", "datetime", "date", "date(utc)", "exectime",
            "tradetime", "filltime", "createdat", "createdtime", "transacttime");
    static final List<String> SYMBOL = List.of("symbol", "pair", "market", "instrument", "contract", "ticker");
    static final List<String> SIDE = List.of("side", "direction", "buysell", "type", "orderside");
    static final List<String> PRICE = List.of("price", "execprice", "fillprice", "avgprice", "executionprice",
            "tradeprice", "filledprice");
    static final List<String> QUANTITY = List.of("quantity", "qty", "execqty", "size", "amount", "filledqty",
            "filled", "volume", "contracts");
    static final List<String> FEE = List.of("fee", "fees", "commission", "tradingfee", "execfee", "feepaid");

    private ColumnGuess() {
    }

    /** The first header whose letters match a name of {@code names}, in the order the names are given; or null. */
    static String pick(List<String> headers, List<String> names) {
        for (String name : names) {
            for (String header : headers) {
                if (normalized(header).equals(name)) {
                    return header;
                }
            }
        }
        return null;
    }

    /** "Exec Qty" and "exec_qty" are the same column name: letters and digits only, lower case. */
    private static String normalized(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9()]", "");
    }
}
