package app.microplan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A sized position in an inverse (coin-margined) contract, valued the way the exchange pays it (docs/numbers.md,
 * "Inverse contracts"). With contracts q_i entered at p_i, the contract's dollar value V, Q = Σ q_i:
 * <ul>
 *   <li>coins held at entry A = Σ q_i·V/p_i, dollars held B = Q·V;</li>
 *   <li>P&amp;L in coin when closed at X: long A − B/X, short B/X − A (that is Q·V·(1/P − 1/X), sign by side);</li>
 *   <li>fees in coin: the rate times the position's value in coin, q_i·V/p_i on entry and B/X on exit;</li>
 *   <li>funding in coin: A × rate per interval × intervals, counted as the risk counts it (paid only);</li>
 *   <li>initial margin in coin A/L.</li>
 * </ul>
 * An account kept in the coin reads these amounts as they are; an account kept in dollars reads them converted
 * at the price they are realized at (the exit price), and its margin as B/L, the coin margin at the entry.
 */
public final class InverseTrade {
    private static final MathContext EXACT = new MathContext(40, RoundingMode.HALF_EVEN);
    /** Digits kept when a price is solved for, as {@link ExitValuation} keeps them. */
    private static final int SOLVED_SCALE = 20;

    private final TradeSetup setup;
    private final ContractSpec contract;
    private final String accountCurrency;
    private final BigDecimal contracts;
    private final BigDecimal coinsAtEntry;
    private final BigDecimal dollars;
    private final BigDecimal entryFeesCoin;
    private final BigDecimal fundingCoin;

    /**
     * @param legs            the entry legs with their contracts
     * @param fundingCounted  whether expected funding paid counts (the policy's funding-in-risk)
     * @param accountCurrency the account's currency: the contract's coin or dollars
     */
    public InverseTrade(TradeSetup setup, List<EntryLeg> legs, boolean fundingCounted, String accountCurrency) {
        this.setup = setup;
        this.contract = setup.contract();
        this.accountCurrency = AccountCurrency.normalize(accountCurrency);
        BigDecimal value = contract.contractValue();
        FeeSchedule schedule = contract.fees();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal coins = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        for (EntryLeg leg : legs) {
            BigDecimal legCoins = leg.contracts().multiply(value).divide(leg.price(), EXACT);
            BigDecimal rate = setup.entryFeeRate() != null ? setup.entryFeeRate() : schedule.rateFor(leg.orderType());
            total = total.add(leg.contracts());
            coins = coins.add(legCoins);
            fees = fees.add(rate.multiply(legCoins));
        }
        this.contracts = total;
        this.coinsAtEntry = coins;
        this.dollars = total.multiply(value);
        this.entryFeesCoin = fees;
        BigDecimal paid = coins.multiply(setup.fundingRate()).multiply(setup.direction().sign())
                .multiply(BigDecimal.valueOf(Funding.intervals(contract, setup.holdingHours())));
        this.fundingCoin = fundingCounted ? paid.max(BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    public boolean inCoin() {
        return !AccountCurrency.isDollar(accountCurrency);
    }

    public String accountCurrency() {
        return accountCurrency;
    }

    public BigDecimal contracts() {
        return contracts;
    }

    /** A = Σ q_i·V/p_i: the position's value in coin at entry (what fees, funding and margin are rates of). */
    public BigDecimal coinsAtEntry() {
        return coinsAtEntry;
    }

    /** B = Q·V: the position's value in dollars, the same at every price. */
    public BigDecimal dollars() {
        return dollars;
    }

    /** The average entry as the exchange keeps it for inverse positions: B/A, the harmonic mean of the legs. */
    public BigDecimal averageEntry() {
        return coinsAtEntry.signum() == 0 ? BigDecimal.ZERO : dollars.divide(coinsAtEntry, EXACT);
    }

    public BigDecimal entryFeesCoin() {
        return entryFeesCoin;
    }

    public BigDecimal fundingCoin() {
        return fundingCoin;
    }

    /** Expected funding over the holding time in coin, paid (+) or received (−), whether the risk counts it or not. */
    public BigDecimal fundingSignedCoin() {
        return coinsAtEntry.multiply(setup.fundingRate()).multiply(setup.direction().sign())
                .multiply(BigDecimal.valueOf(Funding.intervals(contract, setup.holdingHours())));
    }

    public BigDecimal exitFeeCoin(BigDecimal price, BigDecimal rate) {
        return rate.multiply(dollars).divide(price, EXACT);
    }

    /** The price move only, in coin: long A − B/X, short B/X − A. */
    public BigDecimal grossCoin(BigDecimal price) {
        BigDecimal longSide = coinsAtEntry.subtract(dollars.divide(price, EXACT));
        return setup.direction() == Direction.LONG ? longSide : longSide.negate();
    }

    /** Net P&amp;L in coin of closing everything at {@code price}, paying {@code exitRate} on the way out. */
    public BigDecimal netCoin(BigDecimal price, BigDecimal exitRate) {
        return grossCoin(price).subtract(entryFeesCoin).subtract(fundingCoin).subtract(exitFeeCoin(price, exitRate));
    }

    /** An amount in coin realized at {@code price}, in the account's currency. */
    public BigDecimal inAccount(BigDecimal coinAmount, BigDecimal price) {
        return inCoin() ? coinAmount : coinAmount.multiply(price);
    }

    /** Net P&amp;L in the account's currency, converted at the exit price for a dollar account. */
    public BigDecimal net(BigDecimal price, BigDecimal exitRate) {
        return inAccount(netCoin(price, exitRate), price);
    }

    /** Net P&amp;L in dollars, converted at the exit price, whatever the account's currency. */
    public BigDecimal netDollars(BigDecimal price, BigDecimal exitRate) {
        return netCoin(price, exitRate).multiply(price);
    }

    /** Initial margin in coin: A/L. */
    public BigDecimal marginCoin(BigDecimal leverage) {
        return coinsAtEntry.divide(leverage, EXACT);
    }

    /** Initial margin in the account's currency: A/L in coin, B/L (the coin margin at the entry) in dollars. */
    public BigDecimal margin(BigDecimal leverage) {
        return inCoin() ? marginCoin(leverage) : dollars.divide(leverage, EXACT);
    }

    /** The position's value in the account's currency: A in coin, B in dollars. */
    public BigDecimal notional() {
        return inCoin() ? coinsAtEntry : dollars;
    }

    /**
     * Maintenance margin in coin at {@code price}, where the contract's exchange measures it: at the entry value
     * A (Bybit), at the value there B/X (Binance), plus the taker fee of closing (OKX). One flat rate: the
     * presets' first risk limit.
     */
    public BigDecimal maintenanceCoin(BigDecimal price) {
        BigDecimal rate = contract.maintenanceMarginRate();
        return switch (contract.liquidationConvention()) {
            case BINANCE -> rate.multiply(dollars).divide(price, EXACT);
            case OKX -> rate.add(contract.takerFeeRate()).multiply(dollars).divide(price, EXACT);
            default -> rate.multiply(coinsAtEntry);
        };
    }

    /** Maintenance ÷ (margin + P&amp;L in coin): 100 % where the exchange liquidates; empty when nothing is left. */
    public Optional<BigDecimal> marginRatio(BigDecimal price, BigDecimal leverage) {
        BigDecimal balance = marginCoin(leverage).add(grossCoin(price));
        return balance.signum() <= 0 ? Optional.empty() : Optional.of(Decimals.divide(maintenanceCoin(price), balance));
    }

    /**
     * The price at which closing nets {@code wanted} in the account's currency, paying {@code rate} on the way out,
     * solved exactly and rounded away from the entry; empty when no positive price does. With costs C in coin
     * (entry fees and funding):
     * coin account, long X = B(1+f)/(A − C − w), short X = B(1−f)/(A + C + w);
     * dollar account, long X = (w + B(1+f))/(A − C), short X = (B(1−f) − w)/(A + C).
     */
    public Optional<BigDecimal> priceFor(BigDecimal wanted, BigDecimal rate) {
        BigDecimal costs = entryFeesCoin.add(fundingCoin);
        boolean isLong = setup.direction() == Direction.LONG;
        BigDecimal numerator;
        BigDecimal denominator;
        if (inCoin()) {
            numerator = dollars.multiply(isLong ? BigDecimal.ONE.add(rate) : BigDecimal.ONE.subtract(rate));
            denominator = isLong ? coinsAtEntry.subtract(costs).subtract(wanted) : coinsAtEntry.add(costs).add(wanted);
        } else {
            numerator = isLong ? wanted.add(dollars.multiply(BigDecimal.ONE.add(rate)))
                    : dollars.multiply(BigDecimal.ONE.subtract(rate)).subtract(wanted);
            denominator = isLong ? coinsAtEntry.subtract(costs) : coinsAtEntry.add(costs);
        }
        if (numerator.signum() <= 0 || denominator.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal price = numerator.divide(denominator, new MathContext(60));
        return Optional.of(price.setScale(SOLVED_SCALE, isLong ? RoundingMode.CEILING : RoundingMode.FLOOR));
    }
}
