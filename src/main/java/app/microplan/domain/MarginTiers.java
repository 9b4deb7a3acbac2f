package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contract's margin table, smallest positions first. Ceilings rise strictly, only the last tier may be open,
 * and a larger position never gets a lower rate or a higher maximum leverage: every exchange table we know
 * of is built that way, and the liquidation estimate relies on it (it must never get kinder as a position grows).
 */
public record MarginTiers(List<MarginTier> tiers) {

    public MarginTiers {
        if (tiers == null || tiers.isEmpty()) {
            throw new IllegalArgumentException("a margin table needs at least one tier");
        }
        tiers = List.copyOf(tiers);
        for (int i = 1; i < tiers.size(); i++) {
            MarginTier before = tiers.get(i - 1);
            MarginTier tier = tiers.get(i);
            String which = "tier " + (i + 1);
            if (before.notionalCeiling() == null) {
                throw new IllegalArgumentException("only the last tier may have no ceiling (tier " + i + " has none)");
            }
            if (tier.notionalCeiling() != null && tier.notionalCeiling().compareTo(before.notionalCeiling()) <= 0) {
                throw new IllegalArgumentException(which + "'s ceiling " + Money.price(tier.notionalCeiling())
                        + " is not above tier " + i + "'s " + Money.price(before.notionalCeiling())
                        + ": list the tiers from the smallest position up");
            }
            if (tier.maintenanceRate().compareTo(before.maintenanceRate()) < 0) {
                throw new IllegalArgumentException(which + "'s maintenance rate " + Decimals.plain(tier.maintenanceRate())
                        + " is below tier " + i + "'s " + Decimals.plain(before.maintenanceRate()));
            }
            if (tier.maxLeverage() != null && before.maxLeverage() != null
                    && tier.maxLeverage().compareTo(before.maxLeverage()) > 0) {
                throw new IllegalArgumentException(which + "'s maximum leverage " + Decimals.plain(tier.maxLeverage())
                        + "× is above tier " + i + "'s " + Decimals.plain(before.maxLeverage()) + "×");
            }
        }
    }

    /** One open tier: a flat rate for every size (a custom contract, or an old plan's single MMR). */
    public static MarginTiers flat(BigDecimal maintenanceRate, BigDecimal maxLeverage) {
        return new MarginTiers(List.of(new MarginTier(null, maintenanceRate, BigDecimal.ZERO, maxLeverage)));
    }

    /**
     * A table from ceilings, rates and maximum leverages, with each tier's maintenance amount worked out the way
     * Binance and Bybit publish it: amount(n) = ceiling(n−1) × (rate(n) − rate(n−1)) + amount(n−1), which keeps
     * the maintenance margin continuous where one tier meets the next.
     *
     * @param rows {ceiling or null, rate, max leverage} per tier
     */
    public static MarginTiers continuous(String[]... rows) {
        List<MarginTier> tiers = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        for (int i = 0; i < rows.length; i++) {
            BigDecimal rate = new BigDecimal(rows[i][1]);
            if (i > 0) {
                MarginTier before = tiers.get(i - 1);
                amount = before.notionalCeiling().multiply(rate.subtract(before.maintenanceRate())).add(amount);
            }
            tiers.add(new MarginTier(rows[i][0] == null ? null : new BigDecimal(rows[i][0]), rate, amount,
                    rows[i][2] == null ? null : new BigDecimal(rows[i][2])));
        }
        return new MarginTiers(tiers);
    }

    /**
     * A table where each tier's rate applies to the whole position and nothing is deducted (OKX's position tiers):
     * the maintenance margin steps up at each ceiling.
     *
     * @param rows {ceiling or null, rate, max leverage} per tier
     */
    public static MarginTiers flatSteps(String[]... rows) {
        List<MarginTier> tiers = new ArrayList<>();
        for (String[] row : rows) {
            tiers.add(new MarginTier(row[0] == null ? null : new BigDecimal(row[0]), new BigDecimal(row[1]),
                    BigDecimal.ZERO, row[2] == null ? null : new BigDecimal(row[2])));
        }
        return new MarginTiers(tiers);
    }

    /** The tier a position of this notional falls in; empty when it is larger than the table allows. */
    public Optional<MarginTier> tierFor(BigDecimal notional) {
        return tiers.stream().filter(t -> t.holds(notional)).findFirst();
    }

    /** The notional above which tier {@code index} starts (0 for the first). */
    public BigDecimal floorOf(int index) {
        return index == 0 ? BigDecimal.ZERO : tiers.get(index - 1).notionalCeiling();
    }

    /** The largest notional the table allows at all, or null when its last tier is open. */
    public BigDecimal largestNotional() {
        return tiers.get(tiers.size() - 1).notionalCeiling();
    }

    public MarginTier first() {
        return tiers.get(0);
    }
}
