package app.microplan.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A linear futures contract quoted in USD or USDT, with what its exchange charges and how it liquidates.
 * Fields added after the first release may be missing from older files (null): they then mean what the app
 * did before they existed — one flat maintenance rate, the liquidation formula that charges maintenance at the
 * entry price (Bybit's), no fee per contract, no minimum notional, margin as notional ÷ leverage.
 *
 * @param contractSize                 coins per contract (0.01 for a BTC micro, 0.1 for CME Micro Bitcoin)
 * @param tickSize                     smallest price increment
 * @param quantityStep                 smallest increment of the order size, in contracts
 * @param minQuantity                  smallest order size, in contracts
 * @param maxLeverage                  the highest leverage the contract allows at any size
 * @param maintenanceMarginRate        the smallest tier's maintenance-margin rate (the only one when there are no tiers)
 * @param makerFeeRate                 fee rate of a resting limit order
 * @param takerFeeRate                 fee rate of a market or stop order
 * @param fundingIntervalHours         hours between funding payments; 0 for dated futures that have no funding
 * @param marginTiers                  the exchange's margin table, smallest positions first; null for one flat tier
 * @param liquidationConvention        how the exchange works out the liquidation price
 * @param feePerContract               quote currency per contract per side (CME); zero for rate-only venues
 * @param initialMarginPerContract     exchange-set initial margin per contract (CME); null when margin is notional ÷ leverage
 * @param maintenanceMarginPerContract exchange-set maintenance margin per contract (CME)
 * @param minNotional                  smallest order value the exchange accepts, in the quote currency
 * @param kind                         linear (the default, and what a file without the field means) or inverse;
 *                                     for an inverse contract {@code contractSize} is its value in the quote
 *                                     currency (US dollars) and P&amp;L, fees and margin are paid in the underlying coin
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
        int fundingIntervalHours,
        List<MarginTier> marginTiers,
        LiquidationConvention liquidationConvention,
        BigDecimal feePerContract,
        BigDecimal initialMarginPerContract,
        BigDecimal maintenanceMarginPerContract,
        BigDecimal minNotional,
        ContractKind kind) {

    public ContractSpec {
        kind = kind == null ? ContractKind.LINEAR : kind;
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
        if (marginTiers != null) {
            marginTiers = marginTiers.isEmpty() ? null : new MarginTiers(marginTiers).tiers();
        }
        if (liquidationConvention == null) {
            liquidationConvention = initialMarginPerContract != null ? LiquidationConvention.CME
                    : LiquidationConvention.BYBIT;
        }
        feePerContract = notNegative(feePerContract, "fee per contract");
        minNotional = notNegative(minNotional, "minimum notional");
        if (initialMarginPerContract != null) {
            requirePositive(initialMarginPerContract, "initial margin per contract");
            maintenanceMarginPerContract = maintenanceMarginPerContract == null ? initialMarginPerContract
                    : maintenanceMarginPerContract;
        }
        if (maintenanceMarginPerContract != null) {
            requirePositive(maintenanceMarginPerContract, "maintenance margin per contract");
        }
    }

    /** A contract as the first release described it: one flat maintenance rate, no per-contract terms. */
    public ContractSpec(String symbol, String name, String underlying, BigDecimal contractSize, BigDecimal tickSize,
                        BigDecimal quantityStep, BigDecimal minQuantity, String quoteCurrency, BigDecimal maxLeverage,
                        BigDecimal maintenanceMarginRate, BigDecimal makerFeeRate, BigDecimal takerFeeRate,
                        int fundingIntervalHours) {
        this(symbol, name, underlying, contractSize, tickSize, quantityStep, minQuantity, quoteCurrency, maxLeverage,
                maintenanceMarginRate, makerFeeRate, takerFeeRate, fundingIntervalHours, null, null, null, null, null,
                null, null);
    }

    /** A contract as written before inverse contracts existed: linear. */
    public ContractSpec(String symbol, String name, String underlying, BigDecimal contractSize, BigDecimal tickSize,
                        BigDecimal quantityStep, BigDecimal minQuantity, String quoteCurrency, BigDecimal maxLeverage,
                        BigDecimal maintenanceMarginRate, BigDecimal makerFeeRate, BigDecimal takerFeeRate,
                        int fundingIntervalHours, List<MarginTier> marginTiers,
                        LiquidationConvention liquidationConvention, BigDecimal feePerContract,
                        BigDecimal initialMarginPerContract, BigDecimal maintenanceMarginPerContract,
                        BigDecimal minNotional) {
        this(symbol, name, underlying, contractSize, tickSize, quantityStep, minQuantity, quoteCurrency, maxLeverage,
                maintenanceMarginRate, makerFeeRate, takerFeeRate, fundingIntervalHours, marginTiers,
                liquidationConvention, feePerContract, initialMarginPerContract, maintenanceMarginPerContract,
                minNotional, ContractKind.LINEAR);
    }

    /** Coin-margined: worth {@link #contractValue()} dollars a contract, settled in {@link #settlementCurrency()}. */
    public boolean isInverse() {
        return kind == ContractKind.INVERSE;
    }

    /** An inverse contract's value in the quote currency (1 USD for Bybit's BTCUSD); its contract size field. */
    public BigDecimal contractValue() {
        return contractSize;
    }

    /** The currency P&amp;L, fees and margin are paid in: the coin for an inverse contract, the quote otherwise. */
    public String settlementCurrency() {
        return isInverse() ? underlying : quoteCurrency;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The money one tick moves one contract: tick size × contract size. */
    public BigDecimal tickValue() {
        return tickSize.multiply(contractSize);
    }

    public boolean hasFunding() {
        return fundingIntervalHours > 0;
    }

    /** The margin table; one open tier at the flat rate when the contract has none. */
    public MarginTiers tiers() {
        return marginTiers == null ? MarginTiers.flat(maintenanceMarginRate, maxLeverage) : new MarginTiers(marginTiers);
    }

    public FeeSchedule fees() {
        return new FeeSchedule(makerFeeRate, takerFeeRate, feePerContract);
    }

    /** CME-style margin: a dollar amount per contract set by the exchange, not notional ÷ leverage. */
    public boolean usesDollarMargin() {
        return initialMarginPerContract != null;
    }

    /** Whether the exchange has a liquidation price for it (CME futures get margin calls instead). */
    public boolean hasLiquidationPrice() {
        return liquidationConvention.hasLiquidationPrice() && !usesDollarMargin();
    }

    /** A copy with another contract size and tick: the "custom contract" of the sizing panel and the command line. */
    public ContractSpec withSize(BigDecimal newContractSize, BigDecimal newTickSize) {
        return toBuilder().contractSize(newContractSize).tickSize(newTickSize).build();
    }

    /** A copy ordered in steps of {@code step} contracts, the smallest order being one step. */
    public ContractSpec withQuantityStep(BigDecimal step) {
        return toBuilder().quantityStep(step).minQuantity(step).build();
    }

    /** A copy with one flat maintenance rate for every size (the tiers are dropped). */
    public ContractSpec withMaintenanceMarginRate(BigDecimal rate) {
        return toBuilder().maintenanceMarginRate(rate).marginTiers(null).build();
    }

    /**
     * A copy with this contract's terms that the trader may change per plan or account (fee rates and fee per
     * contract, funding interval, dollar margins) taken from {@code other}; everything that identifies the
     * contract stays. Two specs that differ only in those terms are the same contract.
     */
    public ContractSpec withTermsOf(ContractSpec other) {
        return toBuilder().makerFeeRate(other.makerFeeRate).takerFeeRate(other.takerFeeRate)
                .feePerContract(other.feePerContract).fundingIntervalHours(other.fundingIntervalHours)
                .initialMarginPerContract(other.initialMarginPerContract)
                .maintenanceMarginPerContract(other.maintenanceMarginPerContract).build();
    }

    public boolean isSameContractAs(ContractSpec other) {
        return other != null && withTermsOf(other).equals(other);
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

    private static BigDecimal notNegative(BigDecimal value, String what) {
        BigDecimal result = Decimals.orZero(value);
        if (result.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + result.toPlainString());
        }
        return result;
    }

    /** Builds a spec field by field, from another spec or from nothing. */
    public static final class Builder {
        private String symbol;
        private String name;
        private String underlying;
        private BigDecimal contractSize;
        private BigDecimal tickSize;
        private BigDecimal quantityStep = BigDecimal.ONE;
        private BigDecimal minQuantity = BigDecimal.ONE;
        private String quoteCurrency = "USD";
        private BigDecimal maxLeverage;
        private BigDecimal maintenanceMarginRate;
        private BigDecimal makerFeeRate = BigDecimal.ZERO;
        private BigDecimal takerFeeRate = BigDecimal.ZERO;
        private int fundingIntervalHours;
        private List<MarginTier> marginTiers;
        private LiquidationConvention liquidationConvention;
        private BigDecimal feePerContract;
        private BigDecimal initialMarginPerContract;
        private BigDecimal maintenanceMarginPerContract;
        private BigDecimal minNotional;
        private ContractKind kind;

        public Builder() {
        }

        private Builder(ContractSpec c) {
            symbol = c.symbol;
            name = c.name;
            underlying = c.underlying;
            contractSize = c.contractSize;
            tickSize = c.tickSize;
            quantityStep = c.quantityStep;
            minQuantity = c.minQuantity;
            quoteCurrency = c.quoteCurrency;
            maxLeverage = c.maxLeverage;
            maintenanceMarginRate = c.maintenanceMarginRate;
            makerFeeRate = c.makerFeeRate;
            takerFeeRate = c.takerFeeRate;
            fundingIntervalHours = c.fundingIntervalHours;
            marginTiers = c.marginTiers;
            liquidationConvention = c.liquidationConvention;
            feePerContract = c.feePerContract;
            initialMarginPerContract = c.initialMarginPerContract;
            maintenanceMarginPerContract = c.maintenanceMarginPerContract;
            minNotional = c.minNotional;
            kind = c.kind;
        }

        public Builder symbol(String value) { symbol = value; return this; }
        public Builder name(String value) { name = value; return this; }
        public Builder underlying(String value) { underlying = value; return this; }
        public Builder contractSize(BigDecimal value) { contractSize = value; return this; }
        public Builder tickSize(BigDecimal value) { tickSize = value; return this; }
        public Builder quantityStep(BigDecimal value) { quantityStep = value; return this; }
        public Builder minQuantity(BigDecimal value) { minQuantity = value; return this; }
        public Builder quoteCurrency(String value) { quoteCurrency = value; return this; }
        public Builder maxLeverage(BigDecimal value) { maxLeverage = value; return this; }
        public Builder maintenanceMarginRate(BigDecimal value) { maintenanceMarginRate = value; return this; }
        public Builder makerFeeRate(BigDecimal value) { makerFeeRate = value; return this; }
        public Builder takerFeeRate(BigDecimal value) { takerFeeRate = value; return this; }
        public Builder fundingIntervalHours(int value) { fundingIntervalHours = value; return this; }
        public Builder marginTiers(List<MarginTier> value) { marginTiers = value; return this; }
        public Builder liquidationConvention(LiquidationConvention value) { liquidationConvention = value; return this; }
        public Builder feePerContract(BigDecimal value) { feePerContract = value; return this; }
        public Builder initialMarginPerContract(BigDecimal value) { initialMarginPerContract = value; return this; }
        public Builder maintenanceMarginPerContract(BigDecimal value) { maintenanceMarginPerContract = value; return this; }
        public Builder minNotional(BigDecimal value) { minNotional = value; return this; }
        public Builder kind(ContractKind value) { kind = value; return this; }

        public ContractSpec build() {
            return new ContractSpec(symbol, name, underlying, contractSize, tickSize, quantityStep, minQuantity,
                    quoteCurrency, maxLeverage, maintenanceMarginRate, makerFeeRate, takerFeeRate,
                    fundingIntervalHours, marginTiers, liquidationConvention, feePerContract, initialMarginPerContract,
                    maintenanceMarginPerContract, minNotional, kind);
        }
    }
}
