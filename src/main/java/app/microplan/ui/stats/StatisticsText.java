package app.microplan.ui.stats;

import static app.microplan.ui.common.TradeFormats.NONE;
import static app.microplan.ui.common.TradeFormats.funding;
import static app.microplan.ui.common.TradeFormats.r;
import static app.microplan.ui.common.TradeFormats.signedMoney;

import app.microplan.domain.JournalStatistics;
import app.microplan.domain.Money;
import app.microplan.domain.OverrideSummary;
import app.microplan.domain.TradeSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The journal's statistics in words and numbers: money to the cent and signed, R to two decimals, shares as
 * percentages. A figure that cannot be worked out (an average of no trades, a profit factor without a loss)
 * shows "—" rather than a misleading zero.
 */
public final class StatisticsText {
    private StatisticsText() {
    }

    /** The figures, then how the plans marked ready against an account rule turned out. */
    public static List<Figure> figures(JournalStatistics statistics, OverrideSummary overrides) {
        List<Figure> figures = new ArrayList<>(figures(statistics));
        figures.add(new Figure("stat-overrides", "Account rules overridden", overrides.describe(currency(statistics)),
                tone(overrides.trades() == 0 ? null : overrides.netPnl())));
        return figures;
    }

    public static List<Figure> figures(JournalStatistics statistics) {
        TradeSummary s = statistics.overall();
        String currency = currency(statistics);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("stat-trades", "Closed trades", s.trades() + results(s), ""));
        figures.add(new Figure("stat-win-rate", "Win rate", percent(s.winRate()), ""));
        figures.add(new Figure("stat-net", "Net P&L", signedMoney(s.netPnl(), currency), tone(s.netPnl())));
        figures.add(new Figure("stat-expectancy", "Expectancy",
                r(s.expectancyR()) + " · " + signedMoney(s.expectancy(), currency) + " a trade",
                tone(s.expectancyR())));
        figures.add(new Figure("stat-average-r", "Average R", r(s.averageR()), tone(s.averageR())));
        figures.add(new Figure("stat-average-win", "Average win",
                signedMoney(s.averageWin(), currency) + " · " + r(s.averageWinR()), ""));
        figures.add(new Figure("stat-average-loss", "Average loss",
                signedMoney(s.averageLoss(), currency) + " · " + r(s.averageLossR()), ""));
        figures.add(new Figure("stat-profit-factor", "Profit factor", ratio(s.profitFactor()),
                s.profitFactor() == null ? "" : s.profitFactor().compareTo(BigDecimal.ONE) >= 0 ? "positive"
                        : "negative"));
        figures.add(new Figure("stat-drawdown", "Max drawdown", s.trades() == 0 ? NONE
                : Money.format(s.maxDrawdown(), currency)
                + (s.maxDrawdownFraction() == null ? "" : " (" + Money.percentUp(s.maxDrawdownFraction()) + ")"),
                s.maxDrawdown().signum() > 0 ? "negative" : ""));
        figures.add(new Figure("stat-average-risk", "Average risk", s.averageRiskFraction() == null ? NONE
                : Money.percentUp(s.averageRiskFraction()) + " of equity", ""));
        figures.add(new Figure("stat-followed", "Followed the plan", percent(s.followedPlanShare()) + " of trades",
                ""));
        figures.add(new Figure("stat-funding", "Funding", funding(s.funding(), currency), ""));
        figures.add(new Figure("stat-fees", "Fees", s.trades() == 0 ? NONE : Money.format(s.fees(), currency), ""));
        figures.add(new Figure("stat-planned-share", "Had a plan", s.trades() == 0 ? NONE
                : percent(statistics.plannedShare()) + " (" + statistics.planned().trades() + " of " + s.trades() + ")",
                ""));
        figures.add(new Figure("stat-planned", "Planned trades", group(statistics.planned(), currency),
                tone(statistics.planned().netPnl())));
        figures.add(new Figure("stat-unplanned", "Unplanned trades", group(statistics.unplanned(), currency),
                tone(statistics.unplanned().netPnl())));
        figures.add(new Figure("stat-drawdown-accounts", "Drawdown per account", byAccount(statistics, currency), ""));
        return figures;
    }

    /** "+$105.00 · +0.53 R": what a group of trades came to (its count is in "Had a plan"). */
    private static String group(TradeSummary s, String currency) {
        if (s.trades() == 0) {
            return "none";
        }
        return signedMoney(s.netPnl(), currency) + (s.averageR() == null ? "" : " · " + r(s.averageR()));
    }

    /** "Main 3.43 % · Bybit 9.80 %": each account's deepest fall against its own equity. */
    private static String byAccount(JournalStatistics statistics, String currency) {
        if (statistics.byAccount().isEmpty()) {
            return NONE;
        }
        List<String> parts = new ArrayList<>();
        statistics.byAccount().forEach((account, s) -> parts.add(account + " " + (s.maxDrawdownFraction() == null
                ? Money.format(s.maxDrawdown(), currency) : Money.percentUp(s.maxDrawdownFraction()))));
        return String.join(" · ", parts);
    }

    /** The by-tag or by-setup summaries, in tag order. */
    public static List<SummaryRow> rows(Map<String, TradeSummary> summaries, JournalStatistics statistics) {
        String currency = currency(statistics);
        List<SummaryRow> rows = new ArrayList<>(summaries.size());
        summaries.forEach((name, s) -> rows.add(new SummaryRow(name, s.trades(), percent(s.winRate()),
                signedMoney(s.netPnl(), currency), r(s.expectancyR()), ratio(s.profitFactor()),
                percent(s.followedPlanShare()))));
        return rows;
    }

    /** Mixed quote currencies are added as if equal (USD and USDT): the figures say so. */
    static String currency(JournalStatistics statistics) {
        return statistics.currency() == null ? "USD" : statistics.currency();
    }

    private static String results(TradeSummary s) {
        if (s.trades() == 0) {
            return "";
        }
        String text = " (" + s.wins() + " won, " + s.losses() + " lost";
        return text + (s.breakeven() > 0 ? ", " + s.breakeven() + " breakeven)" : ")");
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? NONE : Money.percent(fraction);
    }

    private static String ratio(BigDecimal value) {
        return value == null ? NONE : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String tone(BigDecimal value) {
        return value == null || value.signum() == 0 ? "" : value.signum() > 0 ? "positive" : "negative";
    }
}
