package app.microplan.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The trader's rules. The source material's guidance is to risk 1–2 % of the account per trade and keep
 * margin under 10 % of equity: a trader may be stricter, never looser, so the caps are bounded here.
 *
 * @param riskCap               largest loss at the stop, as a fraction of equity (above 0, at most 0.02)
 * @param marginCap             margin utilization must stay strictly under this fraction (above 0, at most 0.10)
 * @param leverageWarning       leverage above this is warned about
 * @param minRewardRisk         reward:risk below this is warned about
 * @param maxFundingShareOfRisk expected funding cost above this fraction of the risk is warned about
 * @param requireTakeProfit     a plan needs a take-profit to be ready (on unless missing as false: a trader who
 *                              exits by a trailing stop turns it off)
 * @param liquidationBuffer     liquidation must lie at least this many times as far from the entry as the stop
 *                              (at least 1; 1 is no buffer); missing in older files: 1.5
 * @param fundingInRisk         whether expected funding paid over the holding time counts in the risk at the stop; on
 *                              in {@link #defaults()}; missing in older files: off, so a plan keeps the risk it was
 *                              sized and reviewed with
 */
public record RiskPolicy(
        BigDecimal riskCap,
        BigDecimal marginCap,
        BigDecimal leverageWarning,
        BigDecimal minRewardRisk,
        BigDecimal maxFundingShareOfRisk,
        Boolean requireTakeProfit,
        BigDecimal liquidationBuffer,
        Boolean fundingInRisk) {

    public static final BigDecimal MAX_RISK_CAP = new BigDecimal("0.02");
    public static final BigDecimal MAX_MARGIN_CAP = new BigDecimal("0.10");
    public static final BigDecimal DEFAULT_RISK_CAP = new BigDecimal("0.01");
    /** Liquidation at least 1.5× as far from the entry as the stop: mark price and slippage leave room. */
    public static final BigDecimal DEFAULT_LIQUIDATION_BUFFER = new BigDecimal("1.5");

    public RiskPolicy {
        requireCap(riskCap, MAX_RISK_CAP, "risk cap");
        requireCap(marginCap, MAX_MARGIN_CAP, "margin cap");
        ContractSpec.requirePositive(leverageWarning, "leverage warning");
        ContractSpec.requirePositive(minRewardRisk, "minimum reward:risk");
        ContractSpec.requirePositive(maxFundingShareOfRisk, "funding share of risk");
        requireTakeProfit = requireTakeProfit == null || requireTakeProfit;
        liquidationBuffer = liquidationBuffer == null ? DEFAULT_LIQUIDATION_BUFFER : liquidationBuffer;
        if (liquidationBuffer.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("liquidation buffer must be at least 1 (no buffer), was "
                    + liquidationBuffer.toPlainString());
        }
        fundingInRisk = fundingInRisk == null ? Boolean.FALSE : fundingInRisk;
    }

    /** The rules as the first release had them: take-profit required, the default buffer, funding not in the risk. */
    public RiskPolicy(BigDecimal riskCap, BigDecimal marginCap, BigDecimal leverageWarning, BigDecimal minRewardRisk,
                      BigDecimal maxFundingShareOfRisk) {
        this(riskCap, marginCap, leverageWarning, minRewardRisk, maxFundingShareOfRisk, true, null, null);
    }

    public static RiskPolicy defaults() {
        return new RiskPolicy(DEFAULT_RISK_CAP, MAX_MARGIN_CAP, new BigDecimal("20"), new BigDecimal("1.5"),
                new BigDecimal("0.10"), true, DEFAULT_LIQUIDATION_BUFFER, Boolean.TRUE);
    }

    public RiskPolicy withRiskCap(BigDecimal cap) {
        return new RiskPolicy(cap, marginCap, leverageWarning, minRewardRisk, maxFundingShareOfRisk, requireTakeProfit,
                liquidationBuffer, fundingInRisk);
    }

    public RiskPolicy withMarginCap(BigDecimal cap) {
        return new RiskPolicy(riskCap, cap, leverageWarning, minRewardRisk, maxFundingShareOfRisk, requireTakeProfit,
                liquidationBuffer, fundingInRisk);
    }

    public RiskPolicy withRequireTakeProfit(boolean value) {
        return new RiskPolicy(riskCap, marginCap, leverageWarning, minRewardRisk, maxFundingShareOfRisk, value,
                liquidationBuffer, fundingInRisk);
    }

    public RiskPolicy withLiquidationBuffer(BigDecimal buffer) {
        return new RiskPolicy(riskCap, marginCap, leverageWarning, minRewardRisk, maxFundingShareOfRisk,
                requireTakeProfit, buffer, fundingInRisk);
    }

    public RiskPolicy withFundingInRisk(boolean counted) {
        return new RiskPolicy(riskCap, marginCap, leverageWarning, minRewardRisk, maxFundingShareOfRisk,
                requireTakeProfit, liquidationBuffer, counted);
    }

    /** Equal as numbers (0.01 and 0.010 are one cap). */
    public boolean sameAs(RiskPolicy other) {
        return riskCap.compareTo(other.riskCap) == 0 && marginCap.compareTo(other.marginCap) == 0
                && leverageWarning.compareTo(other.leverageWarning) == 0
                && minRewardRisk.compareTo(other.minRewardRisk) == 0
                && maxFundingShareOfRisk.compareTo(other.maxFundingShareOfRisk) == 0
                && requireTakeProfit.equals(other.requireTakeProfit)
                && liquidationBuffer.compareTo(other.liquidationBuffer) == 0
                && fundingInRisk.equals(other.fundingInRisk);
    }

    /**
     * The trader's policy from Preferences as it applies to a plan that chose its own risk cap: the plan keeps
     * its cap unless Preferences now allow less (a plan may risk less than the settings, never more).
     */
    public RiskPolicy forPlanWithRiskCap(BigDecimal planRiskCap) {
        return withRiskCap(planRiskCap.min(riskCap));
    }

    /** What a change of policy says in words ("margin cap lowered to 8.00 %"), or "" when no rule changed. */
    public String describeChangeFrom(RiskPolicy before) {
        if (marginCap.compareTo(before.marginCap) != 0) {
            return "margin cap " + direction(marginCap, before.marginCap) + " to " + Money.percent(marginCap);
        }
        if (riskCap.compareTo(before.riskCap) != 0) {
            return "risk cap " + direction(riskCap, before.riskCap) + " to " + Money.percent(riskCap);
        }
        if (!requireTakeProfit.equals(before.requireTakeProfit)) {
            return requireTakeProfit ? "a take-profit is now required" : "a take-profit is no longer required";
        }
        if (liquidationBuffer.compareTo(before.liquidationBuffer) != 0) {
            return "liquidation buffer " + direction(liquidationBuffer, before.liquidationBuffer) + " to "
                    + Decimals.plain(liquidationBuffer) + "×";
        }
        if (!fundingInRisk.equals(before.fundingInRisk)) {
            return fundingInRisk ? "expected funding now counts in the risk"
                    : "expected funding no longer counts in the risk";
        }
        return "";
    }

    private static String direction(BigDecimal now, BigDecimal before) {
        return now.compareTo(before) < 0 ? "lowered" : "raised";
    }

    private static void requireCap(BigDecimal cap, BigDecimal max, String what) {
        Objects.requireNonNull(cap, what);
        if (cap.signum() <= 0 || cap.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " must be above 0 % and at most " + Money.percent(max)
                    + ", was " + Money.percent(cap));
        }
    }
}
