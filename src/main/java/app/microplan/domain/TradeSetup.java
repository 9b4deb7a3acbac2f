package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The numbers of a plan: what is traded, where it is entered, stopped and taken profit, with what leverage.
 * A draft may be incomplete (no stop yet, no entries): the sizer says what is missing instead of failing.
 *
 * @param contracts    the size the trader chose, or {@code null} for the largest size every cap allows;
 *                     ignored when every entry leg carries its own size
 * @param entryFeeRate the trader's own fee rate on entry (fraction of notional) for every leg, or null for the
 *                     contract's schedule (maker for a limit leg, taker for market and stop legs); 0 means no fee
 * @param exitFeeRate  the trader's own fee rate at the stop, or null for the contract's taker rate
 * @param fundingRate  funding rate per funding interval (fraction; longs pay a positive rate)
 * @param holdingHours expected holding time, for the funding estimate
 */
public record TradeSetup(
        ContractSpec contract,
        Direction direction,
        List<EntryLeg> entries,
        BigDecimal stop,
        List<Target> targets,
        BigDecimal leverage,
        BigDecimal contracts,
        BigDecimal entryFeeRate,
        BigDecimal exitFeeRate,
        BigDecimal fundingRate,
        BigDecimal holdingHours) {

    public TradeSetup {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(direction, "direction");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        if (stop != null) {
            ContractSpec.requirePositive(stop, "stop");
        }
        ContractSpec.requirePositive(leverage, "leverage");
        if (contracts != null && contracts.signum() < 0) {
            throw new IllegalArgumentException("contracts must not be negative, was " + contracts.toPlainString());
        }
        entryFeeRate = rateOrNull(entryFeeRate, "entry fee rate");
        exitFeeRate = rateOrNull(exitFeeRate, "exit fee rate");
        fundingRate = Decimals.orZero(fundingRate);
        holdingHours = nonNegative(holdingHours, "holding time");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Every entry leg carries its own size, so the position size is fixed by the legs. */
    public boolean legsFixTheSize() {
        return !entries.isEmpty() && entries.stream().allMatch(EntryLeg::isSized);
    }

    /** Equal as numbers: 70000 and 70000.00 are the same price (BigDecimal.equals would say otherwise). */
    public boolean sameNumbersAs(TradeSetup other) {
        return normalized().equals(other.normalized());
    }

    private TradeSetup normalized() {
        return new TradeSetup(contract, direction,
                entries.stream().map(e -> new EntryLeg(e.orderType(), strip(e.price()), strip(e.contracts()))).toList(),
                strip(stop), targets.stream().map(t -> new Target(strip(t.price()), strip(t.fraction()))).toList(),
                strip(leverage), strip(contracts), strip(entryFeeRate), strip(exitFeeRate), strip(fundingRate),
                strip(holdingHours));
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** A plan without fees of its own (null) pays the contract's schedule; an explicit 0 is kept as the trader's. */
    private static BigDecimal rateOrNull(BigDecimal value, String what) {
        return value == null ? null : nonNegative(value, what);
    }

    private static BigDecimal nonNegative(BigDecimal value, String what) {
        BigDecimal result = Decimals.orZero(value);
        if (result.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + result.toPlainString());
        }
        return result;
    }

    /**
     * Builds a setup field by field; starts as a 1× long of the 0.01 BTC micro with nothing else filled in, paying
     * the contract's fees.
     */
    public static final class Builder {
        private ContractSpec contract = ContractPresets.BTC_MICRO_001;
        private Direction direction = Direction.LONG;
        private List<EntryLeg> entries = new ArrayList<>();
        private BigDecimal stop;
        private List<Target> targets = new ArrayList<>();
        private BigDecimal leverage = BigDecimal.ONE;
        private BigDecimal contracts;
        private BigDecimal entryFeeRate;
        private BigDecimal exitFeeRate;
        private BigDecimal fundingRate = BigDecimal.ZERO;
        private BigDecimal holdingHours = BigDecimal.ZERO;

        private Builder() {
        }

        private Builder(TradeSetup s) {
            contract = s.contract;
            direction = s.direction;
            entries = new ArrayList<>(s.entries);
            stop = s.stop;
            targets = new ArrayList<>(s.targets);
            leverage = s.leverage;
            contracts = s.contracts;
            entryFeeRate = s.entryFeeRate;
            exitFeeRate = s.exitFeeRate;
            fundingRate = s.fundingRate;
            holdingHours = s.holdingHours;
        }

        public Builder contract(ContractSpec value) { contract = value; return this; }
        public Builder direction(Direction value) { direction = value; return this; }
        public Builder entries(List<EntryLeg> value) { entries = new ArrayList<>(value); return this; }
        public Builder entry(EntryLeg value) { entries.add(value); return this; }
        public Builder stop(BigDecimal value) { stop = value; return this; }
        public Builder stop(String value) { return stop(new BigDecimal(value)); }
        public Builder targets(List<Target> value) { targets = new ArrayList<>(value); return this; }
        public Builder target(Target value) { targets.add(value); return this; }
        public Builder leverage(BigDecimal value) { leverage = value; return this; }
        public Builder leverage(String value) { return leverage(new BigDecimal(value)); }
        public Builder contracts(BigDecimal value) { contracts = value; return this; }
        public Builder entryFeeRate(BigDecimal value) { entryFeeRate = value; return this; }
        public Builder exitFeeRate(BigDecimal value) { exitFeeRate = value; return this; }
        public Builder fundingRate(BigDecimal value) { fundingRate = value; return this; }
        public Builder holdingHours(BigDecimal value) { holdingHours = value; return this; }
        /** No fees at all (both rates 0): the fee-free worked examples of the design. */
        public Builder feesOff() { entryFeeRate = BigDecimal.ZERO; exitFeeRate = BigDecimal.ZERO; return this; }

        public TradeSetup build() {
            return new TradeSetup(contract, direction, entries, stop, targets, leverage, contracts, entryFeeRate,
                    exitFeeRate, fundingRate, holdingHours);
        }
    }
}
