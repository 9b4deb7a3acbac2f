package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of an exchange's margin table (Binance's "leverage and margin brackets", Bybit's "risk limit",
 * OKX's "position tiers"): positions whose notional is up to {@code notionalCeiling} keep
 * {@code maintenanceRate} of it as maintenance margin, less {@code maintenanceAmount}, and may use at most
 * {@code maxLeverage}.
 *
 * @param notionalCeiling   the largest notional of this tier, in the quote currency; null for the last, open tier
 * @param maintenanceRate   maintenance-margin rate (MMR), a fraction
 * @param maintenanceAmount what the exchange takes off notional × MMR so that the margin does not jump at the
 *                          tier's floor (Binance's "maintenance amount", Bybit's "MM deduction"; OKX has none)
 * @param maxLeverage       the highest leverage allowed in this tier; null for no limit of its own
 */
public record MarginTier(BigDecimal notionalCeiling, BigDecimal maintenanceRate, BigDecimal maintenanceAmount,
                         BigDecimal maxLeverage) {

    public MarginTier {
        if (notionalCeiling != null) {
            ContractSpec.requirePositive(notionalCeiling, "tier notional ceiling");
        }
        Objects.requireNonNull(maintenanceRate, "maintenance-margin rate");
        ContractSpec.requireFraction(maintenanceRate, "maintenance-margin rate");
        maintenanceAmount = Decimals.orZero(maintenanceAmount);
        if (maintenanceAmount.signum() < 0) {
            throw new IllegalArgumentException("maintenance amount must not be negative, was "
                    + maintenanceAmount.toPlainString());
        }
        if (maxLeverage != null) {
            ContractSpec.requirePositive(maxLeverage, "tier maximum leverage");
        }
    }

    public static MarginTier of(String ceiling, String rate, String amount, String maxLeverage) {
        return new MarginTier(ceiling == null ? null : new BigDecimal(ceiling), new BigDecimal(rate),
                new BigDecimal(amount), maxLeverage == null ? null : new BigDecimal(maxLeverage));
    }

    public boolean holds(BigDecimal notional) {
        return notionalCeiling == null || notional.compareTo(notionalCeiling) <= 0;
    }

    /** notional × MMR − maintenance amount, never below zero. */
    public BigDecimal maintenanceMargin(BigDecimal notional) {
        return notional.multiply(maintenanceRate).subtract(maintenanceAmount).max(BigDecimal.ZERO);
    }
}
