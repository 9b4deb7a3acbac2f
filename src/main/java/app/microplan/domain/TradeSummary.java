package app.microplan.domain;

import java.math.BigDecimal;

/**
 * The numbers a trader judges a set of closed trades by. Money is exact (round to show it); fractions are
 * 0..1 (0.55, not 55 %). A figure that cannot be worked out — an average of no trades, a profit factor
 * with no losing trade — is null.
 *
 * @param trades             closed (and reviewed) trades
 * @param wins               trades with realized P&L above zero and, where they have an R, |R| at least the
 *                           breakeven band; {@code losses} likewise below zero; the rest broke even
 * @param winRate            wins / trades
 * @param averageWin         mean P&L of the winning trades
 * @param averageLoss        mean P&L of the losing trades (negative)
 * @param averageWinR        mean R-multiple of the winning trades that have a planned risk
 * @param averageLossR       mean R-multiple of the losing trades that have a planned risk (negative)
 * @param expectancy         mean realized P&L a trade: what one more trade like these is expected to make
 * @param expectancyR        mean R-multiple over the trades with a planned risk. This is also the "average R"
 *                           ({@link #averageR()}): by Van Tharp's definition the two are the same number
 * @param profitFactor       gross profit / |gross loss|
 * @param grossLoss          sum of the losing trades' P&L (negative)
 * @param funding            funding paid (+) or received (−), net
 * @param maxDrawdown        the largest fall of cumulative realized P&L from a previous peak, in money
 *                           (trades in order of their last exit; the curve starts at zero)
 * @param maxDrawdownFraction the largest such fall as a fraction of the equity at the peak, where equity is
 *                           the sum of the accounts' equity (each account's as its first trade here was sized
 *                           against it) plus the cumulative P&L
 * @param averageRiskFraction mean planned risk as a fraction of the equity the plan was sized against
 * @param followedPlanShare  share of the trades that followed the plan ({@link TradeOutcome#followedPlan})
 * @param tradesWithR        trades whose plan had a planned risk, the base of the R figures
 * @param equity             the equity drawdown % is measured against: the sum over the accounts traded
 */
public record TradeSummary(
        int trades,
        int wins,
        int losses,
        BigDecimal winRate,
        BigDecimal averageWin,
        BigDecimal averageLoss,
        BigDecimal averageWinR,
        BigDecimal averageLossR,
        BigDecimal expectancy,
        BigDecimal expectancyR,
        BigDecimal profitFactor,
        BigDecimal netPnl,
        BigDecimal grossProfit,
        BigDecimal grossLoss,
        BigDecimal fees,
        BigDecimal funding,
        BigDecimal maxDrawdown,
        BigDecimal maxDrawdownFraction,
        BigDecimal averageRiskFraction,
        BigDecimal followedPlanShare,
        int tradesWithR,
        BigDecimal equity) {

    /** Trades inside the breakeven band: neither won nor lost. */
    public int breakeven() {
        return trades - wins - losses;
    }

    /** The mean R-multiple: the same number as {@link #expectancyR}. */
    public BigDecimal averageR() {
        return expectancyR;
    }
}
