package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Perpetual funding: notional × rate per interval; longs pay a positive rate, shorts receive it. */
public final class Funding {
    private Funding() {
    }

    /** Funding payments during the holding time; a part-interval counts as a whole one (it may cross a payment). */
    public static int intervals(ContractSpec contract, BigDecimal holdingHours) {
        if (!contract.hasFunding() || holdingHours.signum() <= 0) {
            return 0;
        }
        return holdingHours.divide(BigDecimal.valueOf(contract.fundingIntervalHours()), 0, RoundingMode.CEILING)
                .intValueExact();
    }

    /** Expected funding, positive when paid, negative when received, rounded up to the cent. */
    public static BigDecimal cost(Direction direction, BigDecimal notional, BigDecimal ratePerInterval, int intervals) {
        return Decimals.centsUp(notional.multiply(ratePerInterval).multiply(BigDecimal.valueOf(intervals))
                .multiply(direction.sign()));
    }
}
