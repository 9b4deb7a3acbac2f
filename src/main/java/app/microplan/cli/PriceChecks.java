package app.microplan.cli;

import app.microplan.domain.ContractSpec;
import app.microplan.domain.EntryLeg;
import app.microplan.domain.OrderRules;
import app.microplan.domain.Target;
import java.math.BigDecimal;
import java.util.List;

/** Prices the exchange would refuse: every price typed must sit on the contract's tick. */
final class PriceChecks {
    private PriceChecks() {
    }

    static void onTick(ContractSpec contract, List<EntryLeg> legs, BigDecimal stop, List<Target> targets) {
        BigDecimal tick = contract.tickSize();
        legs.forEach(leg -> check(leg.price(), tick, "--entry"));
        check(stop, tick, "--stop");
        targets.forEach(target -> check(target.price(), tick, "--target"));
    }

    private static void check(BigDecimal price, BigDecimal tick, String option) {
        OrderRules.offTick(price, tick).ifPresent(problem -> {
            throw new BadInputException(option + ": " + problem);
        });
    }
}
