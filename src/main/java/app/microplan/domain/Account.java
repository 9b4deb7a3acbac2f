package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A trading account (say one per exchange). The margin its other plans hold is worked out from the journal.
 *
 * @param makerFeeRate the trader's own maker rate on this account (a VIP tier), or null for each contract's own
 * @param takerFeeRate the trader's own taker rate on this account, or null for each contract's own
 */
public record Account(String name, BigDecimal equity, BigDecimal makerFeeRate, BigDecimal takerFeeRate) {

    public Account {
        ContractSpec.requireText(name, "account name");
        Objects.requireNonNull(equity, "equity");
        if (equity.signum() < 0) {
            throw new IllegalArgumentException("equity must not be negative, was " + equity.toPlainString());
        }
        if (makerFeeRate != null) {
            ContractSpec.requireFraction(makerFeeRate, "maker fee rate");
        }
        if (takerFeeRate != null) {
            ContractSpec.requireFraction(takerFeeRate, "taker fee rate");
        }
    }

    /** An account paying each contract's own fee rates. */
    public Account(String name, BigDecimal equity) {
        this(name, equity, null, null);
    }

    public AccountSnapshot snapshot(BigDecimal otherPlansMargin) {
        return new AccountSnapshot(name, equity, otherPlansMargin);
    }

    public boolean hasOwnFeeRates() {
        return makerFeeRate != null || takerFeeRate != null;
    }

    /**
     * The contract as this account pays for it: its own maker and taker rates where it has them. A contract with
     * a fee per contract (CME) is charged by its broker, not at an exchange's rate, and stays as it is.
     */
    public ContractSpec feesOn(ContractSpec contract) {
        if (!hasOwnFeeRates() || contract.usesDollarMargin()) {
            return contract;
        }
        return contract.toBuilder().makerFeeRate(makerFeeRate != null ? makerFeeRate : contract.makerFeeRate())
                .takerFeeRate(takerFeeRate != null ? takerFeeRate : contract.takerFeeRate()).build();
    }
}
