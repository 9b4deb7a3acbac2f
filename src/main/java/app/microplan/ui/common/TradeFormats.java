package app.microplan.ui.common;

import app.microplan.domain.Decimals;
import app.microplan.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How results read everywhere in the journal (the Review tab, the journal table, the statistics): P&L signed
 * to the cent, R-multiples signed to two decimals, funding as paid or received. "—" where there is no figure.
 */
public final class TradeFormats {
    public static final String NONE = "—";

    private TradeFormats() {
    }

    /**
     * The quote currency every closed trade among the entries shares; USD when there are none or they mix (the
     * figures then add USD and USDT as if equal, as the statistics do).
     */
    public static String currencyOf(java.util.Collection<app.microplan.domain.JournalEntry> entries) {
        String currency = null;
        for (app.microplan.domain.JournalEntry entry : entries) {
            if (entry.isClosedTrade()) {
                String quote = entry.outcome().quoteCurrency();
                if (currency != null && !currency.equals(quote)) {
                    return "USD";
                }
                currency = quote;
            }
        }
        return currency == null ? "USD" : currency;
    }

    /** "+2.23 R", "−0.80 R", "0.00 R"; "—" when the plan had no risk to measure by. */
    public static String r(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? "−" : "")
                + Messages.current().figures().decimal(rounded.abs()) + " R";
    }

    /** "+$109.50", "−$12.00", "$0.00"; "—" for no amount. */
    public static String signedMoney(BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        String text = Messages.current().figures().money(amount, currency);
        return Decimals.cents(amount).signum() > 0 ? "+" + text : text;
    }

    /** "$1.20 paid", "$0.80 received", "none": funding is a cost when positive. */
    public static String funding(BigDecimal funding, String currency) {
        if (funding.signum() == 0) {
            return Messages.text("trade.fundingNone");
        }
        return Messages.text(funding.signum() > 0 ? "trade.fundingPaid" : "trade.fundingReceived",
                Messages.current().figures().money(funding.abs(), currency));
    }

    /** The domain's reasons start in lower case to fit into longer messages; shown alone, they are sentences. */
    public static String sentence(String reason) {
        if (reason == null || reason.isBlank()) {
            return Messages.text("trade.cannot");
        }
        String text = Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
