package app.microplan.checklist;

import app.microplan.domain.AccountCurrency;
import app.microplan.domain.Decimals;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.LocaleFigures;
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
    private final SheetWords words;
    private final LocaleFigures figures;

    private PlanFigures(TradePlan plan, SizingResult sizing, SheetWords words) {
        this.setup = plan.setup();
        this.policy = plan.policy();
        this.sizing = sizing;
        this.currency = sizing.quoteCurrency();
        this.words = words;
        this.figures = words.figures();
    }

    static List<Checklist.Field> of(TradePlan plan, SizingResult sizing, SheetWords words) {
        return new PlanFigures(plan, sizing, words).fields();
    }

    private List<Checklist.Field> fields() {
        boolean sized = sizing.isComplete();
        List<Checklist.Field> fields = new ArrayList<>();
        fields.add(field("sheet.entries", entries()));
        fields.add(field("sheet.averageEntry", sized ? figures.price(
                TickDisplay.rounded(sizing.averageEntry(), setup.contract().tickSize())) : NOT_SIZED));
        fields.add(field("sheet.stop", setup.stop() == null ? words.text("sheet.notSet") : figures.price(setup.stop())));
        fields.add(field("sheet.targets", targets()));
        fields.add(field("sheet.contracts", sized ? words.text("sheet.contractsValue", figures.plain(sizing.contracts()),
                figures.plain(sizing.maxContracts())) : NOT_SIZED));
        fields.add(setup.contract().usesDollarMargin()
                ? field("sheet.marginPerContract", words.text("sheet.marginPerContractValue",
                money(setup.contract().initialMarginPerContract()),
                money(setup.contract().maintenanceMarginPerContract())))
                : field("sheet.leverage", figures.plain(setup.leverage()) + "×"));
        fields.add(field("sheet.riskAtStop", sized ? words.text("sheet.riskAtStopValue", money(sizing.riskAmount()),
                figures.percentUp(sizing.riskFraction()), figures.percent(policy.riskCap())) : NOT_SIZED));
        fields.add(field("sheet.riskBudget", money(sizing.riskBudget())));
        fields.add(field("sheet.notional", sized ? money(sizing.notional()) : NOT_SIZED));
        fields.add(field("sheet.initialMargin", sized ? money(AccountCurrency.up(sizing.initialMargin(), currency)) : NOT_SIZED));
        fields.add(field("sheet.marginUtilization", sized ? words.text("sheet.marginUtilizationValue",
                figures.percentUp(sizing.marginUtilization()), money(sizing.otherPlansMargin()),
                figures.percent(policy.marginCap())) : NOT_SIZED));
        fields.add(field("sheet.liquidation", sized ? words.wordings().render(LiquidationText.wording(sizing))
                .orElse(LiquidationText.of(sizing)) : NOT_SIZED));
        fields.add(field("sheet.fees", sized ? words.text("sheet.feesValue",
                money(AccountCurrency.up(sizing.exchange().totalFees(), currency)),
                money(AccountCurrency.up(sizing.exchange().entryFees(), currency)),
                money(AccountCurrency.up(sizing.exchange().exitFeesAtStop(), currency))) : NOT_SIZED));
        fields.add(field("sheet.fundingCost", sized ? funding() : NOT_SIZED));
        fields.add(field("sheet.rewardRisk", sizing.rewardRiskRatio() == null ? NOT_SIZED
                : figures.decimal(sizing.rewardRiskRatio())));
        if (setup.contract().isInverse()) {
            fields.addAll(InverseLines.of(setup, policy, sizing));
        }
        return fields;
    }

    private Checklist.Field field(String key, String value) {
        return new Checklist.Field(words.text(key), value);
    }

    private String money(BigDecimal amount) {
        return figures.money(amount, currency);
    }

    /** The legs with the size the sizer gave each: "Limit 70,000 × 7". */
    private String entries() {
        List<EntryLeg> legs = sizing.isComplete() ? sizing.allocatedEntries() : setup.entries();
        if (legs.isEmpty()) {
            return words.text("sheet.notSet");
        }
        return legs.stream().map(this::leg).collect(Collectors.joining("; "));
    }

    private String leg(EntryLeg leg) {
        String type = words.textOr("orderType." + leg.orderType().name(), leg.orderType().label()) + " ";
        return type + figures.price(leg.price()) + (leg.contracts() == null ? "" : " × " + figures.plain(leg.contracts()));
    }

    private String targets() {
        if (setup.targets().isEmpty()) {
            return words.text("sheet.none");
        }
        return setup.targets().stream().map(this::target).collect(Collectors.joining("; "));
    }

    private String target(Target target) {
        return words.text("sheet.targetValue", figures.price(target.price()),
                figures.plain(target.fraction().multiply(Decimals.HUNDRED)));
    }

    private String funding() {
        BigDecimal cost = sizing.fundingCost();
        int intervals = sizing.fundingIntervals();
        return cost.signum() < 0 ? words.text("sheet.fundingReceived", money(cost.negate()), intervals)
                : words.text("sheet.fundingPaid", money(cost), intervals);
    }
}
