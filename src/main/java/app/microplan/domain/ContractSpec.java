package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A linear futures contract quoted in USD or USDT.
 *
 * @param contractSize          coins per contract (0.01 for a BTC micro, 0.1 for CME Micro Bitcoin)
 * @param tickSize              smallest price increment
 * @param quantityStep          smallest increment of the order size, in contracts
 * @param minQuantity           smallest order size, in contracts
 * @param maintenanceMarginRate fraction of notional the exchange keeps as maintenance margin
 * @param fundingIntervalHours  hours between funding payments; 0 for dated futures that have no funding
 */
public record ContractSpec(
        String symbol,
        String name,
        String underlying,
        BigDecimal contractSize,
        BigDecimal tickSize,
        BigDecimal quantityStep,
        BigDecimal minQuantity,
        String quoteCurrency,
        BigDecimal maxLeverage,
        BigDecimal maintenanceMarginRate,
        BigDecimal makerFeeRate,
        BigDecimal takerFeeRate,
        int fundingIntervalHours) {

    public ContractSpec {
        requireText(symbol, "symbol");
        requireText(name, "name");
        requireText(underlying, "underlying");
        requireText(quoteCurrency, "quote currency");
        requirePositive(contractSize, "contract size");
        requirePositive(tickSize, "tick size");
        requirePositive(quantityStep, "quantity step");
        requirePositive(minQuantity, "minimum quantity");
        requirePositive(maxLeverage, "maximum leverage");
        requireFraction(maintenanceMarginRate, "maintenance-margin rate");
        requireFraction(makerFeeRate, "maker fee rate");
        requireFraction(takerFeeRate, "taker fee rate");
        if (fundingIntervalHours < 0) {
            throw new IllegalArgumentException("funding interval must not be negative");
        }
    }

    /** The money one tick moves one contract: tick size × contract size. */
    public BigDecimal tickValue() {
        return tickSize.multiply(contractSize);
    }

    public boolean hasFunding() {
        return fundingIntervalHours > 0;
    }

    /** A copy with another contract size and tick: the "custom contract" of the sizing panel and the command line. */
    public ContractSpec withSize(BigDecimal newContractSize, BigDecimal newTickSize) {
        return new ContractSpec(symbol, name, underlying, newContractSize, newTickSize, quantityStep, minQuantity,
                quoteCurrency, maxLeverage, maintenanceMarginRate, makerFeeRate, takerFeeRate, fundingIntervalHours);
    }

    /** A copy ordered in steps of {@code step} contracts, the smallest order being one step. */
    public ContractSpec withQuantityStep(BigDecimal step) {
        return new ContractSpec(symbol, name, underlying, contractSize, tickSize, step, step,
                quoteCurrency, maxLeverage, maintenanceMarginRate, makerFeeRate, takerFeeRate, fundingIntervalHours);
    }

    public ContractSpec withMaintenanceMarginRate(BigDecimal rate) {
        return new ContractSpec(symbol, name, underlying, contractSize, tickSize, quantityStep, minQuantity,
                quoteCurrency, maxLeverage, rate, makerFeeRate, takerFeeRate, fundingIntervalHours);
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    static void requirePositive(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + value.toPlainString());
        }
    }

    static void requireFraction(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(what + " must be a fraction from 0 to under 1, was " + value.toPlainString());
        }
    }
}
