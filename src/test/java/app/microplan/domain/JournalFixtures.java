package app.microplan.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Plans for the journal tests, built through the public builders the app uses. */
final class JournalFixtures {
    static final Instant WRITTEN = Instant.parse("2026-03-01T08:00:00Z");
    static final AccountSnapshot FIVE_THOUSAND = AccountSnapshot.of("Main", "5000", "0");

    private JournalFixtures() {
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A READY plan, one entry leg of a fixed size, one target, no fee rates: its risk is |entry − stop| × n × m. */
    static TradePlan ready(String id, ContractSpec contract, Direction side, String entry, String stop, String target,
                           String contracts, List<String> tags) {
        TradeSetup setup = TradeSetup.builder().feesOff().contract(contract).direction(side)
                .entry(EntryLeg.limit(entry, contracts)).stop(stop).target(Target.of(target, "1")).leverage("10")
                .build();
        return TradePlan.builder().id(id).createdAt(WRITTEN).updatedAt(WRITTEN).status(PlanStatus.READY)
                .setup(setup).account(FIVE_THOUSAND).tags(tags)
                .written(new WrittenPlan("Thesis of " + id, "Entry criteria", "Exit strategy", "Risk rules", ""))
                .build();
    }

    /** A closed trade: entered in one fill at the planned entry, exited in one fill, no fees or funding. */
    static TradePlan closed(String id, Direction side, String entry, String stop, String contracts, String exit,
                            ExitReason reason, Instant opened, Instant closed, List<String> tags) {
        TradePlan plan = ready(id, ContractPresets.BTC_MICRO_001, side, entry, stop,
                side == Direction.LONG ? "60000" : "40000", contracts, tags);
        TradeExecution execution = new TradeExecution(
                List.of(new EntryFill(opened, dec(entry), dec(contracts), BigDecimal.ZERO)),
                List.of(new ExitFill(closed, dec(exit), dec(contracts), BigDecimal.ZERO, reason)), BigDecimal.ZERO);
        return plan.toBuilder().status(PlanStatus.CLOSED).execution(execution).build();
    }
}
