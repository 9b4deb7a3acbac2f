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

    /** {@link #breakeven} as a wording for the window's language (decision 15): the same price, the same clause. */
    public static java.util.Optional<Wording> breakevenWording(ExitValuation position) {
        ExchangeFigures exchange = position.sizing().exchange();
        boolean funding = exchange.fundingInRisk().signum() > 0;
        String includes = exchange.totalFees().signum() == 0 && !funding ? "ladder.breakeven.noFees"
                : funding ? "ladder.breakeven.feesAndFunding" : "ladder.breakeven.fees";
        return position.breakeven().map(price -> Wording.of("ladder.breakeven",
                Wording.price(position.awayFromEntryToCents(price)), Wording.of(includes)));
    }

    public static LadderText of(LadderRow row, String quoteCurrency) {
        return of(row, quoteCurrency, ENGLISH);
    }

    /**
     * The row in the window's words (decision 15): figures in its number format, the label from its bundle (each
     * part, or the English label as a whole when a part has no text), "liquidated" in its language.
     */
    public static LadderText of(LadderRow row, String quoteCurrency, WordingText words, LocaleFigures figures) {
        LadderText figured = of(row, quoteCurrency, figures);
        List<String> parts = new java.util.ArrayList<>();
        for (Wording part : row.labelWordings()) {
            java.util.Optional<String> said = words.render(part);
            if (said.isEmpty()) {
                parts = List.of(row.label());
                break;
            }
            parts.add(said.get());
        }
        String liquidated = words.render(Wording.of("ladder.cell.liquidated")).orElse(LIQUIDATED);
        return new LadderText(figured.price, String.join(" · ", parts), figured.netPnl, figured.r,
                figured.equityAfter, row.liquidated() ? liquidated : figured.marginRatio,
                row.liquidated() ? liquidated : figured.distanceToLiquidation);
    }

    private static final String LIQUIDATED = "liquidated";
    private static final LocaleFigures ENGLISH = new LocaleFigures(java.util.Locale.ENGLISH);

    private static LadderText of(LadderRow row, String quoteCurrency, LocaleFigures figures) {
        String ratio = row.liquidated() ? LIQUIDATED : row.marginRatio() == null ? "—"
                : figures.percentUp(row.marginRatio());
        String distance = row.liquidated() ? LIQUIDATED : row.distanceToLiquidation() == null ? "—"
                : figures.percent(row.distanceToLiquidation());
        return new LadderText(figures.price(row.price()), row.label(), figures.money(row.netPnl(), quoteCurrency),
                row.r() == null ? "—" : figures.decimal(row.r()), figures.money(row.equityAfter(), quoteCurrency),
                ratio, distance);
    }

    /** {@link #detail} as a wording for the window's language: the same figures, the same clauses. */
    public static Wording detailWording(LadderRow row, String quoteCurrency) {
        Wording.Figure equity = Wording.money(row.equityAfter(), quoteCurrency);
        if (row.liquidated()) {
            return Wording.of("ladder.detail.liquidated", equity);
        }
        Object ratio = row.marginRatio() == null ? "—"
                : Wording.percentUp(row.marginRatio());
        Wording distance = row.distanceToLiquidation() == null ? Wording.of("ladder.detail.noEstimate")
                : Wording.of("ladder.detail.away", Wording.percent(row.distanceToLiquidation()));
        return Wording.of("ladder.detail", equity, ratio, distance);
    }

    /** The account's side of the row in words: "equity $4,953.82 · margin ratio 5.56 % · liquidation 8.59 % away". */
    public String detail() {
        if (LIQUIDATED.equals(distanceToLiquidation)) {
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
