package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A trading account (say one per exchange). The margin and risk its plans hold are worked out from the journal.
 *
 * @param equity               the account's equity; when {@code equityFollowsJournal}, the starting balance
 * @param limits               the account rules (open risk, daily loss, cool-down); the design's defaults when missing
 * @param equityFollowsJournal the equity used for sizing is the starting balance plus the realized P&L of the
 *                             account's closed trades, so sizing uses the money actually there
 * @param makerFeeRate         the trader's own maker rate on this account (a VIP tier), or null for each contract's own
 * @param takerFeeRate         the trader's own taker rate on this account, or null for each contract's own
 * @param equityCurrency       what the equity is counted in: USD, or BTC / ETH for a coin-margined account;
 *                             missing in older files, meaning USD
 */
public record Account(String name, BigDecimal equity, AccountLimits limits, boolean equityFollowsJournal,
                      BigDecimal makerFeeRate, BigDecimal takerFeeRate, String equityCurrency) {

    public Account {
        equityCurrency = AccountCurrency.normalize(equityCurrency);
        ContractSpec.requireText(name, "account name");
        Objects.requireNonNull(equity, "equity");
        if (equity.signum() < 0) {
            throw new IllegalArgumentException("equity must not be negative, was " + equity.toPlainString());
        }
        limits = limits == null ? AccountLimits.defaults() : limits;
        if (makerFeeRate != null) {
            ContractSpec.requireFraction(makerFeeRate, "maker fee rate");
        }
        if (takerFeeRate != null) {
            ContractSpec.requireFraction(takerFeeRate, "taker fee rate");
        }
    }

    /** An account in dollars, as every account was before coin-margined ones. */
    public Account(String name, BigDecimal equity, AccountLimits limits, boolean equityFollowsJournal,
                   BigDecimal makerFeeRate, BigDecimal takerFeeRate) {
        this(name, equity, limits, equityFollowsJournal, makerFeeRate, takerFeeRate, null);
    }

    /** An account with the design's rules, a fixed equity and each contract's own fee rates. */
    public Account(String name, BigDecimal equity) {
        this(name, equity, AccountLimits.defaults(), false, null, null);
    }

    /** An account paying each contract's own fee rates. */
    public Account(String name, BigDecimal equity, AccountLimits limits, boolean equityFollowsJournal) {
        this(name, equity, limits, equityFollowsJournal, null, null);
    }

    /** An account with the design's rules and a fixed equity, paying its own fee rates where given. */
    public Account(String name, BigDecimal equity, BigDecimal makerFeeRate, BigDecimal takerFeeRate) {
        this(name, equity, AccountLimits.defaults(), false, makerFeeRate, takerFeeRate);
    }

    public Account withEquity(BigDecimal value) {
        return new Account(name, value, limits, equityFollowsJournal, makerFeeRate, takerFeeRate, equityCurrency);
    }

    public Account withFeeRates(BigDecimal maker, BigDecimal taker) {
        return new Account(name, equity, limits, equityFollowsJournal, maker, taker, equityCurrency);
    }

    public Account withEquityCurrency(String currency) {
        return new Account(name, equity, limits, equityFollowsJournal, makerFeeRate, takerFeeRate, currency);
    }

    public AccountSnapshot snapshot(BigDecimal otherPlansMargin) {
        return new AccountSnapshot(name, equity, otherPlansMargin).inCurrency(equityCurrency);
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
