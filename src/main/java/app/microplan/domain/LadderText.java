package app.microplan.domain;

import java.util.List;

/**
 * A ladder row as every screen words it — the window, the checklist and the command line show the same text:
 * money to the cent in the quote currency, R to two decimals, margin ratio rounded up, "liquidated" beyond the
 * liquidation estimate.
 */
public record LadderText(String price, String label, String netPnl, String r, String equityAfter, String marginRatio,
                         String distanceToLiquidation) {

    /** Column headings in the order of the fields. */
    public static final List<String> HEADINGS = List.of("Price", "Level", "Net P&L", "R", "Equity after",
            "Margin ratio", "To liquidation");

    /** What the ladder's figures include, said once under it. */
    public static final String NOTE = "Whole position closed at each price: fees of both sides (a stop order up to "
            + "breakeven, a limit beyond) and the funding counted in the risk.";

    /** "70,070.04 (fees of both sides)": the breakeven with what it includes; empty when no price breaks even. */
    public static java.util.Optional<String> breakeven(ExitValuation position) {
        ExchangeFigures exchange = position.sizing().exchange();
        boolean funding = exchange.fundingInRisk().signum() > 0;
        String includes = exchange.totalFees().signum() == 0 && !funding ? "no fees set"
                : "fees of both sides" + (funding ? " and funding" : "");
        return position.breakeven().map(price -> Money.price(position.awayFromEntryToCents(price))
                + " (" + includes + ")");
    }

    public static LadderText of(LadderRow row, String quoteCurrency) {
        String ratio = row.liquidated() ? "liquidated" : row.marginRatio() == null ? "—"
                : Money.percentUp(row.marginRatio());
        String distance = row.liquidated() ? "liquidated" : row.distanceToLiquidation() == null ? "—"
                : Money.percent(row.distanceToLiquidation());
        return new LadderText(Money.price(row.price()), row.label(), Money.format(row.netPnl(), quoteCurrency),
                row.r() == null ? "—" : row.r().toPlainString(), Money.format(row.equityAfter(), quoteCurrency),
                ratio, distance);
    }

    /** The account's side of the row in words: "equity $4,953.82 · margin ratio 5.56 % · liquidation 8.59 % away". */
    public String detail() {
        if ("liquidated".equals(distanceToLiquidation)) {
            return "equity " + equityAfter + " · liquidated before this price";
        }
        return "equity " + equityAfter + " · margin ratio " + marginRatio + " · "
                + ("—".equals(distanceToLiquidation) ? "no liquidation estimate"
                : "liquidation " + distanceToLiquidation + " away");
    }

    public List<String> cells() {
        return List.of(price, label, netPnl, r, equityAfter, marginRatio, distanceToLiquidation);
    }
}
