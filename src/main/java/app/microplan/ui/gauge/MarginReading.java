package app.microplan.ui.gauge;

import app.microplan.domain.AccountSnapshot;
import app.microplan.domain.Decimals;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.SizingResult;
import app.microplan.ui.common.Figures;
import app.microplan.ui.common.Messages;
import java.math.BigDecimal;

/**
 * What the margin gauge shows for one plan: utilization split between this plan and the account's other plans,
 * the cap, the zone, and the same in words. The amber zone starts at 80 % of the cap: close enough that one
 * more position would break it.
 *
 * @param thisPlanShare   this plan's margin as a fraction of equity
 * @param otherPlansShare the other plans' margin as a fraction of equity
 */
public record MarginReading(BigDecimal utilization, BigDecimal thisPlanShare, BigDecimal otherPlansShare,
                            BigDecimal cap, MarginZone zone, String percentText, String splitText) {

    private static final BigDecimal CAUTION_SHARE_OF_CAP = new BigDecimal("0.8");

    public static MarginReading of(SizingResult sizing, RiskPolicy policy, AccountSnapshot account) {
        String currency = sizing.quoteCurrency();
        Figures figures = Messages.current().figures();
        BigDecimal equity = account.equity();
        BigDecimal cap = policy.marginCap();
        BigDecimal others = account.otherPlansMargin();
        BigDecimal thisPlan = sizing.isComplete() ? Decimals.centsUp(sizing.initialMargin()) : BigDecimal.ZERO;
        if (equity.signum() <= 0) {
            return new MarginReading(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, cap, MarginZone.SAFE, "—",
                    Messages.text("gauge.noEquity"));
        }
        BigDecimal otherShare = Decimals.divide(others, equity);
        BigDecimal thisShare = Decimals.divide(thisPlan, equity);
        BigDecimal utilization = sizing.isComplete() ? sizing.marginUtilization() : otherShare;
        MarginZone zone = utilization.compareTo(cap) >= 0 ? MarginZone.DANGER
                : utilization.compareTo(cap.multiply(CAUTION_SHARE_OF_CAP)) >= 0 ? MarginZone.CAUTION : MarginZone.SAFE;
        String thisPlanPart = sizing.isComplete()
                ? Messages.text("gauge.thisPlanAmount", figures.money(thisPlan, currency))
                : Messages.text("gauge.thisPlanNotSized");
        String split = Messages.text(zone == MarginZone.DANGER ? "gauge.splitOver" : "gauge.splitUnder", thisPlanPart,
                figures.money(others, currency), figures.money(equity, currency), figures.percentUp(utilization),
                figures.percent(cap));
        return new MarginReading(utilization, thisShare, otherShare, cap, zone, figures.percentUp(utilization), split);
    }

    /** What a screen reader says for the gauge: "Margin utilization 9.80 %: This plan $490.00 + … the 10.00 % cap". */
    public String accessibleText() {
        return Messages.text("gauge.accessible", percentText, splitText);
    }

    /** The cap's mark on the gauge: "cap 10.00 %". */
    public String capText() {
        return Messages.text("gauge.cap", Messages.current().figures().percent(cap));
    }
}
