package app.microplan.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A closed trade in an inverse contract, measured from its fills as the exchange pays it: the fills' P&amp;L in
 * coin Σ q·V/p in minus Σ q·V/p out (sign by side), fees and funding as recorded (in the coin, as the exchange's
 * statement shows them), converted for an account kept in dollars at the average exit price.
 */
public final class InverseFills {
    private static final MathContext EXACT = new MathContext(40);

    private InverseFills() {
    }

    /** The price move in coin: long Σ q·V/p of the entries − Σ q·V/p of the exits; short the other way round. */
    public static BigDecimal grossCoin(TradeSetup setup, TradeExecution execution) {
        BigDecimal value = setup.contract().contractValue();
        BigDecimal in = BigDecimal.ZERO;
        for (EntryFill fill : execution.entries()) {
            in = in.add(fill.contracts().multiply(value).divide(fill.price(), EXACT));
        }
        BigDecimal out = BigDecimal.ZERO;
        for (ExitFill fill : execution.exits()) {
            out = out.add(fill.contracts().multiply(value).divide(fill.price(), EXACT));
        }
        return in.subtract(out).multiply(setup.direction().sign());
    }

    /** Net P&amp;L in coin: the price move less every fee and the funding paid. */
    public static BigDecimal realizedCoin(TradeSetup setup, TradeExecution execution) {
        return grossCoin(setup, execution).subtract(execution.fees()).subtract(execution.funding());
    }

    /** Net P&amp;L in dollars, converted at the average exit price. */
    public static BigDecimal realizedUsd(TradeSetup setup, TradeExecution execution) {
        return realizedCoin(setup, execution).multiply(execution.averageExit());
    }

    /** An amount in coin in the account's currency: as it is for a coin account, at the average exit for dollars. */
    static BigDecimal inAccount(BigDecimal coin, String accountCurrency, TradeExecution execution) {
        return AccountCurrency.isDollar(accountCurrency) ? coin.multiply(execution.averageExit()) : coin;
    }

    /**
     * What the fills put at risk in the account's currency: each fill's loss in coin to the planned stop
     * q·V·|1/S − 1/p|, the entry fees paid and the stop's fee on the coin value at the stop, rounded up (a dollar
     * account's at the stop price); null without a stop on the loss side.
     */
    static BigDecimal riskTaken(TradeSetup setup, TradeExecution execution, String accountCurrency) {
        BigDecimal stop = setup.stop();
        if (stop == null || execution.entries().isEmpty()) {
            return null;
        }
        BigDecimal value = setup.contract().contractValue();
        BigDecimal rate = InverseSizer.stopRate(setup);
        BigDecimal sum = execution.entryFees();
        for (EntryFill fill : execution.entries()) {
            BigDecimal coins = fill.contracts().multiply(value);
            BigDecimal loss = coins.divide(stop, EXACT).subtract(coins.divide(fill.price(), EXACT))
                    .multiply(setup.direction().sign());
            sum = sum.add(loss).add(rate.multiply(coins).divide(stop, EXACT));
        }
        if (sum.signum() <= 0) {
            return null;
        }
        return AccountCurrency.up(AccountCurrency.isDollar(accountCurrency) ? sum.multiply(stop) : sum,
                accountCurrency);
    }

    /**
     * A closed inverse trade's result in both currencies: net P&amp;L in coin and in dollars at the average exit, and
     * R in each (the dollar R divides by the risk at the stop price, so the two differ by the price move).
     */
    public record Both(String coin, BigDecimal realizedCoin, BigDecimal realizedUsd, BigDecimal rCoin,
                       BigDecimal rUsd) {
    }

    /** Both currencies' figures of a closed trade in an inverse contract; empty otherwise. */
    public static java.util.Optional<Both> both(TradePlan plan) {
        TradeExecution execution = plan.execution();
        if (!plan.setup().contract().isInverse() || execution == null || !execution.isFlat()
                || execution.exits().isEmpty()) {
            return java.util.Optional.empty();
        }
        TradeSetup setup = plan.setup();
        String coin = setup.contract().settlementCurrency();
        BigDecimal coinPnl = realizedCoin(setup, execution);
        BigDecimal usdPnl = realizedUsd(setup, execution);
        BigDecimal coinRisk = riskTaken(setup, execution, coin);
        BigDecimal usdRisk = riskTaken(setup, execution, AccountCurrency.DOLLARS);
        return java.util.Optional.of(new Both(coin, coinPnl, usdPnl,
                coinRisk == null ? null : Decimals.divide(coinPnl, coinRisk),
                usdRisk == null ? null : Decimals.divide(usdPnl, usdRisk)));
    }
}
