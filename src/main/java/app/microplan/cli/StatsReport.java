package app.microplan.cli;

import app.microplan.domain.Decimals;
import app.microplan.domain.JournalStatistics;
import app.microplan.domain.Money;
import app.microplan.domain.OverrideSummary;
import app.microplan.domain.TradeSummary;
import app.microplan.store.Json;
import app.microplan.store.LoadProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Renders journal statistics for the command line: a JSON object (camelCase fields, money to the cent,
 * R and ratios to two decimals, percentages as numbers like 55.56) or a table people read.
 */
final class StatsReport {
    private StatsReport() {
    }

    static String json(Path journal, JournalStatistics statistics, OverrideSummary overrides,
                       List<LoadProblem> problems) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("journal", journal.toString());
        root.put("plans", statistics.plans());
        root.put("currency", statistics.currency());
        putSummary(root, statistics.overall());
        root.put("breakevenBandR", statistics.breakevenBand());
        root.put("plannedSharePercent", percent(statistics.plannedShare()));
        putSummary(root.putObject("planned"), statistics.planned());
        putSummary(root.putObject("unplanned"), statistics.unplanned());
        putGroups(root.putArray("byAccount"), "account", statistics.byAccount());
        putGroups(root.putArray("bySetup"), "setup", statistics.bySetup());
        putGroups(root.putArray("byTag"), "tag", statistics.byTag());
        root.putObject("overrides").put("plans", overrides.plans()).put("overrides", overrides.overrides())
                .put("trades", overrides.trades()).put("wins", overrides.wins()).put("losses", overrides.losses())
                .put("netPnl", cents(overrides.netPnl())).put("averageR", twoPlaces(overrides.averageR()));
        ArrayNode skipped = root.putArray("skippedFiles");
        problems.forEach(p -> skipped.add(p.message()));
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putGroups(ArrayNode array, String key, Map<String, TradeSummary> groups) {
        groups.forEach((name, summary) -> putSummary(array.addObject().put(key, name), summary));
    }

    private static void putSummary(ObjectNode node, TradeSummary s) {
        node.put("trades", s.trades());
        node.put("wins", s.wins());
        node.put("losses", s.losses());
        node.put("breakeven", s.breakeven());
        node.put("winRatePercent", percent(s.winRate()));
        node.put("averageWin", cents(s.averageWin()));
        node.put("averageLoss", cents(s.averageLoss()));
        node.put("averageR", twoPlaces(s.averageR()));
        node.put("averageWinR", twoPlaces(s.averageWinR()));
        node.put("averageLossR", twoPlaces(s.averageLossR()));
        node.put("expectancy", cents(s.expectancy()));
        node.put("expectancyR", twoPlaces(s.expectancyR()));
        node.put("profitFactor", twoPlaces(s.profitFactor()));
        node.put("netPnl", cents(s.netPnl()));
        node.put("grossProfit", cents(s.grossProfit()));
        node.put("grossLoss", cents(s.grossLoss()));
        node.put("fees", cents(s.fees()));
        node.put("fundingPaid", cents(s.funding()));
        node.put("maxDrawdown", cents(s.maxDrawdown()));
        node.put("maxDrawdownPercent", percent(s.maxDrawdownFraction()));
        node.put("averageRiskPercent", percent(s.averageRiskFraction()));
        node.put("followedPlanPercent", percent(s.followedPlanShare()));
    }

    static String table(Path journal, JournalStatistics statistics, OverrideSummary overrides) {
        TradeSummary s = statistics.overall();
        Cells f = new Cells(statistics.currency());
        StringBuilder out = new StringBuilder();
        row(out, "Journal", journal + "  (" + statistics.plans() + " plans, " + s.trades() + " closed trades)");
        if (s.trades() == 0) {
            return out.append(System.lineSeparator()).append("No closed trades match.").append(System.lineSeparator())
                    .toString();
        }
        row(out, "Trades", s.trades() + ": " + s.wins() + " wins, " + s.losses() + " losses, " + s.breakeven()
                + " breakeven");
        row(out, "Win rate", f.percent(s.winRate()));
        row(out, "Average win", f.money(s.averageWin()) + "  (" + f.r(s.averageWinR()) + ")");
        row(out, "Average loss", f.money(s.averageLoss()) + "  (" + f.r(s.averageLossR()) + ")");
        row(out, "Expectancy", f.money(s.expectancy()) + " a trade  (" + f.r(s.expectancyR()) + ", the average R)");
        row(out, "Profit factor", f.ratio(s.profitFactor()));
        row(out, "Net P&L", f.money(s.netPnl()) + "  (won " + f.money(s.grossProfit()) + ", lost "
                + f.money(s.grossLoss()) + ")");
        row(out, "Fees", f.money(s.fees()));
        row(out, "Funding paid", f.money(s.funding()));
        row(out, "Max drawdown", f.money(s.maxDrawdown()) + "  (" + f.percent(s.maxDrawdownFraction())
                + " of all accounts' " + f.money(s.equity()) + ")");
        row(out, "Average risk", f.percent(s.averageRiskFraction()));
        row(out, "Followed plan", f.percent(s.followedPlanShare()));
        row(out, "Overrides", overrides.describe(statistics.currency() == null ? "USD" : statistics.currency()));
        row(out, "Had a plan", f.percent(statistics.plannedShare()) + "  (planned " + statistics.planned().trades()
                + ": " + f.money(statistics.planned().netPnl()) + "; unplanned " + statistics.unplanned().trades()
                + ": " + f.money(statistics.unplanned().netPnl()) + ")");
        row(out, "Breakeven", "|R| below " + twoPlacesText(statistics.breakevenBand()) + " R");
        out.append(System.lineSeparator()).append(String.format("%-20s %7s %14s %12s%n", "By account", "trades",
                "net P&L", "drawdown"));
        statistics.byAccount().forEach((name, a) -> out.append(String.format("%-20s %7d %14s %12s%n", name,
                a.trades(), f.money(a.netPnl()), f.percent(a.maxDrawdownFraction()))));
        groups(out, "By setup", statistics.bySetup(), f);
        groups(out, "By tag", statistics.byTag(), f);
        return out.toString();
    }

    private static void groups(StringBuilder out, String title, Map<String, TradeSummary> groups, Cells f) {
        out.append(System.lineSeparator()).append(String.format("%-20s %7s %9s %14s %7s %7s%n", title, "trades",
                "win rate", "net P&L", "avg R", "PF"));
        groups.forEach((name, s) -> out.append(String.format("%-20s %7d %9s %14s %7s %7s%n", name, s.trades(),
                f.percent(s.winRate()), f.money(s.netPnl()), twoPlacesText(s.averageR()), f.ratio(s.profitFactor()))));
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format("%-15s %s%n", label, value));
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : Decimals.cents(amount);
    }

    private static BigDecimal twoPlaces(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Two decimals with the same minus sign as the money beside it ("−0.97", like "−$42.77"). */
    private static String twoPlacesText(BigDecimal value) {
        return value == null ? "n/a" : twoPlaces(value).toPlainString().replace('-', '\u2212');
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : Decimals.percent(fraction);
    }

    /** Table cells: money in the trades' currency (plain when they mix currencies), "n/a" for what is missing. */
    private record Cells(String currency) {
        String money(BigDecimal amount) {
            if (amount == null) {
                return "n/a";
            }
            return currency == null ? Decimals.cents(amount).toPlainString() : Money.format(amount, currency);
        }

        String percent(BigDecimal fraction) {
            return fraction == null ? "n/a" : Money.percent(fraction);
        }

        String r(BigDecimal r) {
            return twoPlacesText(r) + " R";
        }

        String ratio(BigDecimal ratio) {
            return twoPlacesText(ratio);
        }
    }
}
