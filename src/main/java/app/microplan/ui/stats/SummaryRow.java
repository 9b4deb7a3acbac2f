package app.microplan.ui.stats;

/** One tag's or setup's trades as the breakdown table shows them. */
public record SummaryRow(String name, int trades, String winRate, String netPnl, String expectancyR,
                         String profitFactor, String followedPlan) {
}
