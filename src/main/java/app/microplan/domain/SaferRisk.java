package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The largest risk per trade, in steps of 0.05 %, at which fewer than 5 % of the simulated paths ever fall
 * 20 % below a peak — with the same paths (same seed) at every step, so the steps differ only by the risk.
 * Searched by halving: the chance of a deep drawdown grows with the risk (each path's deepest fall does,
 * see {@code RiskOfRuinSimulationTest}).
 *
 * @param riskFraction the risk found, or null when even the smallest step is too much
 * @param atCeiling    the search stopped at the highest risk the rules allow, which still passed
 */
public record SaferRisk(BigDecimal riskFraction, boolean atCeiling) {
    public static final BigDecimal DRAWDOWN = new BigDecimal("0.20");
    public static final BigDecimal CHANCE = new BigDecimal("0.05");
    public static final BigDecimal STEP = new BigDecimal("0.0005");

    /** "0.85 % a trade or less keeps P(drawdown > 20.00 %) under 5.00 %", or that no step does. */
    public String sentence() {
        String goal = "P(drawdown > " + Money.percent(DRAWDOWN) + ") under " + Money.percent(CHANCE);
        if (riskFraction == null) {
            return "No risk from " + Money.percent(STEP) + " a trade keeps " + goal + ".";
        }
        return Money.percent(riskFraction) + " a trade or less keeps " + goal
                + (atCeiling ? " (the most the rules allow)." : ".");
    }

    static SaferRisk search(SimulationSample sample, SimulationRules rules, SimulationSettings settings) {
        BigDecimal ceiling = RiskPolicy.MAX_RISK_CAP.min(rules.openRiskCap()).min(rules.dailyLossLimit());
        int highest = ceiling.divide(STEP, 0, RoundingMode.FLOOR).intValueExact();
        if (passes(sample, rules, settings, highest)) {
            return new SaferRisk(step(highest), true);
        }
        int low = 0;
        int high = highest;
        // Invariant: step `low` passes (0 risks nothing) and step `high` does not.
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (passes(sample, rules, settings, middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return new SaferRisk(low == 0 ? null : step(low), false);
    }

    private static boolean passes(SimulationSample sample, SimulationRules rules, SimulationSettings settings,
                                  int steps) {
        RiskOfRuinSimulation.Paths paths = RiskOfRuinSimulation.simulate(sample,
                rules.withRiskFraction(step(steps)), settings, false);
        int deep = SimulationResult.countAbove(paths.maxDrawdown(), FixedPoint.units(DRAWDOWN, RoundingMode.FLOOR));
        // deep / paths < CHANCE, without dividing: deep < CHANCE × paths.
        return CHANCE.multiply(BigDecimal.valueOf(paths.maxDrawdown().length)).compareTo(BigDecimal.valueOf(deep)) > 0;
    }

    private static BigDecimal step(int steps) {
        return STEP.multiply(BigDecimal.valueOf(steps));
    }
}
