package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    /**
     * For peaks of the cumulative P&L, the deepest fall below each: the drawdown % is worked out at the end, against
     * the equity of every account the trades were in (an account's first trade must not decide the base while
     * another account's trades come later). Each peak is at least as high as the ones before it, so its equity too:
     * a fall no deeper than an earlier one is no larger a share and cannot be the answer. Only peaks whose fall is
     * deeper than every earlier one's are kept (the last one while its fall is still open).
     */
    private final List<BigDecimal[]> fallsByPeak = new ArrayList<>();
    /** The deepest fall of the kept peaks before the last one. */
    private BigDecimal deepestEarlierFall = BigDecimal.ZERO;

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
        if (cumulative.compareTo(peak) > 0 || fallsByPeak.isEmpty()) {
            peak = peak.max(cumulative);
            startPeak();
        }
        BigDecimal drawdown = peak.subtract(cumulative);
        maxDrawdown = maxDrawdown.max(drawdown);
        BigDecimal[] segment = fallsByPeak.get(fallsByPeak.size() - 1);
        segment[1] = segment[1].max(drawdown);
    }

    /* A new peak: the last one's fall is final now, kept only when deeper than every earlier kept fall. */
    private void startPeak() {
        int last = fallsByPeak.size() - 1;
        if (last >= 0 && fallsByPeak.get(last)[1].compareTo(deepestEarlierFall) <= 0) {
            fallsByPeak.set(last, new BigDecimal[] {peak, BigDecimal.ZERO});
            return;
        }
        if (last >= 0) {
            deepestEarlierFall = fallsByPeak.get(last)[1];
        }
        fallsByPeak.add(new BigDecimal[] {peak, BigDecimal.ZERO});
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

    /**
     * The deepest fall as a share of the equity at its peak: the accounts' equity plus the cumulative P&L at that
     * peak. Null when there were no trades or the equity they were sized against was zero.
     */
    private BigDecimal maxDrawdownFraction() {
        if (trades == 0 || equity.signum() <= 0) {
            return null;
        }
        BigDecimal worstFall = BigDecimal.ZERO;
        BigDecimal worstPeakEquity = BigDecimal.ONE;
        for (BigDecimal[] segment : fallsByPeak) {
            BigDecimal peakEquity = equity.add(segment[0]);
            // fall / peakEquity > worstFall / worstPeakEquity, cross-multiplied: both denominators are positive
            if (segment[1].signum() > 0 && peakEquity.signum() > 0
                    && segment[1].multiply(worstPeakEquity).compareTo(worstFall.multiply(peakEquity)) > 0) {
                worstFall = segment[1];
                worstPeakEquity = peakEquity;
            }
        }
        return Decimals.divide(worstFall, worstPeakEquity);
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return count == 0 ? null : Decimals.divide(sum, BigDecimal.valueOf(count));
    }

    private static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? null : Decimals.divide(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
