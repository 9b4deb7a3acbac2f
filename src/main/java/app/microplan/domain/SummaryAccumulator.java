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
    // Each sum starts at zero (scale 0) and gives exactly what BigDecimal additions would (ExactSum).
    private final ExactSum net = new ExactSum();
    private final ExactSum winPnl = new ExactSum();
    private final ExactSum lossPnl = new ExactSum();
    private final ExactSum grossProfit = new ExactSum();
    private final ExactSum grossLoss = new ExactSum();
    private final ExactSum fees = new ExactSum();
    private final ExactSum funding = new ExactSum();
    private final ExactSum sumR = new ExactSum();
    private final ExactSum sumWinR = new ExactSum();
    private final ExactSum sumLossR = new ExactSum();
    private final ExactSum sumRiskFraction = new ExactSum();
    /** Each account's equity as its first trade here was sized against it; their sum is the base of drawdown %. */
    private final Map<String, BigDecimal> accountEquity = new HashMap<>();
    private BigDecimal equity = BigDecimal.ZERO;
    private final ExactSum cumulative = new ExactSum();
    private final ExactSum peak = new ExactSum();
    private final ExactSum maxDrawdown = new ExactSum();
    /** The fall below the peak after the last trade. */
    private final ExactSum drawdown = new ExactSum();
    /**
     * For peaks of the cumulative P&L, the deepest fall below each: the drawdown % is worked out at the end, against
     * the equity of every account the trades were in (an account's first trade must not decide the base while
     * another account's trades come later). Each peak is at least as high as the ones before it, so its equity too:
     * a fall no deeper than an earlier one is no larger a share and cannot be the answer. Only peaks whose fall is
     * deeper than every earlier one's are kept; the last peak's is {@link #openPeak} and {@link #openFall} while
     * its fall is still open.
     */
    private final List<BigDecimal[]> fallsByPeak = new ArrayList<>();
    private boolean hasOpenPeak;
    private final ExactSum openPeak = new ExactSum();
    private final ExactSum openFall = new ExactSum();
    /** The deepest fall of the kept peaks before the last one. */
    private final ExactSum deepestEarlierFall = new ExactSum();

    SummaryAccumulator(BigDecimal breakevenBand) {
        this.breakevenBand = breakevenBand;
    }

    /** Adds the next trade (trades must come in order of their last exit for the drawdown to be right). */
    void add(TradeOutcome outcome) {
        add(new TradeFigures().of(outcome, breakevenBand));
    }

    /** The same with its figures already taken, its result judged against this accumulator's breakeven band too. */
    void add(TradeFigures trade) {
        TradeOutcome outcome = trade.outcome;
        trades++;
        if (accountEquity.putIfAbsent(outcome.accountName(), outcome.accountEquity()) == null) {
            equity = equity.add(outcome.accountEquity());
        }
        net.add(trade.pnl);
        if (trade.pnl.signum() > 0) {
            grossProfit.add(trade.pnl);
        } else {
            grossLoss.add(trade.pnl);
        }
        countResult(trade);
        fees.add(trade.fees);
        funding.add(trade.funding);
        if (trade.hasRiskFraction) {
            tradesWithRisk++;
            sumRiskFraction.add(trade.riskFraction);
        }
        if (outcome.followedPlan()) {
            followed++;
        }
        trackDrawdown(trade.pnl);
    }

    private void countResult(TradeFigures trade) {
        if (trade.hasR) {
            tradesWithR++;
            sumR.add(trade.r);
        }
        if (trade.result == TradeOutcome.Result.WIN) {
            wins++;
            winPnl.add(trade.pnl);
            if (trade.hasR) {
                winsWithR++;
                sumWinR.add(trade.r);
            }
        } else if (trade.result == TradeOutcome.Result.LOSS) {
            losses++;
            lossPnl.add(trade.pnl);
            if (trade.hasR) {
                lossesWithR++;
                sumLossR.add(trade.r);
            }
        }
    }

    private void trackDrawdown(ExactSum pnl) {
        cumulative.add(pnl);
        if (cumulative.compareTo(peak) > 0 || !hasOpenPeak) {
            peak.max(cumulative);
            startPeak();
        }
        drawdown.setDifference(peak, cumulative);
        maxDrawdown.max(drawdown);
        openFall.max(drawdown);
    }

    /* A new peak: the last one's fall is final now, kept only when deeper than every earlier kept fall. */
    private void startPeak() {
        if (hasOpenPeak && openFall.compareTo(deepestEarlierFall) > 0) {
            deepestEarlierFall.set(openFall);
            fallsByPeak.add(new BigDecimal[] {openPeak.value(), openFall.value()});
        }
        hasOpenPeak = true;
        openPeak.set(peak);
        openFall.clear();
    }

    /** The cumulative realized P&L so far and the fall from its peak: a point of the equity curve. */
    BigDecimal cumulative() {
        return cumulative.value();
    }

    BigDecimal drawdown() {
        return drawdown.value();
    }

    TradeSummary summary() {
        BigDecimal grossLossValue = grossLoss.value();
        return new TradeSummary(trades, wins, losses, ratio(wins, trades), mean(winPnl, wins),
                mean(lossPnl, losses), mean(sumWinR, winsWithR), mean(sumLossR, lossesWithR), mean(net, trades),
                mean(sumR, tradesWithR),
                grossLossValue.signum() == 0 ? null : Decimals.divide(grossProfit.value(), grossLossValue.negate()),
                net.value(), grossProfit.value(), grossLossValue, fees.value(), funding.value(), maxDrawdown.value(),
                maxDrawdownFraction(), mean(sumRiskFraction, tradesWithRisk), ratio(followed, trades), tradesWithR,
                equity);
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
        List<BigDecimal[]> falls = new ArrayList<>(fallsByPeak);
        if (hasOpenPeak) {
            falls.add(new BigDecimal[] {openPeak.value(), openFall.value()});
        }
        for (BigDecimal[] segment : falls) {
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

    private static BigDecimal mean(ExactSum sum, int count) {
        return count == 0 ? null : Decimals.divide(sum.value(), BigDecimal.valueOf(count));
    }

    private static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? null : Decimals.divide(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
