package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reward:risk net to net: (Σ w_j × Q × (T_j − P̄)·side × m − the fees of entering and of leaving at the targets −
 * funding counted in the risk) / R, rounded down to two decimals. R already holds both sides' fees.
 */
final class RewardRisk {
    private RewardRisk() {
    }

    /** @param costs what entering costs on top of the price move: entry fees and funding counted in the risk */
    static BigDecimal ratio(TradeSetup setup, EntryAllocation allocation, BigDecimal riskAmount, BigDecimal costs) {
        if (setup.targets().isEmpty() || riskAmount.signum() <= 0 || allocation.contracts().signum() == 0) {
            return null;
        }
        BigDecimal averageEntry = allocation.averageEntry();
        BigDecimal reward = BigDecimal.ZERO;
        for (Target target : setup.targets()) {
            reward = reward.add(target.fraction()
                    .multiply(setup.direction().favourableMove(averageEntry, target.price())));
        }
        reward = reward.multiply(allocation.contracts()).multiply(setup.contract().contractSize())
                .subtract(costs).subtract(Fees.exitAtTargets(setup, allocation.contracts()));
        return reward.divide(riskAmount, 2, RoundingMode.FLOOR);
    }
}
