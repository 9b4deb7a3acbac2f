package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The account rules a simulated trader keeps (docs/design.md section 3), with the design's defaults: risk per
 * trade, the open-risk cap, the daily loss limit and the cool-down after a run of losses. The calendar marks
 * the days these rules were hit. Until the settings carry the account rules, this record is where they live.
 *
 * @param riskFraction   the share of equity each trade risks (above 0, at most 2 %)
 * @param openRiskCap    the most all open trades may risk together (default 3 %)
 * @param dailyLossLimit a trade is only taken while the day's realized loss plus its risk stays within this
 *                       share of the day's starting equity (default 3 %)
 * @param coolDownLosses losses in a row that start a cool-down (default 2)
 * @param coolDown       how long no trade is taken after such a loss (default 60 minutes)
 */
public record SimulationRules(BigDecimal riskFraction, BigDecimal openRiskCap, BigDecimal dailyLossLimit,
                              int coolDownLosses, Duration coolDown) {
    public static final BigDecimal DEFAULT_OPEN_RISK_CAP = new BigDecimal("0.03");
    public static final BigDecimal DEFAULT_DAILY_LOSS_LIMIT = new BigDecimal("0.03");
    public static final int DEFAULT_COOL_DOWN_LOSSES = 2;
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofMinutes(60);

    public SimulationRules {
        requireShare(riskFraction, RiskPolicy.MAX_RISK_CAP, "risk per trade");
        requireShare(openRiskCap, BigDecimal.ONE, "open-risk cap");
        requireShare(dailyLossLimit, BigDecimal.ONE, "daily loss limit");
        if (riskFraction.min(openRiskCap).compareTo(dailyLossLimit) > 0) {
            throw new IllegalArgumentException("the risk per trade (" + Money.percent(riskFraction)
                    + ") is above the daily loss limit (" + Money.percent(dailyLossLimit) + "): no trade could be taken");
        }
        if (coolDownLosses < 1) {
            throw new IllegalArgumentException("the cool-down needs at least 1 loss in a row, was " + coolDownLosses);
        }
        Objects.requireNonNull(coolDown, "cool-down");
        if (coolDown.isNegative()) {
            throw new IllegalArgumentException("the cool-down must not be negative, was " + coolDown);
        }
    }

    /** The design's account rules at 1 % risk per trade. */
    public static SimulationRules defaults() {
        return withRisk(RiskPolicy.DEFAULT_RISK_CAP);
    }

    /** The design's account rules at the given risk per trade. */
    public static SimulationRules withRisk(BigDecimal riskFraction) {
        return new SimulationRules(riskFraction, DEFAULT_OPEN_RISK_CAP, DEFAULT_DAILY_LOSS_LIMIT,
                DEFAULT_COOL_DOWN_LOSSES, DEFAULT_COOL_DOWN);
    }

    public SimulationRules withRiskFraction(BigDecimal value) {
        return new SimulationRules(value, openRiskCap, dailyLossLimit, coolDownLosses, coolDown);
    }

    /** What one trade may risk: never more than the open-risk cap allows all open trades together. */
    public BigDecimal effectiveRisk() {
        return riskFraction.min(openRiskCap);
    }

    private static void requireShare(BigDecimal value, BigDecimal max, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() <= 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException("the " + what + " must be above 0 % and at most " + Money.percent(max)
                    + ", was " + Money.percent(value));
        }
    }
}
