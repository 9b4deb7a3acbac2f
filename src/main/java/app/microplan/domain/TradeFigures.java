package app.microplan.domain;

import java.math.BigDecimal;

/**
 * One closed trade's figures as every summary it counts in adds them: taken from its outcome once, not once per
 * summary (a trade counts in the whole, its tags, its setup, its account and planned or not). Reused from one trade
 * to the next by the statistics' pass.
 */
final class TradeFigures {
    final ExactSum pnl = new ExactSum();
    final ExactSum fees = new ExactSum();
    final ExactSum funding = new ExactSum();
    /** The R-multiple; meaningless when {@link #hasR} is false. */
    final ExactSum r = new ExactSum();
    /** The planned risk as a fraction of equity; meaningless when {@link #hasRiskFraction} is false. */
    final ExactSum riskFraction = new ExactSum();
    boolean hasR;
    boolean hasRiskFraction;
    TradeOutcome.Result result;
    TradeOutcome outcome;

    /** Takes {@code outcome}'s figures, its result judged against the breakeven band {@code band}. */
    TradeFigures of(TradeOutcome outcome, BigDecimal band) {
        this.outcome = outcome;
        pnl.set(outcome.realizedPnl());
        fees.set(outcome.fees());
        funding.set(outcome.funding());
        hasR = outcome.rMultiple() != null;
        if (hasR) {
            r.set(outcome.rMultiple());
        }
        hasRiskFraction = outcome.plannedRiskFraction() != null;
        if (hasRiskFraction) {
            riskFraction.set(outcome.plannedRiskFraction());
        }
        result = outcome.result(band);
        return this;
    }
}
