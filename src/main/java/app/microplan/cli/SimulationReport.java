package app.microplan.cli;

import app.microplan.domain.Decimals;
import app.microplan.domain.Money;
import app.microplan.domain.RiskOfRuinSimulation;
import app.microplan.domain.SaferRisk;
import app.microplan.domain.SimulationResult;
import app.microplan.domain.SimulationRules;
import app.microplan.store.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A risk-of-ruin simulation for the command line: one JSON object (money to the cent, shares and chances as
 * percentages with two decimals, like the rest of {@code stats --json}) or a table people read.
 */
final class SimulationReport {
    private SimulationReport() {
    }

    static String json(Path journal, SimulationResult result) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("journal", journal.toString());
        root.put("account", result.account());
        root.put("currency", result.currency());
        root.put("startEquity", result.startEquity());
        root.put("sampleTrades", result.sampleTrades());
        root.put("warning", result.warning());
        root.put("paths", result.settings().paths());
        root.put("trades", result.settings().trades());
        root.put("seed", result.settings().seed());
        putRules(root.putObject("rules"), result.rules());
        ObjectNode equity = root.putObject("finalEquity");
        result.finalEquity().forEach(p -> equity.put("p" + p.percentile(), p.value()));
        ObjectNode drawdown = root.putObject("maxDrawdownPercent");
        result.maxDrawdown().forEach(p -> drawdown.put("p" + p.percentile(), Decimals.percent(p.value())));
        ArrayNode chances = root.putArray("drawdownChances");
        result.drawdownChances().forEach(c -> chances.addObject().put("beyondPercent", Decimals.percent(c.depth()))
                .put("chancePercent", Decimals.percent(c.chance())));
        root.put("ruinLossPercent", Decimals.percent(result.settings().ruinLoss()));
        root.put("ruinChancePercent", Decimals.percent(result.ruinChance()));
        root.put("cappedPaths", result.cappedPaths());
        SaferRisk safer = result.saferRisk();
        root.put("saferRiskPercent", safer.riskFraction() == null ? null : Decimals.percent(safer.riskFraction()));
        root.put("saferRiskAtCeiling", safer.atCeiling());
        ArrayNode fan = root.putArray("fan");
        for (SimulationResult.FanPoint point : result.fan()) {
            ObjectNode node = fan.addObject().put("trade", point.trade());
            for (int i = 0; i < SimulationResult.PERCENTILES.size(); i++) {
                node.put("p" + SimulationResult.PERCENTILES.get(i), point.equity().get(i));
            }
        }
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putRules(ObjectNode node, SimulationRules rules) {
        node.put("riskPercent", Decimals.percent(rules.riskFraction()));
        node.put("openRiskCapPercent", Decimals.percent(rules.openRiskCap()));
        node.put("dailyLossLimitPercent", Decimals.percent(rules.dailyLossLimit()));
        node.put("coolDownLosses", rules.coolDownLosses());
        node.put("coolDownMinutes", rules.coolDown().toMinutes());
    }

    static String table(Path journal, SimulationResult result) {
        String currency = result.currency();
        StringBuilder out = new StringBuilder();
        row(out, "Journal", journal + "  (account " + result.account() + ", " + result.sampleTrades() + " trades)");
        if (result.warning() != null) {
            row(out, "Warning", result.warning());
        }
        SimulationRules rules = result.rules();
        row(out, "Simulated", result.settings().paths() + " paths of " + result.settings().trades()
                + " trades, seed " + result.settings().seed() + ", from " + Money.format(result.startEquity(), currency));
        row(out, "Rules", Money.percent(rules.riskFraction()) + " a trade, open risk up to "
                + Money.percent(rules.openRiskCap()) + ", daily loss limit " + Money.percent(rules.dailyLossLimit())
                + ", " + rules.coolDown().toMinutes() + " min cool-down after " + rules.coolDownLosses()
                + " losses in a row");
        out.append(System.lineSeparator()).append(String.format("%-22s", "Percentile"));
        result.finalEquity().forEach(p -> out.append(String.format("%14s", p.percentile() + "th")));
        out.append(System.lineSeparator()).append(String.format("%-22s", "Final equity"));
        result.finalEquity().forEach(p -> out.append(String.format("%14s", Money.format(p.value(), currency))));
        out.append(System.lineSeparator()).append(String.format("%-22s", "Deepest drawdown"));
        result.maxDrawdown().forEach(p -> out.append(String.format("%14s", Money.percent(p.value()))));
        out.append(System.lineSeparator()).append(System.lineSeparator());
        for (SimulationResult.Chance chance : result.drawdownChances()) {
            row(out, "P(drawdown > " + Decimals.plain(Decimals.percent(chance.depth())) + " %)",
                    Money.percent(chance.chance()));
        }
        row(out, "P(ruin)", Money.percent(result.ruinChance()) + "  (losing " + Money.percent(result.settings().ruinLoss())
                + " of the start)");
        row(out, "Safer risk", result.saferRisk().sentence());
        if (result.cappedPaths() > 0) {
            row(out, "Capped", result.cappedPaths() + " paths grew to "
                    + String.format("%,d", RiskOfRuinSimulation.EQUITY_CEILING) + " times the start and were held there: the top percentiles are at most that");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format("%-22s %s%n", label, value));
    }
}
