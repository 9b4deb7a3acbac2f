package app.microplan.ui.stats;

import app.microplan.ui.common.Figures;
import app.microplan.ui.common.Messages;
import static app.microplan.ui.common.TradeFormats.NONE;
import static app.microplan.ui.common.TradeFormats.funding;
import static app.microplan.ui.common.TradeFormats.r;
import static app.microplan.ui.common.TradeFormats.signedMoney;

import app.microplan.domain.JournalStatistics;
import app.microplan.domain.Money;
import app.microplan.domain.OverrideSummary;
import app.microplan.ui.common.ReasonText;
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
        figures.add(new Figure("stat-overrides", Messages.text("stats.overrides"), ReasonText.render(overrides.wording(currency(statistics)))
                        .orElse(overrides.describe(currency(statistics))),
                tone(overrides.trades() == 0 ? null : overrides.netPnl())));
        return figures;
    }

    public static List<Figure> figures(JournalStatistics statistics) {
        TradeSummary s = statistics.overall();
        String currency = currency(statistics);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("stat-trades", Messages.text("stats.trades"), s.trades() + results(s), ""));
        figures.add(new Figure("stat-win-rate", Messages.text("stats.win-rate"), percent(s.winRate()), ""));
        figures.add(new Figure("stat-net", Messages.text("stats.net"), signedMoney(s.netPnl(), currency), tone(s.netPnl())));
        figures.add(new Figure("stat-expectancy", Messages.text("stats.expectancy"),
                Messages.text("stats.perTrade", r(s.expectancyR()), signedMoney(s.expectancy(), currency)),
                tone(s.expectancyR())));
        figures.add(new Figure("stat-average-r", Messages.text("stats.average-r"), r(s.averageR()), tone(s.averageR())));
        figures.add(new Figure("stat-average-win", Messages.text("stats.average-win"),
                signedMoney(s.averageWin(), currency) + " · " + r(s.averageWinR()), ""));
        figures.add(new Figure("stat-average-loss", Messages.text("stats.average-loss"),
                signedMoney(s.averageLoss(), currency) + " · " + r(s.averageLossR()), ""));
        figures.add(new Figure("stat-profit-factor", Messages.text("stats.profit-factor"), ratio(s.profitFactor()),
                s.profitFactor() == null ? "" : s.profitFactor().compareTo(BigDecimal.ONE) >= 0 ? "positive"
                        : "negative"));
        figures.add(new Figure("stat-drawdown", Messages.text("stats.drawdown"), s.trades() == 0 ? NONE
                : figures().money(s.maxDrawdown(), currency)
                + (s.maxDrawdownFraction() == null ? "" : " (" + figures().percentUp(s.maxDrawdownFraction()) + ")"),
                s.maxDrawdown().signum() > 0 ? "negative" : ""));
        figures.add(new Figure("stat-average-risk", Messages.text("stats.average-risk"), s.averageRiskFraction() == null ? NONE
                : Messages.text("position.ofEquity", figures().percentUp(s.averageRiskFraction())), ""));
        figures.add(new Figure("stat-followed", Messages.text("stats.followed"), Messages.text("stats.ofTrades", percent(s.followedPlanShare())),
                ""));
        figures.add(new Figure("stat-funding", Messages.text("stats.funding"), funding(s.funding(), currency), ""));
        figures.add(new Figure("stat-fees", Messages.text("stats.fees"), s.trades() == 0 ? NONE : figures().money(s.fees(), currency), ""));
        figures.add(new Figure("stat-planned-share", Messages.text("stats.planned-share"), s.trades() == 0 ? NONE
                : Messages.text("stats.plannedShare", percent(statistics.plannedShare()), statistics.planned().trades(),
                s.trades()),
                ""));
        figures.add(new Figure("stat-planned", Messages.text("stats.planned"), group(statistics.planned(), currency),
                tone(statistics.planned().netPnl())));
        figures.add(new Figure("stat-unplanned", Messages.text("stats.unplanned"), group(statistics.unplanned(), currency),
                tone(statistics.unplanned().netPnl())));
        figures.add(new Figure("stat-drawdown-accounts", Messages.text("stats.drawdown-accounts"), byAccount(statistics, currency), ""));
        return figures;
    }

    /** "+$105.00 · +0.53 R": what a group of trades came to (its count is in "Had a plan"). */
    private static String group(TradeSummary s, String currency) {
        if (s.trades() == 0) {
            return Messages.text("sheet.none");
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
                ? figures().money(s.maxDrawdown(), currency) : figures().percentUp(s.maxDrawdownFraction()))));
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
        return s.breakeven() > 0 ? Messages.text("stats.resultsBreakeven", s.wins(), s.losses(), s.breakeven())
                : Messages.text("stats.results", s.wins(), s.losses());
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? NONE : figures().percent(fraction);
    }

    private static String ratio(BigDecimal value) {
        return value == null ? NONE : figures().decimal(value.setScale(2, RoundingMode.HALF_UP));
    }

    private static Figures figures() {
        return Messages.current().figures();
    }

    private static String tone(BigDecimal value) {
        return value == null || value.signum() == 0 ? "" : value.signum() > 0 ? "positive" : "negative";
    }
}
