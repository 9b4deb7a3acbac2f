package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What the plan's last check knew of its account: refreshed by every re-check while the plan is a DRAFT or
 * READY, kept from OPEN on, so a plan file alone can be checked and a review compares against what the trader
 * knew when entering. Fields added later are optional in the file (missing: nothing held, no cool-down, the
 * default limits).
 *
 * @param otherPlansMargin   margin held by the account's other OPEN and READY plans
 * @param otherPlansOpenRisk risk at the stop of the account's other OPEN and READY plans
 * @param realizedLossToday  the loss realized by the account's trades closed today (the trader's time zone),
 *                           net of today's wins, never below zero
 * @param coolDownUntil      while a losing streak's cool-down runs, when it ends; otherwise null
 * @param limits             the account rules the plan was checked against
 * @param equityCurrency     what the equity (and so the risk cap, margin and every amount above) is counted in:
 *                           USD, or a coin for a coin-margined account; missing in older files, meaning USD
 */
public record AccountSnapshot(String accountName, BigDecimal equity, BigDecimal otherPlansMargin,
                              BigDecimal otherPlansOpenRisk, BigDecimal realizedLossToday, Instant coolDownUntil,
                              AccountLimits limits, String equityCurrency) {

    public AccountSnapshot {
        equityCurrency = AccountCurrency.normalize(equityCurrency);
        ContractSpec.requireText(accountName, "account name");
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(otherPlansMargin, "other plans' margin");
        otherPlansOpenRisk = Decimals.orZero(otherPlansOpenRisk);
        realizedLossToday = Decimals.orZero(realizedLossToday);
        limits = limits == null ? AccountLimits.defaults() : limits;
        requireNotNegative(equity, "equity");
        requireNotNegative(otherPlansMargin, "other plans' margin");
        requireNotNegative(otherPlansOpenRisk, "other plans' open risk");
        requireNotNegative(realizedLossToday, "today's realized loss");
    }

    /** An account in dollars, as every account was before coin-margined ones. */
    public AccountSnapshot(String accountName, BigDecimal equity, BigDecimal otherPlansMargin,
                           BigDecimal otherPlansOpenRisk, BigDecimal realizedLossToday, Instant coolDownUntil,
                           AccountLimits limits) {
        this(accountName, equity, otherPlansMargin, otherPlansOpenRisk, realizedLossToday, coolDownUntil, limits, null);
    }

    public AccountSnapshot(String accountName, BigDecimal equity, BigDecimal otherPlansMargin) {
        this(accountName, equity, otherPlansMargin, null, null, null, null, null);
    }

    /** The same account with its equity counted in {@code currency} (USD, BTC, ETH). */
    public AccountSnapshot inCurrency(String currency) {
        return new AccountSnapshot(accountName, equity, otherPlansMargin, otherPlansOpenRisk, realizedLossToday,
                coolDownUntil, limits, currency);
    }

    public static AccountSnapshot of(String name, String equity, String otherPlansMargin) {
        return new AccountSnapshot(name, new BigDecimal(equity), new BigDecimal(otherPlansMargin));
    }

    public AccountSnapshot withOtherPlansMargin(BigDecimal margin) {
        return new AccountSnapshot(accountName, equity, margin, otherPlansOpenRisk, realizedLossToday, coolDownUntil,
                limits, equityCurrency);
    }

    /** Equal as numbers (5000 and 5000.00 are one equity): a re-check that found nothing new changes nothing. */
    public boolean sameAs(AccountSnapshot other) {
        return accountName.equals(other.accountName) && equity.compareTo(other.equity) == 0
                && equityCurrency.equals(other.equityCurrency)
                && otherPlansMargin.compareTo(other.otherPlansMargin) == 0
                && otherPlansOpenRisk.compareTo(other.otherPlansOpenRisk) == 0
                && realizedLossToday.compareTo(other.realizedLossToday) == 0
                && Objects.equals(coolDownUntil, other.coolDownUntil) && sameLimits(limits, other.limits);
    }

    private static boolean sameLimits(AccountLimits a, AccountLimits b) {
        return a.openRiskCap().compareTo(b.openRiskCap()) == 0 && a.dailyLossCap().compareTo(b.dailyLossCap()) == 0
                && a.coolDownLosses().equals(b.coolDownLosses()) && a.coolDownMinutes().equals(b.coolDownMinutes());
    }

    private static void requireNotNegative(BigDecimal value, String what) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value.toPlainString());
        }
    }
}
