package app.microplan.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an exchange's symbol and a plan's contract are "the same thing" by: the coin for perpetuals and
 * crypto futures ({@code BTCUSDT}, {@code BTC-USDT-SWAP} and {@code BTC-PERPETUAL} are all BTC), the
 * exchange's root for dated futures ({@code MBTZ5}, {@code MBT 12-25} and the {@code MBT} preset are all MBT).
 * A perpetual's coin never matches a dated future's root: a BTCUSDT fill never goes into a CME Micro Bitcoin plan.
 *
 * @param base         the coin, upper case ("BTC")
 * @param futuresRoot  the dated future's root ("MBT"), or null for perpetuals and spot-like symbols
 * @param quote        the quote currency the symbol names ("USDT"), or USD when it names none
 */
public record InstrumentKey(String base, String futuresRoot, String quote) {

    private static final List<String> QUOTES = List.of("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "USD", "DAI");
    private static final List<String> PERPETUAL_WORDS = List.of("PERPETUAL", "PERP", "SWAP");
    private static final Map<String, String> ALIASES = Map.of("XBT", "BTC");
    /** "MBTZ5", "MBTZ25": a root, a month code (F … Z) and a one- or two-digit year. */
    private static final Pattern MONTH_CODE = Pattern.compile("([A-Z0-9]{1,4}?)([FGHJKMNQUVXZ])(\\d{1,2})");
    /** "MBT 12-25" (NinjaTrader): a root, a space, month-year. */
    private static final Pattern SPACED_EXPIRY = Pattern.compile("([A-Z0-9]{1,5})\\s+\\d{1,2}-\\d{2}");
    /** "BTC-27DEC24", "BTC-USD-250328": a crypto future's expiry, dropped (the coin is what is traded). */
    private static final Pattern DATED_PART = Pattern.compile("\\d{1,2}[A-Z]{3}\\d{2}|\\d{6}");
    private static final Pattern SEPARATORS = Pattern.compile("[-_/: ]+");
    /**
     * An import asks about the same few symbols and contracts for every one of its rows: the answers are kept
     * (bounded, in case a program feeds it endless new symbols).
     */
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, InstrumentKey> SYMBOL_KEYS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> TRADES = new ConcurrentHashMap<>();

    /** Reads an exchange's symbol. */
    public static InstrumentKey ofSymbol(String symbol) {
        if (SYMBOL_KEYS.size() > CACHE_LIMIT) {
            SYMBOL_KEYS.clear();
        }
        return SYMBOL_KEYS.computeIfAbsent(symbol, InstrumentKey::read);
    }

    private static InstrumentKey read(String symbol) {
        String text = symbol.strip().toUpperCase(Locale.ROOT);
        Matcher spaced = SPACED_EXPIRY.matcher(text);
        if (spaced.matches()) {
            return new InstrumentKey(spaced.group(1), spaced.group(1), "USD");
        }
        String[] parts = SEPARATORS.split(text);
        if (parts.length == 1) {
            Matcher dated = MONTH_CODE.matcher(text);
            if (dated.matches() && quoteSuffix(text) == null) {
                return new InstrumentKey(dated.group(1), dated.group(1), "USD");
            }
            String quote = quoteSuffix(text);
            String base = quote == null || quote.length() == text.length() ? text
                    : text.substring(0, text.length() - quote.length());
            return new InstrumentKey(alias(base), null, quote == null ? "USD" : quote);
        }
        String quote = "USD";
        for (int i = 1; i < parts.length; i++) {
            if (QUOTES.contains(parts[i])) {
                quote = parts[i];
                break;
            }
            if (!PERPETUAL_WORDS.contains(parts[i]) && !DATED_PART.matcher(parts[i]).matches()) {
                String suffix = quoteSuffix(parts[i]);
                quote = suffix == null ? quote : suffix;
            }
        }
        return new InstrumentKey(alias(parts[0]), null, quote);
    }

    /**
     * A contract of Microplan's: dated futures without funding (CME's MBT and MET) by their root, everything else
     * by its coin.
     */
    public static InstrumentKey ofContract(ContractSpec contract) {
        String underlying = alias(contract.underlying().strip().toUpperCase(Locale.ROOT));
        if (!contract.hasFunding()) {
            InstrumentKey symbol = ofSymbol(contract.symbol());
            String root = symbol.futuresRoot() != null ? symbol.futuresRoot()
                    : SEPARATORS.split(contract.symbol().strip().toUpperCase(Locale.ROOT))[0];
            return new InstrumentKey(underlying, root, contract.quoteCurrency());
        }
        return new InstrumentKey(underlying, null, contract.quoteCurrency());
    }

    /** The same instrument: the same futures root, or (both perpetual or crypto) the same coin. */
    public boolean matches(InstrumentKey other) {
        if (futuresRoot != null || other.futuresRoot != null) {
            return futuresRoot != null && futuresRoot.equals(other.futuresRoot);
        }
        return base.equals(other.base);
    }

    /** Whether this exchange symbol trades the contract: by key, or by the very same symbol. */
    public static boolean trades(String exchangeSymbol, ContractSpec contract) {
        if (TRADES.size() > CACHE_LIMIT) {
            TRADES.clear();
        }
        String key = exchangeSymbol + "\u0000" + contract.symbol() + "\u0000" + contract.underlying() + "\u0000"
                + contract.hasFunding() + "\u0000" + contract.quoteCurrency();
        return TRADES.computeIfAbsent(key, k -> sameLetters(exchangeSymbol, contract.symbol())
                || ofSymbol(exchangeSymbol).matches(ofContract(contract)));
    }

    /** The same symbol but for case and separators: "BTC-USDT-SWAP" is "btcusdtswap". */
    public static boolean sameLetters(String a, String b) {
        return letters(a).equals(letters(b));
    }

    /** A symbol's letters and digits only, upper case: "btc-usdt-swap" → "BTCUSDTSWAP". */
    public static String letters(String symbol) {
        StringBuilder kept = new StringBuilder(symbol.length());
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            if (c >= 'a' && c <= 'z') {
                kept.append((char) (c - 'a' + 'A'));
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static String quoteSuffix(String text) {
        for (String quote : QUOTES) {
            if (text.endsWith(quote)) {
                return quote;
            }
        }
        return null;
    }

    private static String alias(String coin) {
        return ALIASES.getOrDefault(coin, coin);
    }
}
