package app.microplan.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds up closed trades, in the order of their last exit, into a {@link TradeSummary}. A trade whose |R| stays
 * inside the breakeven band counts as neither win nor loss; its money still counts in every sum.
 */
final class SummaryAccumulator {
    private final BigDecimal breakevenBand;
    private int trades;
    private int wins;
    private int losses;
    private int winsWithR;
    private int lossesWithR;
    private int tradesWithR;
    private int tradesWithRisk;
    private int followed;
    private BigDecimal net = BigDecimal.ZERO;
    private BigDecimal winPnl = BigDecimal.ZERO;
    private BigDecimal lossPnl = BigDecimal.ZERO;
    private BigDecimal grossProfit = BigDecimal.ZERO;
    private BigDecimal grossLoss = BigDecimal.ZERO;
    private BigDecimal fees = BigDecimal.ZERO;
    private BigDecimal funding = BigDecimal.ZERO;
    private BigDecimal sumR = BigDecimal.ZERO;
    private BigDecimal sumWinR = BigDecimal.ZERO;
    private BigDecimal sumLossR = BigDecimal.ZERO;
    private BigDecimal sumRiskFraction = BigDecimal.ZERO;
    /** Each account's equity as its first trade here was sized against it; their sum is the base of drawdown %. */
    private final Map<String, BigDecimal> accountEquity = new HashMap<>();
    private BigDecimal equity = BigDecimal.ZERO;
    private BigDecimal cumulative = BigDecimal.ZERO;
    private BigDecimal peak = BigDecimal.ZERO;
    private BigDecimal maxDrawdown = BigDecimal.ZERO;
    /** The deepest fall relative to its peak, kept as fall / peak equity and divided only once, at the end. */
    private BigDecimal worstFall = BigDecimal.ZERO;
    private BigDecimal worstPeakEquity = BigDecimal.ONE;

    SummaryAccumulator(BigDecimal breakevenBand) {
        this.breakevenBand = breakevenBand;
    }

    /** Adds the next trade (trades must come in order of their last exit for the drawdown to be right). */
    void add(TradeOutcome outcome) {
        trades++;
        if (accountEquity.putIfAbsent(outcome.accountName(), outcome.accountEquity()) == null) {
            equity = equity.add(outcome.accountEquity());
        }
        BigDecimal pnl = outcome.realizedPnl();
        net = net.add(pnl);
        if (pnl.signum() > 0) {
            grossProfit = grossProfit.add(pnl);
        } else {
            grossLoss = grossLoss.add(pnl);
        }
        countResult(outcome.result(breakevenBand), pnl, outcome.rMultiple());
        fees = fees.add(outcome.fees());
        funding = funding.add(outcome.funding());
        if (outcome.plannedRiskFraction() != null) {
            tradesWithRisk++;
            sumRiskFraction = sumRiskFraction.add(outcome.plannedRiskFraction());
        }
        if (outcome.followedPlan()) {
            followed++;
        }
        trackDrawdown(pnl);
    }

    private void countResult(TradeOutcome.Result result, BigDecimal pnl, BigDecimal r) {
        if (r != null) {
            tradesWithR++;
            sumR = sumR.add(r);
        }
        if (result == TradeOutcome.Result.WIN) {
            wins++;
            winPnl = winPnl.add(pnl);
            if (r != null) {
                winsWithR++;
                sumWinR = sumWinR.add(r);
            }
        } else if (result == TradeOutcome.Result.LOSS) {
            losses++;
            lossPnl = lossPnl.add(pnl);
            if (r != null) {
                lossesWithR++;
                sumLossR = sumLossR.add(r);
            }
        }
    }

    private void trackDrawdown(BigDecimal pnl) {
        cumulative = cumulative.add(pnl);
        peak = peak.max(cumulative);
        BigDecimal drawdown = peak.subtract(cumulative);
        maxDrawdown = maxDrawdown.max(drawdown);
        BigDecimal peakEquity = equity.add(peak);
        // drawdown / peakEquity > worstFall / worstPeakEquity, cross-multiplied: both denominators are positive
        if (drawdown.signum() > 0 && peakEquity.signum() > 0
                && drawdown.multiply(worstPeakEquity).compareTo(worstFall.multiply(peakEquity)) > 0) {
            worstFall = drawdown;
            worstPeakEquity = peakEquity;
        }
    }

    /** The cumulative realized P&L so far and the fall from its peak: a point of the equity curve. */
    BigDecimal cumulative() {
        return cumulative;
    }

    BigDecimal drawdown() {
        return peak.subtract(cumulative);
    }

    TradeSummary summary() {
        return new TradeSummary(trades, wins, losses, ratio(wins, trades), mean(winPnl, wins),
                mean(lossPnl, losses), mean(sumWinR, winsWithR), mean(sumLossR, lossesWithR), mean(net, trades),
                mean(sumR, tradesWithR), grossLoss.signum() == 0 ? null : Decimals.divide(grossProfit, grossLoss.negate()),
                net, grossProfit, grossLoss, fees, funding, maxDrawdown, maxDrawdownFraction(),
                mean(sumRiskFraction, tradesWithRisk), ratio(followed, trades), tradesWithR, equity);
    }

    /** Null when there were no trades or the equity they were sized against was zero. */
    private BigDecimal maxDrawdownFraction() {
        return trades == 0 || equity.signum() <= 0 ? null : Decimals.divide(worstFall, worstPeakEquity);
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return count == 0 ? null : Decimals.divide(sum, BigDecimal.valueOf(count));
    }

    private static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? null : Decimals.divide(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
