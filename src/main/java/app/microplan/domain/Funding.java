package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Perpetual funding: notional × rate per interval; longs pay a positive rate, shorts receive it. */
public final class Funding {
    private Funding() {
    }

    /**
     * Funding payments during the holding time; a part-interval counts as a whole one (it may cross a payment).
     * Counted up to {@link Integer#MAX_VALUE} (some 245,000 years of hourly funding): a holding time beyond that is
     * no plan, and its cost is then far past any risk budget whichever way it is counted.
     */
    public static int intervals(ContractSpec contract, BigDecimal holdingHours) {
        if (!contract.hasFunding() || holdingHours.signum() <= 0) {
            return 0;
        }
        BigDecimal count = holdingHours.divide(BigDecimal.valueOf(contract.fundingIntervalHours()), 0,
                RoundingMode.CEILING);
        return count.min(MOST_INTERVALS).intValue();
    }

    private static final BigDecimal MOST_INTERVALS = BigDecimal.valueOf(Integer.MAX_VALUE);

    /** Expected funding, positive when paid, negative when received, rounded up to the cent. */
    public static BigDecimal cost(Direction direction, BigDecimal notional, BigDecimal ratePerInterval, int intervals) {
        return Decimals.centsUp(notional.multiply(ratePerInterval).multiply(BigDecimal.valueOf(intervals))
                .multiply(direction.sign()));
    }
}
