package app.microplan.checklist;

import app.microplan.domain.AccountCurrency;
import app.microplan.domain.Decimals;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.Money;
import app.microplan.domain.LiquidationText;
import app.microplan.domain.RiskPolicy;
import app.microplan.domain.SizingResult;
import app.microplan.domain.TickDisplay;
import app.microplan.domain.Target;
import app.microplan.domain.TradePlan;
import app.microplan.domain.TradeSetup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The numbers block of the checklist, with the command line's rounding: risk and margin rounded up to the cent,
 * their percentages rounded up, so the sheet never shows a risk smaller than it is.
 */
final class PlanFigures {
    static final String NOT_SIZED = "—";

    private final TradeSetup setup;
    private final RiskPolicy policy;
    private final SizingResult sizing;
    private final String currency;

    private PlanFigures(TradePlan plan, SizingResult sizing) {
        this.setup = plan.setup();
        this.policy = plan.policy();
        this.sizing = sizing;
        this.currency = sizing.quoteCurrency();
    }

    static List<Checklist.Field> of(TradePlan plan, SizingResult sizing) {
        return new PlanFigures(plan, sizing).fields();
    }

    private List<Checklist.Field> fields() {
        boolean sized = sizing.isComplete();
        List<Checklist.Field> fields = new ArrayList<>();
        fields.add(field("Entries", entries()));
        fields.add(field("Average entry", sized ? Money.price(
                TickDisplay.rounded(sizing.averageEntry(), setup.contract().tickSize())) : NOT_SIZED));
        fields.add(field("Stop", setup.stop() == null ? "not set" : Money.price(setup.stop())));
        fields.add(field("Targets", targets()));
        fields.add(field("Contracts", sized ? Money.contracts(sizing.contracts()) + " (largest allowed "
                + Money.contracts(sizing.maxContracts()) + ")" : NOT_SIZED));
        fields.add(setup.contract().usesDollarMargin()
                ? field("Margin per contract", money(setup.contract().initialMarginPerContract()) + " initial, "
                + money(setup.contract().maintenanceMarginPerContract()) + " maintenance (set by CME)")
                : field("Leverage", Decimals.plain(setup.leverage()) + "×"));
        fields.add(field("Risk at the stop", sized ? money(sizing.riskAmount()) + " = "
                + Money.percentUp(sizing.riskFraction()) + " of equity (cap " + Money.percent(policy.riskCap()) + ")"
                : NOT_SIZED));
        fields.add(field("Risk budget", money(sizing.riskBudget())));
        fields.add(field("Notional", sized ? money(sizing.notional()) : NOT_SIZED));
        fields.add(field("Initial margin", sized ? money(AccountCurrency.up(sizing.initialMargin(), currency)) : NOT_SIZED));
        fields.add(field("Margin utilization", sized ? Money.percentUp(sizing.marginUtilization())
                + " (other plans " + money(sizing.otherPlansMargin()) + ", cap " + Money.percent(policy.marginCap())
                + ")" : NOT_SIZED));
        fields.add(field("Liquidation (estimate)", sized ? LiquidationText.of(sizing) : NOT_SIZED));
        fields.add(field("Fees", sized ? money(AccountCurrency.up(sizing.exchange().totalFees(), currency)) + " (entry "
                + money(AccountCurrency.up(sizing.exchange().entryFees(), currency)) + ", exit at the stop "
                + money(AccountCurrency.up(sizing.exchange().exitFeesAtStop(), currency)) + ")" : NOT_SIZED));
        fields.add(field("Funding cost", sized ? funding() : NOT_SIZED));
        fields.add(field("Reward:risk", sizing.rewardRiskRatio() == null ? NOT_SIZED
                : sizing.rewardRiskRatio().toPlainString()));
        if (setup.contract().isInverse()) {
            fields.addAll(InverseLines.of(setup, policy, sizing));
        }
        return fields;
    }

    private static Checklist.Field field(String label, String value) {
        return new Checklist.Field(label, value);
    }

    private String money(BigDecimal amount) {
        return Money.format(amount, currency);
    }

    /** The legs with the size the sizer gave each: "Limit 70,000 × 7". */
    private String entries() {
        List<EntryLeg> legs = sizing.isComplete() ? sizing.allocatedEntries() : setup.entries();
        if (legs.isEmpty()) {
            return "not set";
        }
        return legs.stream().map(PlanFigures::leg).collect(Collectors.joining("; "));
    }

    private static String leg(EntryLeg leg) {
        String type = leg.orderType().label() + " ";
        return type + Money.price(leg.price()) + (leg.contracts() == null ? "" : " × " + Money.contracts(leg.contracts()));
    }

    private String targets() {
        if (setup.targets().isEmpty()) {
            return "none";
        }
        return setup.targets().stream().map(PlanFigures::target).collect(Collectors.joining("; "));
    }

    private static String target(Target target) {
        return Money.price(target.price()) + " (" + Decimals.plain(target.fraction().multiply(Decimals.HUNDRED))
                + " % of the position)";
    }

    private String funding() {
        BigDecimal cost = sizing.fundingCost();
        int intervals = sizing.fundingIntervals();
        String over = " over " + intervals + " funding interval" + (intervals == 1 ? "" : "s");
        return cost.signum() < 0 ? money(cost.negate()) + " received" + over : money(cost) + " paid" + over;
    }
}
