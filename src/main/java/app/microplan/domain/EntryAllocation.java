package app.microplan.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A position size split across the entry legs. Legs that carry a size keep it; unsized legs share the size
 * evenly in quantity steps, any remainder going first to the legs nearest the stop (the least risky ones),
 * so a split never risks more than an even split would.
 */
record EntryAllocation(List<EntryLeg> legs, BigDecimal contracts, BigDecimal priceTimesContracts) {

    static EntryAllocation of(TradeSetup setup, BigDecimal contracts) {
        List<EntryLeg> legs = setup.legsFixTheSize() ? setup.entries() : split(setup, contracts);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (EntryLeg leg : legs) {
            total = total.add(leg.contracts());
            weighted = weighted.add(leg.price().multiply(leg.contracts()));
        }
        return new EntryAllocation(legs, total, weighted);
    }

    /** Σ p_i q_i / Σ q_i; with no contracts yet, the plain mean of the leg prices (what one contract would average). */
    BigDecimal averageEntry() {
        if (contracts.signum() == 0) {
            return Decimals.divide(legs.stream().map(EntryLeg::price).reduce(BigDecimal.ZERO, BigDecimal::add),
                    BigDecimal.valueOf(legs.size()));
        }
        return Decimals.divide(priceTimesContracts, contracts);
    }

    private static List<EntryLeg> split(TradeSetup setup, BigDecimal contracts) {
        List<EntryLeg> entries = setup.entries();
        BigDecimal step = setup.contract().quantityStep();
        // Units can pass a long's range (10^15 contracts in steps of 10^-12): counted exactly as a BigInteger.
        BigInteger units = contracts.divide(step, 0, RoundingMode.FLOOR).toBigInteger();
        BigDecimal leftover = contracts.subtract(step.multiply(new BigDecimal(units)));
        int count = entries.size();
        List<Integer> nearestStopFirst = legsNearestStopFirst(setup);
        BigInteger[] perLegAndRest = units.divideAndRemainder(BigInteger.valueOf(count));
        BigDecimal[] sizes = new BigDecimal[count];
        for (int i = 0; i < count; i++) {
            sizes[i] = step.multiply(new BigDecimal(perLegAndRest[0]));
        }
        for (int r = 0; r < perLegAndRest[1].intValue(); r++) {
            int leg = nearestStopFirst.get(r);
            sizes[leg] = sizes[leg].add(step);
        }
        int nearest = nearestStopFirst.get(0);
        sizes[nearest] = sizes[nearest].add(leftover);
        List<EntryLeg> legs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            legs.add(entries.get(i).withContracts(sizes[i]));
        }
        return legs;
    }

    private static List<Integer> legsNearestStopFirst(TradeSetup setup) {
        List<EntryLeg> entries = setup.entries();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        if (setup.stop() != null) {
            order.sort(Comparator.comparing(i -> entries.get(i).price().subtract(setup.stop()).abs()));
        }
        return order;
    }
}
