package app.microplan.cli;

import app.microplan.domain.AccountCurrency;
import app.microplan.domain.Decimals;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.ExchangeFigures;
import app.microplan.domain.LegLiquidation;
import app.microplan.domain.LiquidationText;
import app.microplan.domain.Money;
import app.microplan.domain.PlanAssessment;
import app.microplan.domain.RuleResult;
import app.microplan.domain.SizingResult;
import app.microplan.store.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Renders a sizing and its rules for the command line: as a JSON object or as a table people read. */
final class AssessmentReport {
    private static final ObjectMapper JSON = Json.MAPPER;
    private static final int PRICE_DECIMALS = 8;

    private AssessmentReport() {
    }

    static String json(PlanAssessment assessment) {
        return json(assessment, root -> { });
    }

    /** The JSON with more fields added by {@code more} (the ladder's). */
    static String json(PlanAssessment assessment, java.util.function.Consumer<ObjectNode> more) {
        try {
            ObjectNode root = jsonTree(assessment);
            more.accept(root);
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of `size --json`; money to the cent (risk and margin rounded up), percentages to two decimals. */
    static ObjectNode jsonTree(PlanAssessment assessment) {
        SizingResult s = assessment.sizing();
        ObjectNode root = JSON.createObjectNode();
        root.put("contracts", plain(s.contracts()));
        root.put("maxContractsByRisk", plain(s.maxContractsByRisk()));
        root.put("maxContractsByMargin", plain(s.maxContractsByMargin()));
        root.put("maxContracts", plain(s.maxContracts()));
        root.put("bindingLimit", s.bindingLimit().name());
        root.put("sizeExplanation", s.sizeExplanation());
        root.put("quoteCurrency", s.quoteCurrency());
        root.put("averageEntry", price(s.averageEntry()));
        root.put("riskPerContract", price(s.riskPerContract()));
        root.put("riskBudget", money(s.riskBudget(), s));
        root.put("riskAmount", s.riskAmount());
        root.put("riskPercent", Decimals.percentUp(s.riskFraction()));
        root.put("notional", money(s.notional(), s));
        root.put("initialMargin", moneyUp(s.initialMargin(), s));
        root.put("otherPlansMargin", money(s.otherPlansMargin(), s));
        root.put("marginUtilizationPercent", Decimals.percentUp(s.marginUtilization()));
        root.put("liquidationPrice", s.liquidationPrice() == null ? null : plain(s.liquidationPrice()));
        root.put("tickValue", plain(s.tickValue()));
        root.put("fundingIntervals", s.fundingIntervals());
        root.put("fundingCost", s.fundingCost());
        root.put("rewardRiskRatio", s.rewardRiskRatio());
        exchangeFields(root, s);
        ArrayNode entries = root.putArray("entries");
        for (EntryLeg leg : s.allocatedEntries()) {
            entries.addObject().put("orderType", leg.orderType().name()).put("price", plain(leg.price()))
                    .put("contracts", leg.contracts() == null ? null : plain(leg.contracts()));
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleResult rule : assessment.rules()) {
            rules.addObject().put("id", rule.id()).put("severity", rule.severity().name())
                    .put("passed", rule.passed()).put("message", rule.message());
        }
        if (!s.isComplete()) {
            root.putArray("missing").addAll(s.missing().stream().map(JSON.getNodeFactory()::textNode).toList());
        }
        return root;
    }

    /** The exchange's side of the numbers: convention and liquidation path, maintenance, tier leverage, fees. */
    private static void exchangeFields(ObjectNode root, SizingResult s) {
        ExchangeFigures exchange = s.exchange();
        root.put("liquidationConvention", exchange.convention().id());
        root.put("liquidationLabel", LiquidationText.of(s));
        ArrayNode path = root.putArray("liquidationPrices");
        for (LegLiquidation point : exchange.liquidationPath()) {
            path.addObject().put("leg", point.leg()).put("entry", plain(point.legPrice()))
                    .put("contracts", plain(point.contracts())).put("averageEntry", price(point.averageEntry()))
                    .put("price", plain(point.price()));
        }
        root.put("maintenanceMargin", exchange.maintenanceMargin() == null ? null
                : moneyUp(exchange.maintenanceMargin(), s));
        root.put("maxLeverageAllowed", exchange.maxLeverageAllowed() == null ? null
                : plain(exchange.maxLeverageAllowed()));
        root.putObject("fees").put("entry", moneyUp(exchange.entryFees(), s))
                .put("exitAtStop", moneyUp(exchange.exitFeesAtStop(), s))
                .put("total", moneyUp(exchange.totalFees(), s));
        root.put("fundingInRisk", moneyUp(exchange.fundingInRisk(), s));
    }

    /** Money in the sizing's currency: to the cent for dollars, to the satoshi for a coin account. */
    private static BigDecimal money(BigDecimal amount, SizingResult s) {
        return amount.setScale(AccountCurrency.scale(s.quoteCurrency()), RoundingMode.HALF_UP);
    }

    /** Like {@link #money} but rounded up: margin, fees and funding never look smaller than they are. */
    private static BigDecimal moneyUp(BigDecimal amount, SizingResult s) {
        return AccountCurrency.up(amount, s.quoteCurrency());
    }

    static String table(PlanAssessment assessment) {
        SizingResult s = assessment.sizing();
        String currency = s.quoteCurrency();
        StringBuilder out = new StringBuilder();
        row(out, "Contracts", Money.contracts(s.contracts()) + "  (largest " + Money.contracts(s.maxContracts())
                + ": risk allows " + Money.contracts(s.maxContractsByRisk()) + ", margin allows "
                + Money.contracts(s.maxContractsByMargin()) + ")");
        row(out, "Average entry", Money.price(price(s.averageEntry())));
        row(out, "Risk per contract", Money.format(AccountCurrency.up(s.riskPerContract(), currency), currency));
        row(out, "Risk budget", Money.format(s.riskBudget(), currency));
        row(out, "Risk at the stop", Money.format(s.riskAmount(), currency) + "  (" + Money.percentUp(s.riskFraction()) + ")");
        row(out, "Notional", Money.format(s.notional(), currency));
        row(out, "Initial margin", Money.format(AccountCurrency.up(s.initialMargin(), currency), currency));
        row(out, "Margin utilization", Money.percentUp(s.marginUtilization()) + "  (other plans "
                + Money.format(s.otherPlansMargin(), currency) + ")");
        row(out, "Liquidation (est.)", LiquidationText.of(s));
        row(out, "Fees", Money.format(AccountCurrency.up(s.exchange().totalFees(), currency), currency) + "  (entry "
                + Money.format(AccountCurrency.up(s.exchange().entryFees(), currency), currency) + ", exit at the stop "
                + Money.format(AccountCurrency.up(s.exchange().exitFeesAtStop(), currency), currency) + ")");
        row(out, "Tick value", Decimals.plain(s.tickValue()) + " " + currency);
        row(out, "Funding cost", Money.format(s.fundingCost(), currency) + "  (" + s.fundingIntervals() + " intervals)");
        row(out, "Reward:risk", s.rewardRiskRatio() == null ? "n/a" : s.rewardRiskRatio().toPlainString());
        out.append(System.lineSeparator()).append(s.sizeExplanation()).append(System.lineSeparator())
                .append(System.lineSeparator());
        for (RuleResult rule : assessment.rules()) {
            out.append(String.format("[%s] %-24s %s%n", state(rule), rule.id(), rule.message()));
        }
        out.append(System.lineSeparator()).append(assessment.allowsReady()
                ? "Every blocking rule holds." : "Blocked by " + assessment.blockingFailures().size() + " rule(s).")
                .append(System.lineSeparator());
        return out.toString();
    }

    static String state(RuleResult rule) {
        return rule.state().name();
    }

    static void row(StringBuilder out, String label, String value) {
        out.append(String.format("%-20s %s%n", label, value));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal price(BigDecimal value) {
        return plain(value.setScale(PRICE_DECIMALS, RoundingMode.HALF_EVEN));
    }
}
