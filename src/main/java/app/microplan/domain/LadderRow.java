package app.microplan.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One price of the ladder and what closing the whole position there means.
 *
 * @param price                 the price as people read it (a breakeven to the cent away from the entry)
 * @param label                 what the price is: "Stop", "Entry 2", "Breakeven", "Target 1 (50 %)", "Avg entry +1 %"
 * @param kind                  the most important of the levels at this price
 * @param netPnl                net P&L after both sides' fees and the funding the risk counts, rounded down to the
 *                              cent (a loss never looks smaller); at the stop exactly minus the risk at the stop
 * @param r                     netPnl ÷ the risk at the stop, rounded down to two decimals; null without a risk
 * @param equityAfter           the account's equity after closing there
 * @param marginRatio           maintenance margin ÷ (margin held + unrealized P&L) at this price, a fraction; the
 *                              exchange liquidates at 1; null when there is no margin left or it does not apply
 * @param distanceToLiquidation how far the price may still move against the position before the liquidation
 *                              estimate, as a fraction of this price; negative beyond it; null without an estimate
 * @param liquidated            the price lies beyond the liquidation estimate: the position would be gone before
 *                              it, and the row shows what liquidation nets
 * @param exitOrder             the order that closes there (its fee is counted): a stop order or a resting limit
 * @param labelWordings         the label's parts as wordings for the window's language (decision 15), in the order
 *                              {@code label} joins them with " · "
 */
public record LadderRow(BigDecimal price, String label, LadderLevel kind, BigDecimal netPnl, BigDecimal r,
                        BigDecimal equityAfter, BigDecimal marginRatio, BigDecimal distanceToLiquidation,
                        boolean liquidated, OrderType exitOrder, List<Wording> labelWordings) {
    public LadderRow {
        labelWordings = List.copyOf(labelWordings);
    }
}
