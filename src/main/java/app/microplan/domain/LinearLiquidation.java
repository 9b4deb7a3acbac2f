package app.microplan.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The exchanges' liquidation formulas for isolated linear positions, worked out exactly (docs/exchanges.md).
 * With q coins, entry P, isolated margin W = qP/L, maintenance rate r and amount a:
 * <ul>
 *   <li>Bybit, maintenance at entry: long P − (W − (qP·r − a))/q, short P + (W − (qP·r − a))/q.</li>
 *   <li>Binance, maintenance at the liquidation price, using the tier the liquidation notional falls in:
 *       long (qP − W − a)/(q(1 − r)), short (W + a + qP)/(q(1 + r)).</li>
 *   <li>OKX, maintenance rate plus taker fee f on the notional at liquidation:
 *       long (qP − W − a)/(q(1 − r − f)), short (W + a + qP)/(q(1 + r + f)).</li>
 * </ul>
 */
final class LinearLiquidation {
    private LinearLiquidation() {
    }

    static BigDecimal bybit(LinearPosition p) {
        MarginTier tier = p.tierAtEntry();
        BigDecimal cushion = p.isolatedMargin().subtract(tier.maintenanceMargin(p.notional()));
        BigDecimal move = Decimals.divide(cushion, p.coins());
        return p.isLong() ? p.averageEntry().subtract(move) : p.averageEntry().add(move);
    }

    /**
     * Binance applies the tier of the notional at the liquidation price, which depends on the tier: each tier's
     * price is tried and the one whose notional falls inside that tier is kept. Should none or several fit (a
     * hand-made table that is not continuous), the one nearest the entry is kept: the estimate stays on the safe side.
     */
    static BigDecimal binance(LinearPosition p) {
        List<MarginTier> tiers = p.tiers().tiers();
        BigDecimal nearest = null;
        BigDecimal fitting = null;
        for (int i = 0; i < tiers.size(); i++) {
            MarginTier tier = tiers.get(i);
            BigDecimal price = maintenanceAtLiquidation(p, tier.maintenanceRate(), tier.maintenanceAmount());
            BigDecimal notionalThere = price.multiply(p.coins());
            boolean inTier = tier.holds(notionalThere) && (i == 0 || notionalThere.compareTo(p.tiers().floorOf(i)) > 0);
            if (inTier) {
                fitting = nearerEntry(p, fitting, price);
            }
            nearest = nearerEntry(p, nearest, price);
        }
        return fitting != null ? fitting : nearest;
    }

    static BigDecimal okx(LinearPosition p) {
        MarginTier tier = p.tierAtEntry();
        return maintenanceAtLiquidation(p, tier.maintenanceRate().add(p.takerFeeRate()), tier.maintenanceAmount());
    }

    /** Solves W + q(X − P)·side = q·X·rate − amount for X, the price where margin left meets maintenance. */
    private static BigDecimal maintenanceAtLiquidation(LinearPosition p, BigDecimal rate, BigDecimal amount) {
        BigDecimal q = p.coins();
        BigDecimal margin = p.isolatedMargin();
        if (p.isLong()) {
            BigDecimal denominator = q.multiply(BigDecimal.ONE.subtract(rate));
            if (denominator.signum() <= 0) {
                return p.averageEntry();
            }
            return Decimals.divide(q.multiply(p.averageEntry()).subtract(margin).subtract(amount), denominator);
        }
        return Decimals.divide(margin.add(amount).add(q.multiply(p.averageEntry())),
                q.multiply(BigDecimal.ONE.add(rate)));
    }

    private static BigDecimal nearerEntry(LinearPosition p, BigDecimal best, BigDecimal candidate) {
        if (best == null) {
            return candidate;
        }
        return p.isLong() ? best.max(candidate) : best.min(candidate);
    }
}
