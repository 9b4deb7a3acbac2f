package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One funding payment of a perpetual position, as an exchange's funding history lists it, or a total the trader
 * typed.
 *
 * @param time    when it was settled; null for a total typed by hand over the whole trade
 * @param amount  paid (+) or received (−), in the contract's quote currency: the sign convention of
 *                {@link Funding#cost}
 * @param tradeId the exchange's id of the payment when it was imported, else null
 */
public record FundingPayment(Instant time, BigDecimal amount, String tradeId) {

    public FundingPayment {
        Objects.requireNonNull(amount, "funding amount");
        tradeId = Fill.idOrNull(tradeId);
    }

    /** A total over the whole trade, typed by hand. */
    public static FundingPayment total(BigDecimal amount) {
        return new FundingPayment(null, amount, null);
    }

    /** The same payment as {@code other}: the same id when both have one, otherwise the same time and amount. */
    public boolean samePaymentAs(FundingPayment other) {
        if (tradeId != null && other.tradeId != null) {
            return tradeId.equals(other.tradeId);
        }
        return Objects.equals(time, other.time) && amount.compareTo(other.amount) == 0;
    }
}
