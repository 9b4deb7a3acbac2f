package app.microplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reward:risk = Σ w_j × Q × (T_j − P̄)·side × m / R, rounded down to two decimals. */
final class RewardRisk {
    private RewardRisk() {
    }

    static BigDecimal ratio(TradeSetup setup, EntryAllocation allocation, BigDecimal riskAmount) {
        if (setup.targets().isEmpty() || riskAmount.signum() <= 0 || allocation.contracts().signum() == 0) {
            return null;
        }
        BigDecimal averageEntry = allocation.averageEntry();
        BigDecimal reward = BigDecimal.ZERO;
        for (Target target : setup.targets()) {
            reward = reward.add(target.fraction()
                    .multiply(setup.direction().favourableMove(averageEntry, target.price())));
        }
        reward = reward.multiply(allocation.contracts()).multiply(setup.contract().contractSize());
        return reward.divide(riskAmount, 2, RoundingMode.FLOOR);
    }
}
