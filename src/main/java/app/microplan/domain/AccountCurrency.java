package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The currency an account's equity is kept in: US dollars (USD, USDT and USDC are taken as equal) or a coin
 * (BTC, ETH) for a coin-margined account. Amounts in a coin are kept to the satoshi (8 places), dollar amounts
 * to the cent; a risk rounds up to that place, as it does to the cent.
 */
public final class AccountCurrency {
    /** What an account without a currency in its file means: dollars, as every account before coin accounts. */
    public static final String DOLLARS = "USD";
    /** Places a coin amount is kept to: one satoshi. */
    public static final int COIN_SCALE = 8;

    private AccountCurrency() {
    }

    /** The currency in upper case; null or blank means {@link #DOLLARS}. */
    public static String normalize(String currency) {
        return currency == null || currency.isBlank() ? DOLLARS : currency.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isDollar(String currency) {
        String c = normalize(currency);
        return c.equals("USD") || c.equals("USDT") || c.equals("USDC");
    }

    /** Places an amount in this currency is kept to: 2 for dollars, 8 for a coin. */
    public static int scale(String currency) {
        return isDollar(currency) ? 2 : COIN_SCALE;
    }

    /** Rounded up to the currency's smallest unit (a risk or cost never looks smaller than it is). */
    public static BigDecimal up(BigDecimal amount, String currency) {
        return amount.setScale(scale(currency), RoundingMode.CEILING);
    }

    /** Rounded down to the currency's smallest unit (a P&amp;L never looks better than it is). */
    public static BigDecimal down(BigDecimal amount, String currency) {
        return amount.setScale(scale(currency), RoundingMode.FLOOR);
    }

    /**
     * Whether a plan in this contract can be sized against equity in this currency: a linear contract against
     * dollars, an inverse one against dollars or its own coin.
     */
    public static boolean fits(ContractSpec contract, String currency) {
        return isDollar(currency) || contract.isInverse() && normalize(currency).equalsIgnoreCase(contract.underlying());
    }
}
