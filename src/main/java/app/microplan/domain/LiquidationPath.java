package app.microplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Liquidation along the scale-in path: the position after each entry leg fills, in the order the price reaches
 * the legs on its way to the stop (the leg farthest from the stop first). A position that is safe at its final
 * average can still be liquidated after its first leg, before the price reaches the next one.
 */
public final class LiquidationPath {
    private LiquidationPath() {
    }

    /** One estimate per filled leg, in fill order; empty when the contract has no liquidation price. */
    static List<LegLiquidation> along(TradeSetup setup, List<EntryLeg> allocatedLegs) {
        ContractSpec contract = setup.contract();
        List<LegLiquidation> path = new ArrayList<>();
        if (!contract.hasLiquidationPrice()) {
            return path;
        }
        List<EntryLeg> legs = sizedForAnEstimate(allocatedLegs, contract.quantityStep());
        BigDecimal contracts = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (int index : fillOrder(setup, legs)) {
            EntryLeg leg = legs.get(index);
            if (leg.contracts().signum() == 0) {
                continue;
            }
            contracts = contracts.add(leg.contracts());
            // An inverse position averages its entries as the exchange does: contracts ÷ Σ(contracts / price).
            weighted = weighted.add(contract.isInverse()
                    ? leg.contracts().divide(leg.price(), java.math.MathContext.DECIMAL128)
                    : leg.price().multiply(leg.contracts()));
            BigDecimal average = contract.isInverse() ? Decimals.divide(contracts, weighted)
                    : Decimals.divide(weighted, contracts);
            BigDecimal held = contracts;
            Liquidation.estimate(contract, setup.direction(), setup.leverage(), held, average)
                    .ifPresent(price -> path.add(new LegLiquidation(index + 1, leg.price(), held, average, price)));
        }
        return path;
    }

    /** Legs with no contracts yet (nothing sized) are estimated at one quantity step each: the smallest position. */
    private static List<EntryLeg> sizedForAnEstimate(List<EntryLeg> legs, BigDecimal step) {
        boolean nothingSized = legs.stream().allMatch(l -> l.contracts() == null || l.contracts().signum() == 0);
        return legs.stream().map(l -> nothingSized ? l.withContracts(step)
                : l.contracts() == null ? l.withContracts(BigDecimal.ZERO) : l).toList();
    }

    private static List<Integer> fillOrder(TradeSetup setup, List<EntryLeg> legs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            order.add(i);
        }
        if (setup.stop() != null) {
            order.sort(Comparator.comparing((Integer i) -> legs.get(i).price().subtract(setup.stop()).abs()).reversed());
        }
        return order;
    }
}
